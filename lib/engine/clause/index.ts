/**
 * The clause layer: tagged tokens and clauses of one unit, computed once per
 * unit on first need and shared by every rule that hits it.
 */
import { clausesOf, type ClauseView } from './clauses';
import { tokenize } from './tokens';

export type { ClauseView, Clause, ClauseKind } from './clauses';
export type { Token } from './tokens';
export { loadNlp } from './tokens';
export { readingAt, verbAfter, MAY_DENY, type Reading } from './polarity';
export { subjectPosition, userActsAt } from './actors';

/** Tokens and clauses of `text` (one unit). */
export function clauseView(text: string): ClauseView {
  return clausesOf(text, tokenize(text));
}
