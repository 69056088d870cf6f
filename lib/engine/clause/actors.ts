/**
 * Actors from the clause's subject. wink-nlp gives no parse tree, so the
 * subject is what stands before the clause's first verb: "Google uses this
 * information" makes Google the actor of its clause, while "we share it with
 * Google" and "cookies set by Google" make it a recipient or a third party.
 */
import type { ClauseView } from './clauses';

const RECIPIENT_MARKERS = new Set(['with', 'to', 'by', 'from', 'through', 'via', 'including', 'like', 'as', 'of', 'and', 'or', ',']);

/**
 * True when the words at unit[start, end) are the subject of their clause:
 * no verb or preposition before them in the clause, and a verb after them.
 */
export function subjectPosition(view: ClauseView, start: number, end: number): boolean {
  const { tokens, clauses, clauseAt } = view;
  let a = 0;
  while (a < tokens.length && tokens[a]!.end <= start) a++;
  if (a >= tokens.length) return false;
  const clause = clauses[clauseAt[a]!]!;
  for (let i = clause.from; i < a; i++) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || RECIPIENT_MARKERS.has(t.norm) || t.pos === 'ADP') return false;
  }
  let b = a;
  while (b < clause.to && tokens[b]!.start < end) b++;
  // the rest of the name ("Google Analytics", "Stripe, Inc.") then its verb
  while (b < clause.to && tokens[b]!.pos === 'PROPN') b++;
  const next = tokens[b];
  if (next === undefined || b >= clause.to) return false;
  if (next.pos === 'AUX' || next.pos === 'VERB') return true;
  // the tagger reads "Stripe processes your payments" as a plural noun; a determiner after it shows the verb
  const after = tokens[b + 1];
  return next.pos === 'NOUN' && next.norm.endsWith('s') && after !== undefined && (after.pos === 'DET' || after.pos === 'PRON');
}
