import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeHtml, extractPage } from '../../lib/extract';
import { parseHtmlDocument } from '../../lib/cli/parse-html';

const fixture = (name: string) => readFileSync(resolve('tests/fixtures/pages', name));

/** Both DOMs the extension meets: a browser-like one (happy-dom) and the CLI's (parse5 + linkedom). */
const doms = {
  'browser DOM': (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document,
  'CLI DOM': (html: string) => parseHtmlDocument(html),
};

describe.each(Object.entries(doms))('extractPage with the %s', (_name, parse) => {
  const html = decodeHtml(fixture('acme-notes-privacy.html'));
  const page = extractPage(parse(html), 'https://acmenotes.example/privacy#top');

  test('keeps the policy and drops the site chrome around it', () => {
    expect(page.text).toContain('We do not sell, rent or trade your personal information');
    expect(page.text).toContain('We keep server logs for 30 days.');
    for (const chrome of ['Accept all', 'Pricing', 'Try Acme Notes Pro', 'Careers', 'Data Processing Addendum']) {
      expect(page.text).not.toContain(chrome);
    }
  });

  test('every block slices the text exactly, in order, without overlap', () => {
    expect(page.blocks.length).toBeGreaterThan(10);
    let previousEnd = 0;
    for (const block of page.blocks) {
      expect(block.start).toBeGreaterThanOrEqual(previousEnd);
      expect(block.end).toBeGreaterThan(block.start);
      const slice = page.text.slice(block.start, block.end);
      expect(slice).toBe(slice.trim());
      previousEnd = block.end;
    }
  });

  test('keeps headings and list items as such', () => {
    const kinds = (kind: string) =>
      page.blocks.filter((b) => b.kind === kind).map((b) => page.text.slice(b.start, b.end));
    expect(kinds('heading')).toEqual(expect.arrayContaining(['Information we collect', 'How long we keep your data']));
    expect(kinds('listItem')).toContain('your name and email address;');
    const collect = page.blocks.find((b) => page.text.slice(b.start, b.end) === 'Information we collect');
    expect(collect?.level).toBe(2);
  });

  test('reads title, language and site name from the page', () => {
    expect(page.title).toBe('Privacy Policy | Acme Notes');
    expect(page.lang).toBe('en');
    expect(page.siteName).toBe('Acme Notes');
    expect(page.url).toBe('https://acmenotes.example/privacy#top');
  });

  test('turns bold-only paragraphs into headings and <br><br> into separate blocks', () => {
    const old = extractPage(parse(decodeHtml(fixture('bold-headings-policy.html'))), 'https://oldtownbakery.example/privacy');
    const headings = old.blocks.filter((b) => b.kind === 'heading').map((b) => old.text.slice(b.start, b.end));
    expect(headings).toEqual(expect.arrayContaining(['Information We Collect', 'Cookies', 'Sharing']));
    const paragraphs = old.blocks.filter((b) => b.kind === 'paragraph').map((b) => old.text.slice(b.start, b.end));
    expect(paragraphs).toContain('Our web server logs the IP address of your computer and the type of browser you use.');
  });

  test('does not modify the document it reads', () => {
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    extractPage(doc, 'https://acmenotes.example/privacy');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('an empty page gives empty text, not an error', () => {
    const empty = extractPage(parse('<html><head><title>Blank</title></head><body></body></html>'), 'https://x.example/');
    expect(empty.text).toBe('');
    expect(empty.blocks).toEqual([]);
  });
});

describe('decodeHtml', () => {
  test('decodes by the declared windows-1252 charset, not as UTF-8', () => {
    const text = decodeHtml(fixture('cafe-windows-1252.html'));
    expect(text).toContain('Café Müller “respects” your privacy – we collect');
  });

  test('prefers a byte-order mark and defaults to UTF-8', () => {
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xa9]))).toBe('é');
    expect(decodeHtml(new TextEncoder().encode('<p>naïve</p>'))).toBe('<p>naïve</p>');
  });

  test('an unknown charset label falls back to UTF-8 instead of throwing', () => {
    const bytes = new TextEncoder().encode('<meta charset="x-klingon"><p>ok é</p>');
    expect(decodeHtml(bytes)).toContain('ok é');
  });
});

describe('CLI DOM on pages a naive parser breaks', () => {
  test('a saved page with an inline iframe document and a second <body> keeps its text', () => {
    const html =
      '<html><body><div id="ad"><iframe><html><body style="x">ad</body></html></iframe></div>' +
      '<h1>Privacy Policy</h1>' +
      '<p>We collect your email address when you register for an account with us today.</p>'.repeat(8) +
      '<body style="background:transparent"><p>Footer</p></body></body></html>';
    const page = extractPage(parseHtmlDocument(html), 'https://x.example/privacy', { preserveDocument: false });
    expect(page.text).toContain('We collect your email address when you register');
    expect(page.text).not.toContain('<html>');
  });
});
