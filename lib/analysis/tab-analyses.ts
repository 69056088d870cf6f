import type { RunningAnalysis } from './pending-saves';

/**
 * How long an ended analysis still answers a popup that asks for the same
 * tab and URL. The popup's request reaches the worker ~100–300 ms after the
 * toolbar click (more on a busy machine); a stored card or a refusal can be
 * ready before it. Short, so a later click reads the page afresh.
 */
export const KEEP_ENDED_MS = 10_000;

/** How many tabs are remembered at most (a person clicks far fewer in ten seconds). */
const MAX_TABS = 20;

/**
 * The analyses under way, one per tab, so the one the toolbar click started
 * (lib/analysis/action-click.ts) is the one the popup's `analyze-tab`
 * request gets, instead of a second extraction of the same page. An
 * analysis is only shared for the same tab at the same URL (a tab that
 * navigated meanwhile is read again).
 */
export interface TabAnalyses {
  /**
   * The analysis of `tabId` at `url` under way, or (with `ended`) one that
   * ended within `KEEP_ENDED_MS` and not with an error; else undefined.
   * An undefined URL matches nothing: without it the page can't be known
   * to be the same.
   */
  find(tabId: number, url: string | undefined, options: { ended: boolean }): RunningAnalysis | undefined;
  /** Remembers `analysis` as the tab's (replacing an older one) and returns it. */
  add(tabId: number, url: string | undefined, analysis: RunningAnalysis): RunningAnalysis;
}

interface Entry {
  url: string | undefined;
  analysis: RunningAnalysis;
  /** When the analysis ended (`now()`), undefined while it runs. */
  endedAt?: number;
}

/** The worker's analyses by tab; `now` is injectable for tests. */
export function createTabAnalyses(now: () => number = () => Date.now()): TabAnalyses {
  const entries = new Map<number, Entry>();
  const expired = (entry: Entry) => entry.endedAt !== undefined && now() - entry.endedAt > KEEP_ENDED_MS;
  return {
    find(tabId, url, { ended }) {
      const entry = entries.get(tabId);
      if (!entry || url === undefined || entry.url !== url) return undefined;
      if (expired(entry)) {
        entries.delete(tabId);
        return undefined;
      }
      if (entry.endedAt !== undefined && !ended) return undefined;
      return entry.analysis;
    },
    add(tabId, url, analysis) {
      const entry: Entry = { url, analysis };
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
