/**
 * Caps on every page-controlled string the engine reads besides the text
 * itself. A page chooses its title, site name, headings and paragraph shapes;
 * without caps one long value is re-tested by hundreds of rules per sentence
 * and a single page can stall the worker. With them, the work per unit is
 * bounded and the whole analysis is linear in the text length.
 * See docs/bounds.md for why each number is what it is.
 */

/** The page title, as read for the service name and the policy score. Real titles are < 150 chars. */
export const MAX_TITLE = 300;
/** og:site_name / application-name. Real ones are a brand: < 60 chars. */
export const MAX_SITE_NAME = 200;
/** One heading in a unit's heading path. */
export const MAX_HEADING = 200;
/** A list's "we collect:" line or a question sentence, as context for what follows. */
export const MAX_LEAD_IN = 300;
/** A paragraph's own title ("Cookies. We use…"): at most 12 words, each at most 40 chars. */
export const MAX_INLINE_TITLE = 160;
/** How much of a paragraph is looked at to find its own title. */
export const INLINE_TITLE_SCAN = 600;
/**
 * One unit (sentence, list item, table row, heading). Longer runs are split
 * at a space near the cap, or hard-cut when there is none: no text is dropped.
 * Real sentences are < 600 chars; legal run-ons reach ~1,000.
 */
export const MAX_SENTENCE = 1200;
/** Heading path depth: heading levels are 1–6. */
export const MAX_HEADING_DEPTH = 6;

/** `s` cut to at most `max` UTF-16 units, never between the halves of a surrogate pair. */
export function capString(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max;
  const code = s.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return s.slice(0, end);
}

/** The end offset for a cut of `text` at `at`, moved off the middle of a surrogate pair. */
export function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}
