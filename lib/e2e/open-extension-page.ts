import { browser } from '#imports';
import { requestedPage } from './e2e-open-path';

/** Listens for e2e open requests (see `E2E_OPEN_PATH`). Call from the background of an e2e build only. */
export function installE2eOpenHook(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    const asked = change.url ? requestedPage(change.url) : undefined;
    if (!asked) return;
    void (async () => {
      let query = '';
      if (asked.forUrl) {
        const tabs = await browser.tabs.query({});
        const target = tabs.find((t) => t.url === asked.forUrl && t.id !== tabId);
        if (target?.id !== undefined) query = `?tabId=${target.id}`;
      }
      await browser.tabs.update(tabId, { url: browser.runtime.getURL(`/${asked.page}${query}` as '/popup.html') });
    })();
  });
}
