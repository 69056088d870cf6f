import type { TextMap } from '../extract/text-map';
import { rangeFromMap } from './quote-range';

/**
 * The global the extractor keeps its map under, in the extension's own
 * isolated world of the tab: the page's scripts cannot see it, it holds the
 * page's live nodes, and it goes away with the document on navigation.
 * `highlightQuote` (injected later by the same click's activeTab grant)
 * reads it by this literal name, since injected functions can't import.
 */
export const KEPT_TEXT_MAP = '__policyLensTextMap';

/** What the extractor leaves in the tab for "Show on page". */
export interface KeptTextMap {
  /** How many runs the map holds (its size; reported by the extraction bench). */
  runs: number;
  /** The Range of the quote at [start, end) of the text, or undefined when the map can't vouch for it. */
  rangeFor(start: number, end: number, quote: string): Range | undefined;
}

/**
 * Keeps the extraction's map in the tab, replacing the previous one (each
 * analysis re-extracts, so the map always matches the card the popup shows).
 */
export function keepTextMap(map: TextMap, scope: object = globalThis): void {
  const kept: KeptTextMap = { runs: map.starts.length, rangeFor: (start, end, quote) => rangeFromMap(map, start, end, quote) };
  (scope as Record<string, unknown>)[KEPT_TEXT_MAP] = kept;
}
