import { locateSpan, type TextMap } from '../extract/text-map';

const WHITESPACE = /\s/;

/** The extractor turned each whitespace character it kept into a space; any whitespace matches any. */
function sameChar(page: string | undefined, quote: string | undefined): boolean {
  if (page === undefined || quote === undefined) return false;
  return page === quote || (WHITESPACE.test(page) && WHITESPACE.test(quote));
}

/**
 * The DOM Range of the quote at [start, end) of the extracted text, through
 * the extraction's map; `quote` is the text the card holds for it.
 *
 * Every character is checked against the node it maps to, so a page that
 * changed since it was read (a re-rendered list, edited or removed nodes)
 * gives undefined rather than a highlight on the wrong words; the caller
 * then falls back to searching the page's text.
 */
export function rangeFromMap(map: TextMap, start: number, end: number, quote: string): Range | undefined {
  if (quote.length !== end - start) return undefined;
  const segments = locateSpan(map, start, end);
  if (!segments) return undefined;
  for (const s of segments) {
    if (!s.node.isConnected) return undefined;
    const data = s.node.nodeValue ?? '';
    for (let i = 0; i < s.to - s.from; i++) {
      if (!sameChar(data[s.from + i], quote[s.textStart - start + i])) return undefined;
    }
  }
  const first = segments[0]!;
  const last = segments[segments.length - 1]!;
  const doc = first.node.ownerDocument;
  if (!doc || last.node.ownerDocument !== doc) return undefined;
  const range = doc.createRange();
  range.setStart(first.node, first.from);
  range.setEnd(last.node, last.to);
  return range;
}
