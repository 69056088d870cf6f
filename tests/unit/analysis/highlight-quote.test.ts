import { afterEach, describe, expect, test } from 'vitest';
import { extractMappedPage } from '@/lib/extract';
import { highlightQuote } from '@/lib/page-access/highlight-quote';
import { KEPT_TEXT_MAP, keepTextMap } from '@/lib/page-access/kept-text-map';

const SENTENCE = 'We keep server logs for 30 days.';
const FILLER = Array.from({ length: 12 }, (_, i) => `<p>Section ${i + 1} of this privacy policy explains how we handle the information you give us, in plain words.</p>`).join('');

/**
 * A policy whose retention sentence also sits in a hidden "mobile" copy
 * near the top: the text search picks the copy nearest the quote's place,
 * which here is the hidden one, while the map knows the node it was read from.
 */
const PAGE = `<head><title>Privacy Policy</title></head><body>
<nav><a href="/">Home</a></nav>
<div class="mobile-summary" style="display:none"><p>${SENTENCE}</p></div>
<main><article><h1>Privacy Policy</h1>${FILLER}<p id="real">${SENTENCE}</p>${FILLER}</article></main>
</body>`;

function load() {
  document.documentElement.innerHTML = PAGE;
  const page = extractMappedPage(document, 'https://example.test/privacy');
  const start = page.text.indexOf(SENTENCE);
  expect(start).toBeGreaterThan(0);
  expect(page.text.indexOf(SENTENCE, start + 1)).toBe(-1);
  return { page, target: { text: SENTENCE, start, end: start + SENTENCE.length, position: start / page.text.length } };
}

afterEach(() => {
  const tab = globalThis as unknown as Record<string, unknown> & { __policyLensClear?: () => void };
  tab.__policyLensClear?.();
  delete tab[KEPT_TEXT_MAP];
});

/** The fallback's overlay layer (happy-dom has no CSS Custom Highlight API, and no boxes to lay marks on). */
const overlays = () => document.querySelectorAll('body > div[aria-hidden="true"]').length;

describe('highlightQuote with the map the extractor kept in the tab', () => {
  test('finds the quote through the map, under the name the extractor keeps it', () => {
    const { page, target } = load();
    keepTextMap(page.textMap);
    expect(highlightQuote(target)).toEqual({ found: true, by: 'map', text: SENTENCE });
  });

  test('without a map (extension reloaded since the analysis) it falls back to searching the text', () => {
    const { target } = load();
    expect(highlightQuote(target)).toMatchObject({ found: true, by: 'search' });
  });

  test('a page re-rendered since it was read falls back to the search, which still finds an unchanged sentence', () => {
    const { page, target } = load();
    keepTextMap(page.textMap);
    const article = document.querySelector('article')!;
    article.innerHTML = article.innerHTML;
    expect(highlightQuote(target)).toMatchObject({ found: true, by: 'search' });
  });

  test('a sentence gone from the page is not found either way', () => {
    const { page, target } = load();
    keepTextMap(page.textMap);
    for (const p of document.querySelectorAll('p')) if (p.textContent === SENTENCE) p.remove();
    expect(highlightQuote(target)).toEqual({ found: false });
  });

  test('the highlight goes on the next click or navigation', () => {
    const { page, target } = load();
    keepTextMap(page.textMap);
    for (const end of [() => document.dispatchEvent(new Event('pointerdown')), () => window.dispatchEvent(new Event('hashchange')), () => window.dispatchEvent(new Event('pagehide'))]) {
      highlightQuote(target);
      expect(overlays()).toBe(1);
      end();
      expect(overlays()).toBe(0);
    }
  });
});
