import { browser } from 'wxt/browser';
import { resolveTabId } from '@/lib/analysis/resolve-tab-id';
import { firstAnalyzeRequest, takeOnce } from '@/lib/messages/first-request';
import { perfMark } from '@/lib/e2e/perf-mark';

// Wiring only, and deliberately light (no zod, no React): evaluated with the
// popup's first script, so the analysis request leaves at once and the worker
// starts (waking up if it slept) while the UI loads. See lib/messages/first-request.ts.

/** The tab this popup analyses: `?tabId=` (tests) or the active tab of the current window. */
export const tabIdPromise = resolveTabId(location.search, async () => {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
});

const firstAnswer = tabIdPromise.then((tabId) => {
  const request = firstAnalyzeRequest(tabId);
  if (!request) return undefined;
  perfMark('request-sent');
  return browser.runtime.sendMessage(request).finally(() => perfMark('response-received'));
});
// The UI handles a failure when it takes the answer; until then a rejection must not count as unhandled.
firstAnswer.catch(() => {});

/** The worker's raw (unvalidated) answer to the first analysis, taken once by the UI. */
export const takeFirstAnswer = takeOnce<Promise<unknown>>(firstAnswer);
