import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { elementToBlocks, maxBlockTextLength } from '../../lib/extract/blocks';
import { collapseNodes } from '../../lib/extract/collapse-nodes';
import { locateSpan, mapNodes } from '../../lib/extract/text-map';
import { decodeHtml, extractMappedPage } from '../../lib/extract';
import { rangeFromMap } from '../../lib/page-access/quote-range';
import { readArticle } from '../../lib/extract/readability-root';

/**
 * Loads HTML into the window's own document: happy-dom's Range works only
 * there (in a DOMParser document every range reads as collapsed).
 */
function parse(html: string): Document {
  document.documentElement.innerHTML = html.replace(/<!doctype[^>]*>/i, '').replace(/<\/?html[^>]*>/gi, '');
  return document;
}
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A stand-in for a text node: `collapseNodes` reads only `nodeValue`. */
const fakeNode = (value: string) => ({ nodeValue: value }) as unknown as Node;

describe('collapseNodes: the block text, and where each character came from', () => {
  // Words, several kinds of whitespace (tab, newline, no-break space, ideographic space) and empty nodes.
  const chunk = fc.array(fc.constantFrom('We', 'keep', 'é', '&', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', ''), { maxLength: 8 }).map((a) => a.join(''));

  test('the text is exactly the joined node text with whitespace collapsed and trimmed', () => {
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 6 }), (values) => {
        expect(collapseNodes(values.map(fakeNode)).text).toBe(values.join('').replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 500 },
    );
  });

  test('every character lies in a run, and each run copies its node one for one (a space for any whitespace)', () => {
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 6 }), (values) => {
        const nodes = values.map(fakeNode);
        const { text, runs } = collapseNodes(nodes);
        let covered = 0;
        for (const run of runs) {
          expect(run.start).toBe(covered);
          covered += run.length;
          const source = (run.node.nodeValue ?? '').slice(run.offset, run.offset + run.length);
          expect(source.replace(/\s/g, ' ')).toBe(text.slice(run.start, run.start + run.length));
        }
        expect(covered).toBe(text.length);
      }),
      { numRuns: 500 },
    );
  });

  test('an indented, wrapped text node gives one run per line, not one per whitespace stretch', () => {
    const lead = fakeNode('Retention: ');
    const node = fakeNode('\n      We keep logs\n      for 30 days.\n    ');
    // "Retention: " (its space stands for the whitespace up to "We") | "We keep logs " | "for 30 days."
    expect(collapseNodes([lead, node]).runs).toEqual([
      { start: 0, length: 11, node: lead, offset: 0 },
      { start: 11, length: 13, node, offset: 7 },
      { start: 24, length: 12, node, offset: 26 },
    ]);
  });
});

/** The text node whose data is exactly `data`, so fixtures can name nodes by their text. */
function nodeWith(root: Node, data: string): Node {
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue === data) return n;
  throw new Error(`no text node ${JSON.stringify(data)}`);
}

interface MapCase {
  name: string;
  html: string;
  quote: string;
  /** The DOM boundary points the quote maps to: [start node's data, offset, end node's data, offset]. */
  boundary: [string, number, string, number];
  /** What the DOM Range between them reads (hidden and skipped text included: it is the page's). */
  rangeText: string;
}

const CASES: MapCase[] = [
  {
    name: 'whitespace collapsed inside one node',
    html: '<p>\n    We   keep\n\tlogs   for 30 days.\n</p>',
    quote: 'keep logs for 30 days.',
    boundary: ['\n    We   keep\n\tlogs   for 30 days.\n', 10, '\n    We   keep\n\tlogs   for 30 days.\n', 35],
    rangeText: 'keep\n\tlogs   for 30 days.',
  },
  {
    name: 'a quote across a block join (the newline comes from no node)',
    html: '<h2>Retention</h2>\n<p>We keep logs.</p>',
    quote: 'Retention\nWe keep',
    boundary: ['Retention', 0, 'We keep logs.', 7],
    rangeText: 'Retention\nWe keep',
  },
  {
    name: 'entities decoded by the parser, a no-break space collapsed to a space',
    html: '<p>Fish &amp; chips &lt;3 caf&eacute;&nbsp;data &#8217;s</p>',
    quote: 'chips <3 café data ’s',
    boundary: ['Fish & chips <3 café\u00a0data ’s', 7, 'Fish & chips <3 café\u00a0data ’s', 28],
    rangeText: 'chips <3 café\u00a0data ’s',
  },
  {
    name: 'nested inline elements',
    html: '<p>We <b>do <i>not</i> sell</b> your data.</p>',
    quote: 'not sell your',
    boundary: ['not', 0, ' your data.', 5],
    rangeText: 'not sell your',
  },
  {
    name: 'whitespace split across two inline nodes',
    html: '<p>We <a href="#x"> do</a> share</p>',
    quote: 'We do share',
    boundary: ['We ', 0, ' share', 6],
    rangeText: 'We  do share',
  },
  {
    name: 'a quote in a list item after a lead-in paragraph',
    html: '<div><p>We share data with:</p><ul><li>\n  <strong>advertisers</strong>,\n  to show ads\n</li></ul></div>',
    quote: 'advertisers, to show ads',
    boundary: ['advertisers', 0, ',\n  to show ads\n', 15],
    rangeText: 'advertisers,\n  to show ads',
  },
  {
    name: 'hidden and skipped elements inside the sentence are not in the text, but lie inside the range',
    html: '<p>We keep <span style="display:none">SECRET </span>logs <button>Accept</button> for 30 days.</p>',
    quote: 'keep logs for',
    boundary: ['We keep ', 3, ' for 30 days.', 4],
    rangeText: 'keep SECRET logs Accept for',
  },
];

describe('the map: offsets of the extracted text → DOM text nodes and offsets', () => {
  test.each(CASES)('$name', ({ html, quote, boundary, rangeText }) => {
    const doc = parse(`<!doctype html><html><body><main>${html}</main></body></html>`);
    const root = doc.querySelector('main')!;
    const { text, map } = elementToBlocks(root);
    const start = text.indexOf(quote);
    expect(start, `"${quote}" in ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(0);
    const end = start + quote.length;

    const segments = locateSpan(map, start, end)!;
    const first = segments[0]!;
    const last = segments[segments.length - 1]!;
    const [startData, startOffset, endData, endOffset] = boundary;
    expect([first.node, first.from, last.node, last.to]).toEqual([nodeWith(root, startData), startOffset, nodeWith(root, endData), endOffset]);

    const range = rangeFromMap(map, start, end, quote);
    expect(range?.toString()).toBe(rangeText);
  });

  test('a span that touches only a block join, or nothing, maps to nothing', () => {
    const { text, map } = elementToBlocks(parse('<main><p>One.</p><p>Two.</p></main>').querySelector('main')!);
    expect(text).toBe('One.\nTwo.');
    expect(locateSpan(map, 4, 5)).toBeUndefined();
    expect(locateSpan(map, 9, 12)).toBeUndefined();
    expect(locateSpan(map, 3, 3)).toBeUndefined();
  });

  test('a run whose node has no live counterpart (text Readability made) maps to nothing', () => {
    const { map } = elementToBlocks(parse('<main><p>We keep logs.</p></main>').querySelector('main')!);
    expect(locateSpan(map, 3, 7)).toHaveLength(1);
    expect(locateSpan(mapNodes(map, () => undefined), 3, 7)).toBeUndefined();
  });
});

describe('rangeFromMap refuses a page that changed since it was read', () => {
  const build = () => {
    const doc = parse('<main><p>We keep <b>server logs</b> for 30 days.</p><p>We do not sell data.</p></main>');
    const { text, map } = elementToBlocks(doc.querySelector('main')!);
    const quote = 'keep server logs for 30';
    return { doc, map, start: text.indexOf(quote), quote };
  };

  test.each<[string, (doc: Document) => void, boolean]>([
    ['unchanged', () => undefined, true],
    ['a node elsewhere changed', (doc) => void (doc.querySelectorAll('p')[1]!.firstChild!.nodeValue = 'Changed.'), true],
    ['a word of the quote was edited', (doc) => void (doc.querySelector('b')!.firstChild!.nodeValue = 'server files'), false],
    ['the paragraph was re-rendered (same text, new nodes)', (doc) => void (doc.querySelector('p')!.innerHTML = 'We keep <b>server logs</b> for 30 days.'), false],
    ['the sentence was removed', (doc) => doc.querySelector('p')!.remove(), false],
  ])('%s → mapped: %s', (_name, change, mapped) => {
    const { doc, map, start, quote } = build();
    change(doc);
    const range = rangeFromMap(map, start, start + quote.length, quote);
    expect(range !== undefined).toBe(mapped);
    if (range) expect(range.toString()).toBe('keep server logs for 30');
  });

  test('a quote whose text does not match its offsets (another extraction\'s card) is refused', () => {
    const { map, start, quote } = build();
    expect(rangeFromMap(map, start + 1, start + 1 + quote.length, quote)).toBeUndefined();
    expect(rangeFromMap(map, start, start + quote.length + 1, quote)).toBeUndefined();
  });
});

describe('extractMappedPage on a real policy page', () => {
  const html = decodeHtml(readFileSync(resolve('tests/fixtures/pages/acme-notes-privacy.html')));
  let doc: Document;
  let page: ReturnType<typeof extractMappedPage>;
  // Loaded when these tests run: the window's one document is shared with the tests above.
  beforeAll(() => {
    doc = parse(html);
    page = extractMappedPage(doc, 'https://acmenotes.example/privacy');
  });

  test('the map points into the live document, not Readability\'s clone', () => {
    // Readability read a clone here (its article is not in `doc`), so the map was traced back.
    expect(readArticle(doc).root?.ownerDocument).not.toBe(doc);
    const nodes = page.textMap.nodes.filter((n): n is Node => n !== null);
    expect(nodes.length).toBeGreaterThan(20);
    for (const node of nodes) expect(node.ownerDocument === doc && doc.contains(node)).toBe(true);
  });

  test('every block of the text maps back to the page and reads the same there', () => {
    expect(page.blocks.length).toBeGreaterThan(10);
    for (const block of page.blocks) {
      const quote = page.text.slice(block.start, block.end);
      const range = rangeFromMap(page.textMap, block.start, block.end, quote);
      expect(range, quote).toBeDefined();
      expect(squash(range!.toString())).toBe(quote);
    }
  });

  test('the map stays small: about one run per text node it read', () => {
    expect(page.textMap.starts.length).toBeLessThan(page.blocks.length * 4);
  });
});

describe('maxBlockTextLength: the bound that lets extraction skip walking the fallback container', () => {
  // Blocks, inline and skipped elements, hidden ones, bold pseudo-headings and every kind of whitespace.
  const word = fc.constantFrom('We', 'keep', 'logs', ' ', '  ', '\n', '\t', '\u00a0', '', ':');
  const text = fc.array(word, { maxLength: 5 }).map((a) => a.join(''));
  const tags = ['p', 'div', 'span', 'b', 'li', 'h2', 'td', 'br', 'script', 'button', 'section'];
  const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc
        .tuple(fc.constantFrom(...tags), fc.boolean(), fc.array(tie('node'), { maxLength: 4 }))
        .map(([tag, hidden, children]) => `<${tag}${hidden ? ' hidden' : ''}>${children.join('')}</${tag}>`),
    ),
  })).node;

  test('is never below the length of the text elementToBlocks makes', () => {
    fc.assert(
      fc.property(fc.array(html, { maxLength: 6 }), (parts) => {
        const root = parse(`<body><main>${parts.join('')}</main></body>`).querySelector('main')!;
        expect(maxBlockTextLength(root)).toBeGreaterThanOrEqual(elementToBlocks(root).text.length);
      }),
      { numRuns: 300 },
    );
  });
});
