import '@/lib/messages/zod-jitless';
import { browser, defineBackground } from '#imports';
import { handleMessage } from '@/lib/analysis/handle-message';
import { browserDeps } from '@/lib/analysis/browser-deps';
import { createPendingSaves } from '@/lib/analysis/pending-saves';
import { errorMessage } from '@/lib/errors/error-message';
import { installE2eOpenHook } from '@/lib/e2e/open-extension-page';
import { perfMark } from '@/lib/e2e/perf-mark';

// Wiring only: the logic and its tests live in lib/analysis.
export default defineBackground(() => {
  // Test builds only: lets Firefox tests open the popup and library (its driver may not navigate to them).
  if (import.meta.env.MODE === 'e2e') installE2eOpenHook();
  // The card is answered before it is saved; the popup asks how the save ended (lib/analysis/pending-saves.ts).
  const deps = { ...browserDeps(), saves: createPendingSaves() };
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
