import { defineUnlistedScript } from '#imports';
import { extractMappedPage } from '@/lib/extract';
import { extractWithFrames } from '@/lib/extract/frames';
import { findPrivacyLink } from '@/lib/extract/privacy-link';
import { findActionLinks } from '@/lib/extract/action-links';
import { keepTextMap } from '@/lib/page-access/kept-text-map';
import { perfMark } from '@/lib/e2e/perf-mark';

/**
 * The extractor, injected on demand by the service worker after a toolbar
 * click (`scripting.executeScript({ files: ['/extract.js'] })`); nothing
 * declares it in the manifest, so there are no host permissions. The
 * script's value is the executeScript result the worker validates.
 *
 * An unlisted script rather than a WXT content script on purpose: WXT's
 * content-script wrapper announces itself to the page with
 * `window.postMessage('…:content:wxt:content-script-started')`, and Policy
 * Lens says nothing to the pages it reads.
 *
 * The map from the text back to the page's nodes stays here in the tab
 * (the extension's isolated world), for "Show on page"; only the text goes
 * to the worker.
 */
export default defineUnlistedScript(() => {
  // Test builds time the extractor inside the page (npm run bench:popup); shipped builds drop the marks.
  perfMark('extractor-start');
  const { page: mapped, source } = extractWithFrames(document, location.href, (doc, url) => extractMappedPage(doc, url));
  const { textMap, ...page } = mapped;
  keepTextMap(textMap);
  const result = {
    ...page,
    // The MIME type tells a PDF viewer apart from a page, whatever the URL looks like.
    contentType: document.contentType,
    privacyLink: findPrivacyLink(document, location.href),
    actionLinks: findActionLinks(source, location.href),
  };
  perfMark('extractor-end');
  return result;
});
