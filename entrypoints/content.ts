import { defineContentScript } from '#imports';
import { extractPage } from '@/lib/extract';
import { extractWithFrames } from '@/lib/extract/frames';
import { findPrivacyLink } from '@/lib/extract/privacy-link';

/**
 * Injected on demand by the service worker (never declared in the manifest:
 * `registration: 'runtime'` with no matches keeps host permissions empty).
 * What main() returns is the executeScript result the worker validates.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    const { page } = extractWithFrames(document, location.href, (doc, url) => extractPage(doc, url));
    // The MIME type tells a PDF viewer apart from a page, whatever the URL looks like.
    return { ...page, contentType: document.contentType, privacyLink: findPrivacyLink(document, location.href) };
  },
});
