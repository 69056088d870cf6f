import { browser } from '#imports';
import type { ActionClickDeps } from './action-click';
import { perfMark } from '../e2e/perf-mark';

/** The popup's size in its fallback window (entrypoints/popup/popup.css lays it out for this width). */
const WINDOW = { width: 400, height: 600 };

/** Chrome's toolbar button behind `onActionClicked` (the Chrome build only: Firefox keeps its default popup). */
export function browserActionDeps(): Omit<ActionClickDeps, 'analyze'> {
  return {
    setPopup: (tabId, page) => browser.action.setPopup({ tabId, popup: page }),
    openPopup: (windowId) => browser.action.openPopup(windowId === undefined ? {} : { windowId }),
    async focusWindow(windowId) {
      await browser.windows.update(windowId, { focused: true });
    },
    async openWindow(page) {
      await browser.windows.create({ url: browser.runtime.getURL(`/${page}` as '/popup.html'), type: 'popup', ...WINDOW });
    },
    mark: perfMark,
  };
}
