import type { RunningAnalysis } from './pending-saves';

/**
 * How long an analysis a click started, that ended before its popup asked,
 * still waits for that popup. The popup's request reaches the worker
 * ~100–300 ms after the click (more on a busy machine); a stored card or a
 * refusal can be ready before it.
 */
export const KEEP_ENDED_MS = 10_000;

/** How many tabs are remembered at most (a person clicks far fewer in ten seconds). */
const MAX_TABS = 20;

/** Who started an analysis: a toolbar click (lib/analysis/action-click.ts) or a popup's own request. */
export type StartedBy = 'click' | 'popup';

/**
 * The analyses under way, one per tab, so the one the toolbar click started
 * is the one the popup's `analyze-tab` request gets, instead of a second
 * extraction of the same page. An analysis is only shared for the same tab
 * at the same URL (a tab that navigated meanwhile is read again), and once
 * it ended, only with the popup of the click that started it: any later
 * request reads the page again (the stored card may have changed since).
 */
export interface TabAnalyses {
  /** A click's view: the analysis of `tabId` at `url` still running, else undefined. */
  running(tabId: number, url: string | undefined): RunningAnalysis | undefined;
  /**
   * A popup's view: the analysis still running, or the one a click started
   * that ended (not with an error) within `KEEP_ENDED_MS` before any popup
   * asked; the first popup to get it takes it. An undefined URL matches
   * nothing: without it the page can't be known to be the same.
   */
  forPopup(tabId: number, url: string | undefined): RunningAnalysis | undefined;
  /** Remembers `analysis` as the tab's (replacing an older one) and returns it. */
  add(tabId: number, url: string | undefined, analysis: RunningAnalysis, startedBy: StartedBy): RunningAnalysis;
}

interface Entry {
  url: string | undefined;
  analysis: RunningAnalysis;
  /** Started by a click whose popup has not asked yet. */
  awaitsPopup: boolean;
  /** When the analysis ended (`now()`), undefined while it runs. */
  endedAt?: number;
}

/** The worker's analyses by tab; `now` is injectable for tests. */
export function createTabAnalyses(now: () => number = () => Date.now()): TabAnalyses {
  const entries = new Map<number, Entry>();
  /** The tab's entry for this URL, forgetting it once it has no one left to answer. */
  const lookup = (tabId: number, url: string | undefined): Entry | undefined => {
    const entry = entries.get(tabId);
    if (!entry || url === undefined || entry.url !== url) return undefined;
    if (entry.endedAt !== undefined && (!entry.awaitsPopup || now() - entry.endedAt > KEEP_ENDED_MS)) {
      entries.delete(tabId);
      return undefined;
    }
    return entry;
  };
  return {
    running(tabId, url) {
      const entry = lookup(tabId, url);
      return entry && entry.endedAt === undefined ? entry.analysis : undefined;
    },
    forPopup(tabId, url) {
      const entry = lookup(tabId, url);
      if (!entry) return undefined;
      entry.awaitsPopup = false;
      return entry.analysis;
    },
    add(tabId, url, analysis, startedBy) {
      const entry: Entry = { url, analysis, awaitsPopup: startedBy === 'click' };
      entries.delete(tabId); // re-inserted last: the map's order is oldest first
      entries.set(tabId, entry);
      while (entries.size > MAX_TABS) entries.delete(entries.keys().next().value!);
      const end = (failed: boolean) => {
        if (entries.get(tabId) !== entry) return; // replaced meanwhile
        // A failure is not kept: the next request tries again (the page may have been still loading).
        if (failed) entries.delete(tabId);
        else entry.endedAt = now();
      };
      analysis.final.then(
        (result) => end(result.kind === 'error'),
        () => end(true),
      );
      return analysis;
    },
  };
}
