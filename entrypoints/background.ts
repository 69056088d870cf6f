import '@/lib/messages/zod-jitless';
import { browser, defineBackground } from '#imports';
import { handleMessage, type WorkerDeps } from '@/lib/analysis/handle-message';
import { browserDeps } from '@/lib/analysis/browser-deps';
import { createPendingSaves } from '@/lib/analysis/pending-saves';
import { createTabAnalyses } from '@/lib/analysis/tab-analyses';
import { tabAnalysis } from '@/lib/analysis/tab-analysis';
import { createActionClick } from '@/lib/analysis/action-click';
import { browserActionDeps } from '@/lib/analysis/browser-action';
import { errorMessage } from '@/lib/errors/error-message';
import { installE2eOpenHook } from '@/lib/e2e/open-extension-page';
import { installE2eClickHook } from '@/lib/e2e/click-hook';
import { perfMark } from '@/lib/e2e/perf-mark';

// Wiring only: the logic and its tests live in lib/analysis.
export default defineBackground(() => {
  // Test builds only: lets Firefox tests open the popup and library (its driver may not navigate to them).
  if (import.meta.env.MODE === 'e2e') installE2eOpenHook();
  // The card is answered before it is saved; the popup asks how the save ended (lib/analysis/pending-saves.ts).
  const deps: WorkerDeps = { ...browserDeps(), saves: createPendingSaves() };
  // Chrome: the toolbar click starts the analysis and opens the popup (lib/analysis/action-click.ts).
  // Firefox keeps its default popup, which asks for the analysis itself.
  if (!import.meta.env.FIREFOX) {
    deps.analyses = createTabAnalyses();
    const action = createActionClick({
      ...browserActionDeps(),
      analyze: (tabId, url) => void tabAnalysis({ type: 'analyze-tab', tabId }, url, deps, 'click'),
    });
    deps.popupShown = action.popupShown;
    browser.action.onClicked.addListener((tab) => void action.onClicked(tab));
    // Test builds only: browser tests run the same handler (they can't click the toolbar).
    if (import.meta.env.MODE === 'e2e') installE2eClickHook(action.onClicked);
  }
  const extensionOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only our own pages (popup, library) may ask; a web page's content script never sends messages.
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(extensionOrigin)) return false;
    perfMark('message-received');
    handleMessage(message, deps)
      .catch((error: unknown) => ({ kind: 'error' as const, message: `Policy Lens failed: ${errorMessage(error)}` }))
      .then((answer) => {
        perfMark('answering');
        sendResponse(answer);
      });
    return true; // keeps the channel open for the async answer (Chrome needs sendResponse here)
  });
});
