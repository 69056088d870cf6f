import type { ExtractedPage } from '../schema';
import type { Truncation } from '../messages';

/**
 * Longest text analysed, in characters. A long real policy is ~100k; 1.5 M is
 * a whole book. Beyond it the engine's time grows past what a popup may take,
 * so only the start is read and the popup says so.
 */
export const MAX_TEXT_CHARS = 1_500_000;

/**
 * Cuts a page to `max` characters: the text is sliced (at the last block
 * boundary when there is one, so no sentence is cut in half) and blocks past
 * the end are dropped or clipped.
 */
export function capPage(
  page: ExtractedPage,
  max: number = MAX_TEXT_CHARS,
): { page: ExtractedPage; truncated?: Truncation } {
  if (page.text.length <= max) return { page };
  const lastWholeBlockEnd = page.blocks.reduce((best, b) => (b.end <= max && b.end > best ? b.end : best), 0);
  const cut = lastWholeBlockEnd > max / 2 ? lastWholeBlockEnd : max;
  const blocks = page.blocks
    .filter((b) => b.start < cut)
    .map((b) => (b.end > cut ? { ...b, end: cut } : b))
    .filter((b) => b.end > b.start);
  return {
    page: { ...page, text: page.text.slice(0, cut), blocks },
    truncated: { analyzedChars: cut, totalChars: page.text.length },
  };
}
