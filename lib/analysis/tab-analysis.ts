import type { AnalyzeTabRequest } from '../messages';
import { analyzeTab, type AnalyzeTabDeps } from './analyze-tab';
import { runAnalysis, type RunningAnalysis } from './pending-saves';
import type { TabAnalyses } from './tab-analyses';

/**
 * The analysis a request for a tab gets: the one already under way for the
 * same tab at the same URL (the toolbar click starts it before the popup
 * exists; the popup's `analyze-tab` joins it), else a new one, remembered
 * for the next request. "Analyse anyway" (`force`) always runs its own.
 * `url` is the tab's URL as the caller read it (undefined when the browser
 * hides it: then nothing is shared); the analysis reuses it instead of
 * asking the browser again. `ended`: whether an analysis that already
 * ended may answer too (the popup's request, which may come after a quick
 * answer), or only one still running (a second click).
 */
export function tabAnalysis(
  request: AnalyzeTabRequest,
  url: string | undefined,
  deps: AnalyzeTabDeps & { analyses?: TabAnalyses },
  options: { ended: boolean },
): RunningAnalysis {
  const known = url === undefined ? {} : { getTabUrl: () => Promise.resolve(url) };
  const start = () => runAnalysis((onCard) => analyzeTab(request, { ...deps, ...known, onCard }));
  const { analyses } = deps;
  if (!analyses || request.force) return start();
  return analyses.find(request.tabId, url, options) ?? analyses.add(request.tabId, url, start());
}
