import { browser } from '#imports';
import { ENGINE_VERSION, summarize } from '../engine';
import { summarizeAsync } from '../engine/summarize-async';
import { messageChannelYield, runsInSlices, slicedPace } from './pace';
import { getDb } from '../storage';
import type { AnalyzeTabDeps } from './analyze-tab';
import { withTimeout } from './with-timeout';
import { createWarmUp } from './warm-up';
import { highlightQuote } from '../page-access/highlight-quote';
import { perfMark } from '../e2e/perf-mark';

/** The built extractor; WXT emits it here for `entrypoints/extract.ts` (an unlisted script). */
export const CONTENT_SCRIPT_FILE = '/extract.js';

/** Extraction of even a very long page takes well under a second; 20 s means something is stuck. */
export const EXTRACT_TIMEOUT_MS = 20_000;

/** The real browser behind `analyzeTab`, used by the service worker. */
export function browserDeps(): AnalyzeTabDeps {
  const yieldNow = messageChannelYield();
  return {
    warmUp: createWarmUp(summarize),
    db: getDb(),
    async getTabUrl(tabId) {
      const tab = await browser.tabs.get(tabId);
      return tab.url || undefined;
    },
    async isFileAccessAllowed() {
      return browser.extension.isAllowedFileSchemeAccess();
    },
    firefox: import.meta.env.FIREFOX,
    async extract(tabId) {
      const results = await withTimeout(
        browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] }),
        EXTRACT_TIMEOUT_MS,
        'the page took too long to answer.',
      );
      const first = results[0];
      if (!first) throw new Error('the page gave no answer.');
      return first.result;
    },
    async highlight(tabId, target) {
      const [first] = await browser.scripting.executeScript({ target: { tabId }, func: highlightQuote, args: [target] });
      return first?.result;
    },
    // A long page runs in slices, so it never holds up another tab's analysis; a short one is one slice (docs/bounds.md).
    summarize: (page, options) =>
      runsInSlices(page.text.length) ? summarizeAsync(page, options, slicedPace(yieldNow, () => performance.now())) : summarize(page, options),
    engineVersion: ENGINE_VERSION,
    mark: perfMark,
    now: () => new Date().toISOString(),
  };
}
