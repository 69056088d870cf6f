/**
 * Whether the extension may read a tab's page, decided from its URL alone,
 * before anything is injected: browsers refuse to script their own pages and
 * extension stores, and PDFs open in a viewer the content script can't read.
 * Each refusal carries one plain sentence the popup shows as is.
 */
export type PageAccess =
  | { readable: true }
  | { readable: false; reason: RestrictedReason; message: string };

export type RestrictedReason =
  | 'browser-page'
  | 'extension-store'
  | 'pdf'
  | 'file-access'
  | 'file-access-firefox'
  | 'unsupported-scheme';

export interface PageAccessOptions {
  /** Whether the person allowed this extension to read `file:` URLs. */
  fileAccess: boolean;
  /** Firefox never lets extensions script `file:` pages, so the advice differs. */
  firefox?: boolean;
}

export const RESTRICTED_MESSAGES: Record<RestrictedReason, string> = {
  'browser-page': "Policy Lens can't read browser pages like this one.",
  'extension-store': "Policy Lens can't read extension store pages, because browsers don't let extensions read them.",
  pdf: "Policy Lens can't read PDF files yet; open the policy as a web page instead.",
  'file-access':
    'Policy Lens can read files on your computer only after you turn on "Allow access to file URLs" for it on the extensions page.',
  'file-access-firefox': "Firefox doesn't let extensions read files on your computer; open the policy as a web page instead.",
  'unsupported-scheme': "Policy Lens can only read web pages, and this isn't one.",
};

// Schemes that belong to the browser itself; executeScript always fails there.
const BROWSER_SCHEMES = new Set([
  'chrome:',
  'chrome-untrusted:',
  'chrome-search:',
  'chrome-extension:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'view-source:',
  'devtools:',
  'moz-extension:',
  'resource:',
  'data:',
  'blob:',
  'javascript:',
]);

/** Mozilla sites Firefox protects from every extension, like its add-on gallery. */
const FIREFOX_PROTECTED_HOSTS = new Set([
  'accounts.firefox.com',
  'content.cdn.mozilla.net',
  'discovery.addons.mozilla.org',
  'install.mozilla.org',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'support.mozilla.org',
  'sync.services.mozilla.com',
]);

/** Extension galleries (and Mozilla's protected sites) every browser shields from all extensions. */
function isExtensionStore(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  if (FIREFOX_PROTECTED_HOSTS.has(host)) return true;
  if (host === 'chromewebstore.google.com') return true;
  if (host === 'chrome.google.com' && url.pathname.startsWith('/webstore')) return true;
  if (host === 'addons.mozilla.org') return true;
  if (host === 'microsoftedge.microsoft.com' && url.pathname.startsWith('/addons')) return true;
  return false;
}

function refuse(reason: RestrictedReason): PageAccess {
  return { readable: false, reason, message: RESTRICTED_MESSAGES[reason] };
}

/**
 * Decides from the URL whether Policy Lens can read the page.
 * An unparseable URL is treated as a browser page: it is not a web page we can script.
 */
export function checkPageAccess(rawUrl: string, options: PageAccessOptions): PageAccess {
  let url: URL;
  try {
    url = new URL(rawUrl.trim());
  } catch {
    return refuse('browser-page');
  }
  const scheme = url.protocol.toLowerCase();
  if (BROWSER_SCHEMES.has(scheme)) return refuse('browser-page');
  if (scheme === 'file:') {
    if (isPdfPath(url.pathname)) return refuse('pdf');
    if (options.firefox) return refuse('file-access-firefox');
    return options.fileAccess ? { readable: true } : refuse('file-access');
  }
  if (scheme !== 'http:' && scheme !== 'https:') return refuse('unsupported-scheme');
  if (isExtensionStore(url)) return refuse('extension-store');
  if (isPdfPath(url.pathname)) return refuse('pdf');
  return { readable: true };
}

function isPdfPath(pathname: string): boolean {
  return /\.pdf$/i.test(pathname);
}

/**
 * A PDF served from a path without `.pdf` opens in the browser's viewer too;
 * only the document's MIME type, reported by the content script, tells.
 */
export function checkContentType(contentType: string | undefined): PageAccess {
  return contentType?.toLowerCase() === 'application/pdf' ? refuse('pdf') : { readable: true };
}
