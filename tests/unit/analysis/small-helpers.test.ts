import { describe, expect, test } from 'vitest';
import { capPage } from '@/lib/analysis/cap-page';
import { normalizeUrl } from '@/lib/analysis/normalize-url';
import { resolveTabId } from '@/lib/analysis/resolve-tab-id';
import { withTimeout } from '@/lib/analysis/with-timeout';
import { makePage } from './fake-deps';

describe('normalizeUrl', () => {
  test('drops the fragment and keeps the query', () => {
    expect(normalizeUrl('https://a.test/privacy?lang=en#section-3')).toBe('https://a.test/privacy?lang=en');
    expect(normalizeUrl('https://a.test/privacy')).toBe('https://a.test/privacy');
  });
  test('keeps single-page-app routes and drops tracking parameters', () => {
    expect(normalizeUrl('https://a.test/#/privacy')).toBe('https://a.test/#/privacy');
    expect(normalizeUrl('https://a.test/#!/terms')).toBe('https://a.test/#!/terms');
    expect(normalizeUrl('https://a.test/privacy?utm_source=x&lang=en&fbclid=1&gclid=2')).toBe('https://a.test/privacy?lang=en');
  });
  test('returns unparseable input unchanged', () => {
    expect(normalizeUrl('not a url')).toBe('not a url');
  });
});


describe('capPage', () => {
  test('leaves short pages alone', () => {
    const page = makePage();
    expect(capPage(page, 1000)).toEqual({ page });
  });
  test('cuts at the last whole block and clips the blocks', () => {
    const text = 'aaaa bbbb cccc dddd';
    const page = makePage({
      text,
      blocks: [
        { kind: 'paragraph', start: 0, end: 9 },
        { kind: 'paragraph', start: 10, end: 19 },
      ],
    });
    const { page: capped, truncated } = capPage(page, 12);
    expect(capped.text).toBe('aaaa bbbb');
    expect(capped.blocks).toEqual([{ kind: 'paragraph', start: 0, end: 9 }]);
    expect(truncated).toEqual({ analyzedChars: 9, totalChars: 19 });
  });
  test('cuts mid-block when no block ends late enough', () => {
    const text = 'x'.repeat(100);
    const page = makePage({ text, blocks: [{ kind: 'paragraph', start: 0, end: 100 }] });
    const { page: capped } = capPage(page, 40);
    expect(capped.text).toHaveLength(40);
    expect(capped.blocks).toEqual([{ kind: 'paragraph', start: 0, end: 40 }]);
  });
});

describe('resolveTabId', () => {
  test('prefers ?tabId', async () => {
    expect(await resolveTabId('?tabId=42', async () => 1)).toBe(42);
  });
  test('falls back to the active tab', async () => {
    expect(await resolveTabId('', async () => 9)).toBe(9);
  });
  test('rejects a malformed tabId instead of guessing', async () => {
    expect(await resolveTabId('?tabId=abc', async () => 9)).toBeUndefined();
  });
});

describe('withTimeout', () => {
  test('passes a fast answer through', async () => {
    expect(await withTimeout(Promise.resolve(3), 50, 'slow')).toBe(3);
  });
  test('rejects a promise that never settles', async () => {
    await expect(withTimeout(new Promise(() => {}), 10, 'too slow')).rejects.toThrow('too slow');
  });
});
