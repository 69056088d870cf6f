import { defineUnlistedScript } from '#imports';
import { extractPage } from '@/lib/extract';
import { extractWithFrames } from '@/lib/extract/frames';
import { findPrivacyLink } from '@/lib/extract/privacy-link';
import { findActionLinks } from '@/lib/extract/action-links';

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
 */
export default defineUnlistedScript(() => {
  const { page, source } = extractWithFrames(document, location.href, (doc, url) => extractPage(doc, url));
  return {
    ...page,
    // The MIME type tells a PDF viewer apart from a page, whatever the URL looks like.
    contentType: document.contentType,
    privacyLink: findPrivacyLink(document, location.href),
    actionLinks: findActionLinks(source, location.href),
  };
});
