/**
 * Test builds only (`--mode e2e`): a way for a browser test to open the
 * popup or the library. Firefox's WebDriver BiDi driver may not navigate a
 * tab to a `moz-extension:` URL, but the extension may. So a tab the test
 * sends to `http://127.0.0.1:<port>/__policy-lens-e2e__/open?page=popup.html&for=<url>`
 * is turned into that extension page, here the popup for the tab that shows
 * `<url>` (as `?tabId=`). Only the e2e build's loopback host permission lets
 * the background see such a URL; the shipped build never installs this.
 */
export const E2E_OPEN_PATH = '/__policy-lens-e2e__/open';

const PAGES = new Set(['popup.html', 'library.html']);

/** The extension page a tab at `raw` asks for, or `undefined` when it is not an e2e open request. */
export function requestedPage(raw: string): { page: string; forUrl?: string } | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  const page = url.searchParams.get('page') ?? '';
  if (url.hostname !== '127.0.0.1' || url.pathname !== E2E_OPEN_PATH || !PAGES.has(page)) return undefined;
  return { page, forUrl: url.searchParams.get('for') ?? undefined };
}
