import { describe, expect, test } from 'vitest';
import { E2E_OPEN_PATH, requestedPage } from '@/lib/e2e/e2e-open-path';

describe('the e2e build opens an extension page only when a loopback tab asks for a known one', () => {
  test.each([
    [`http://127.0.0.1:8080${E2E_OPEN_PATH}?page=popup.html&for=http%3A%2F%2F127.0.0.1%3A8080%2Fp.html`, { page: 'popup.html', forUrl: 'http://127.0.0.1:8080/p.html' }],
    [`http://127.0.0.1:1${E2E_OPEN_PATH}?page=library.html`, { page: 'library.html', forUrl: undefined }],
    [`http://127.0.0.1:1${E2E_OPEN_PATH}?page=evil.html`, undefined],
    [`https://example.com${E2E_OPEN_PATH}?page=popup.html`, undefined],
    [`http://127.0.0.1:1/other?page=popup.html`, undefined],
    ['not a url', undefined],
  ])('%s', (url, expected) => expect(requestedPage(url)).toEqual(expected));
});
