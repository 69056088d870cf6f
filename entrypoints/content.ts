import { defineContentScript } from '#imports';
import { extractPage } from '@/lib/extract';

/**
 * Injected on demand by the service worker (never declared in the manifest:
 * `registration: 'runtime'` with no matches keeps host permissions empty).
 * What main() returns is the executeScript result the worker validates.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    // The MIME type tells a PDF viewer apart from a page, whatever the URL looks like.
    return { ...extractPage(document, location.href), contentType: document.contentType };
  },
});
