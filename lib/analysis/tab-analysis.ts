import type { AnalyzeTabRequest } from '../messages';
import { analyzeTab, type AnalyzeTabDeps } from './analyze-tab';
import { runAnalysis, type RunningAnalysis } from './pending-saves';
import type { StartedBy, TabAnalyses } from './tab-analyses';

/**
 * The analysis a request for a tab gets: the one already under way for the
 * same tab at the same URL (the toolbar click starts it before the popup
 * exists; the popup's `analyze-tab` joins it), else a new one, remembered
 * for the next request. "Analyse anyway" (`force`) always runs its own.
 * `url` is the tab's URL as the caller read it (undefined when the browser
 * hides it: then nothing is shared); the analysis reuses it instead of
 * asking the browser again. `by`: a click joins only an analysis still
 * running; a popup also gets the one its click started if that ended
 * before the popup asked (lib/analysis/tab-analyses.ts).
 */
export function tabAnalysis(
  request: AnalyzeTabRequest,
  url: string | undefined,
  deps: AnalyzeTabDeps & { analyses?: TabAnalyses },
  by: StartedBy,
): RunningAnalysis {
  const known = url === undefined ? {} : { getTabUrl: () => Promise.resolve(url) };
  const start = () => runAnalysis((onCard) => analyzeTab(request, { ...deps, ...known, onCard }));
  const { analyses } = deps;
  if (!analyses || request.force) return start();
  const under = by === 'click' ? analyses.running(request.tabId, url) : analyses.forPopup(request.tabId, url);
  return under ?? analyses.add(request.tabId, url, start(), by);
}
