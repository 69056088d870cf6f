/**
 * A rule's denial phrases ("without notice" for changes/notice): plain word
 * sequences, matched on the unit's words (lower-cased, punctuation and curly
 * apostrophes normalised), never on characters.
 */
import type { Rule } from '../rules/types';

/** The unit's words as one space-separated, lower-cased string with a space at each end. */
export function wordsOf(text: string): string {
  return ` ${text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim()} `;
}

/** True when one of the rule's `deniedBy` phrases occurs in `text`. */
export function deniedByPhrase(rule: Rule, text: string): boolean {
  if (!rule.deniedBy?.length) return false;
  const words = wordsOf(text);
  return rule.deniedBy.some((d) => words.includes(` ${d.phrase} `));
}
