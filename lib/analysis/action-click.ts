/**
 * Chrome's toolbar click, handled in the worker. The Chrome build has no
 * `default_popup` (wxt.config.ts), so a click fires `action.onClicked`,
 * which also grants activeTab: the worker starts reading the page at once
 * and opens the popup itself (`action.setPopup` for this tab, then
 * `action.openPopup`, Chrome 127+), instead of waiting ~100 ms for the
 * popup's first script to ask. The popup's own `analyze-tab` request then
 * joins that analysis (lib/analysis/tab-analysis.ts). The tab's popup is
 * set only while it opens, so every click comes back here. The Firefox
 * build keeps its default popup and never gets here.
 */

/** What the handler needs of the clicked tab (`action.onClicked`'s tab). */
export interface ClickedTab {
  id?: number;
  windowId?: number;
  /** Visible to the worker thanks to the activeTab the click grants; absent on pages it may not read. */
  url?: string;
}

/** The browser around the handler; the worker passes the real ones (lib/analysis/browser-action.ts), tests fakes. */
export interface ActionClickDeps {
  /** `action.setPopup` for one tab: `page` is shown by its toolbar button ('' for none). */
  setPopup(tabId: number, page: string): Promise<void>;
  /** `action.openPopup` in the clicked tab's window; resolves once the popup shows. */
  openPopup(windowId: number | undefined): Promise<void>;
  /** Gives a window the focus (`windows.update`): Chrome opens no popup in an inactive window. */
  focusWindow(windowId: number): Promise<void>;
  /** The popup page in a small window of its own: the fallback when the popup can't open. */
  openWindow(page: string): Promise<void>;
  /** Starts reading and analysing the tab (or joins the analysis already running for it). */
  analyze(tabId: number, url: string): void;
  /** Test builds time the path from here (lib/e2e/perf-mark.ts). */
  mark?(phase: string): void;
}

/**
 * How a click ended: the popup showed; it opened and was closed before it
 * finished loading (a click elsewhere: left closed); the fallback window
 * opened; or nothing could be shown.
 */
export type ClickOutcome = 'popup' | 'dismissed' | 'window' | 'nothing';

/** The worker's side of the toolbar button. */
export interface ActionClick {
  /** Handles one toolbar click: opens the popup for the tab and starts the analysis it will show. */
  onClicked(tab: ClickedTab): Promise<ClickOutcome>;
  /** A popup asked for the analysis of `tabId` (its `analyze-tab` request arrived). */
  popupShown(tabId: number): void;
}

/** The popup page for one tab: `?tabId=` names the tab, so the popup needs no tab query to know it. */
export function popupPage(tabId: number): string {
  return `popup.html?tabId=${tabId}`;
}

/** One popup being opened for a tab, and whether that popup has already asked for its analysis. */
interface Opening {
  outcome: Promise<ClickOutcome>;
  reported: boolean;
}

/** The toolbar button's handler, with what it remembers of the popups it is opening (one per tab). */
export function createActionClick(deps: ActionClickDeps): ActionClick {
  const openings = new Map<number, Opening>();

  /** Sets the tab's popup and opens it; once more after focusing the window if that failed before the popup ever asked anything. */
  async function open(tabId: number, windowId: number | undefined, opening: Opening): Promise<ClickOutcome> {
    const page = popupPage(tabId);
    try {
      await deps.setPopup(tabId, page);
      await deps.openPopup(windowId);
      return 'popup';
    } catch {
      // The popup loaded (it asked for its analysis) and was closed before it showed: the person
      // clicked elsewhere. Leave it closed.
      if (opening.reported) return 'dismissed';
    }
    if (windowId !== undefined) {
      // Chrome opens no popup in an inactive window, and a popup of ours still open (a click just
      // before) makes the window inactive: focusing it closes that popup; set ours again and retry.
      try {
        await deps.focusWindow(windowId);
        await deps.setPopup(tabId, page);
        await deps.openPopup(windowId);
        return 'popup';
      } catch {
        if (opening.reported) return 'dismissed';
      }
    }
    // A click must never do nothing (a browser before Chrome 127 has no openPopup for us): the same
    // popup page in a small window of its own.
    try {
      await deps.openWindow(page);
      return 'window';
    } catch {
      return 'nothing';
    }
  }

  return {
    async onClicked(tab) {
      deps.mark?.('click');
      const tabId = tab.id;
      // A toolbar click always comes from a tab in a tab strip; without one there is nothing to read.
      if (tabId === undefined || tabId < 0) return 'nothing';
      // A second click while this tab's popup is still opening opens nothing more (and joins the analysis).
      const running = openings.get(tabId);
      if (running) {
        if (tab.url) deps.analyze(tabId, tab.url);
        return running.outcome;
      }
      const opening: Opening = { outcome: Promise.resolve<ClickOutcome>('nothing'), reported: false };
      opening.outcome = open(tabId, tab.windowId, opening).finally(() => {
        openings.delete(tabId);
        // The popup is only the tab's while it opens: once shown it stays open, and the tab's next
        // click must reach onClicked again.
        deps.setPopup(tabId, '').catch(() => {
          // The tab closed or navigated, which clears it anyway.
        });
      });
      openings.set(tabId, opening);
      // The popup was asked for first (setPopup went out above); the page is read meanwhile. Without
      // the URL (a page the extension may not read) the popup's own request tries, and says why it can't.
      if (tab.url) deps.analyze(tabId, tab.url);
      const outcome = await opening.outcome;
      if (outcome === 'popup') deps.mark?.('popup-shown');
      return outcome;
    },
    popupShown(tabId) {
      const opening = openings.get(tabId);
      if (opening) opening.reported = true;
      // Not opened by a click here (a worker restarted mid-opening): clear what may be left set.
      else deps.setPopup(tabId, '').catch(() => {});
    },
  };
}
