import '@/lib/messages/zod-jitless';
import { createRoot } from 'react-dom/client';
import { browser } from '#imports';
import { PopupView } from '@/components/card/popup-view';
import { ErrorBoundary } from '@/components/common/error-boundary';
import { receiveAnalyzeResult, requestAnalyzeTab, requestSaveStatus, requestShowQuote, type QuoteOnPage } from '@/lib/messages/client';
import { tabIdPromise, takeFirstAnswer } from './first-answer';
import '@/components/common/theme.css';
import './popup.css';
import { perfMark } from '@/lib/e2e/perf-mark';

perfMark('mount-start');

// Wiring only: which tab, how to talk to the worker, how to open the library.
async function analyze({ force }: { force: boolean }) {
  const tabId = await tabIdPromise;
  if (tabId === undefined) {
    return { kind: 'error' as const, message: "Couldn't tell which page to read; click Policy Lens on the page again." };
  }
  // The first analysis was requested by the popup's first script (first-answer.ts); later ones ask anew.
  const early = force ? undefined : takeFirstAnswer();
  const result = await (early
    ? receiveAnalyzeResult(early)
    : requestAnalyzeTab((message) => browser.runtime.sendMessage(message), tabId, { force }));
  perfMark('result-parsed');
  return result;
}

/** How the save of a card the worker answered with before writing it ended. */
function confirmSave(saveId: string) {
  return requestSaveStatus((message) => browser.runtime.sendMessage(message), saveId);
}

/** The library is the options page: this reuses an open library tab instead of stacking new ones. */
function openLibrary() {
  browser.runtime.openOptionsPage().catch(() => undefined);
}

/** "Open this site's privacy policy": the tab goes there; one more click on the toolbar analyses it. */
async function openPolicyLink(url: string) {
  const tabId = await tabIdPromise;
  if (tabId === undefined) return;
  await browser.tabs.update(tabId, { url }).catch(() => undefined);
  window.close();
}

/** "Show on page": the worker highlights the quote in the tab; false when the sentence is gone. */
async function showQuote(quote: QuoteOnPage): Promise<boolean> {
  const tabId = await tabIdPromise;
  if (tabId === undefined) return false;
  const result = await requestShowQuote((message) => browser.runtime.sendMessage(message), tabId, quote);
  return result.kind === 'shown';
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <ErrorBoundary>
      <PopupView analyze={analyze} confirmSave={confirmSave} onOpenLibrary={openLibrary} onOpenPolicyLink={(url) => void openPolicyLink(url)} onShowQuote={showQuote} />
    </ErrorBoundary>,
  );
}
