import { browser } from '#imports';
import type { ClickedTab, ClickOutcome } from '../analysis/action-click';
import { E2E_CLICK_HOOK } from './click-hook-name';

/**
 * Test builds only (`--mode e2e`): a browser test can't click the toolbar,
 * so it calls `globalThis[E2E_CLICK_HOOK](tabId)` in the service worker
 * (Playwright's `serviceWorker.evaluate`), which runs the very handler
 * `action.onClicked` runs, with the tab as the browser would pass it: the
 * popup opens through `action.openPopup` and the analysis starts, as after a
 * real click. What it can't show is the browser turning a toolbar click into
 * `onClicked` (docs/popup-speed.md). Call from the background of an e2e
 * build only; the shipped bundles don't contain it (a test checks).
 */
export function installE2eClickHook(onClick: (tab: ClickedTab) => Promise<ClickOutcome>): void {
  (globalThis as Record<string, unknown>)[E2E_CLICK_HOOK] = async (tabId: number) => onClick(await browser.tabs.get(tabId));
}
