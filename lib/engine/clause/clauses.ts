/**
 * Clauses of one unit, from its tagged tokens. wink-nlp has no parser, so a
 * clause is found the way a reader skims: it ends at strong punctuation, and a
 * new one opens at a subordinator ("if", "unless", "because"), a contrast
 * ("but", "however"), an exception ("except", "other than"), a relative after
 * a comma ("…, which"), a parenthesis, or a conjunction that brings its own
 * subject ("… and we share …"). Each clause knows what opened it, because an
 * "if you do not want …" clause states the user's wish, not a denial, and an
 * "except with service providers" clause names what does happen.
 */
import type { Token } from './tokens';

/** What opened a clause. */
export type ClauseKind = 'main' | 'conditional' | 'exception' | 'relative' | 'contrast' | 'parenthesis';

export interface Clause {
  /** Token index range [from, to). */
  from: number;
  to: number;
  kind: ClauseKind;
}

/** A tokenised unit split into clauses; `clauseAt[i]` is the clause of token i. */
export interface ClauseView {
  text: string;
  tokens: Token[];
  clauses: Clause[];
  clauseAt: Int32Array;
}

const CONDITIONAL = new Set(['if', 'unless', 'whether', 'should']);
const SUBORDINATE = new Set(['because', 'although', 'though', 'whereas', 'while', 'when', 'whenever', 'where', 'since', 'so', 'until', 'once']);
const CONTRAST = new Set(['but', 'however', 'yet', 'instead', 'rather', 'nevertheless', 'nonetheless']);
const EXCEPTION = new Set(['except', 'excepting', 'save']);
const RELATIVE = new Set(['which', 'who', 'whom', 'whose']);
/** Words that begin a clause's own subject after "and"/"or". */
const SUBJECT_PRONOUNS = new Set(['we', 'they', 'you', 'it', 'he', 'she', 'i', 'our', 'your', 'their', 'its', 'this', 'these', 'those', 'such']);
const STRONG_PUNCT = new Set([';', ':', '!', '?', '.', '—', '–']);

/** Index of the first token that ends after `start` (the token at or after that offset). */
export function tokenIndexAt(view: Pick<ClauseView, 'tokens'>, start: number): number {
  const { tokens } = view;
  let a = 0;
  while (a < tokens.length && tokens[a]!.end <= start) a++;
  return a;
}

/** Does the clause [from, to) hold a negator ("not", "n't", "never")? */
function clauseDenies(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.norm;
    if (w === 'not' || w === "n't" || w === 'never') return true;
  }
  return false;
}

/** Splits tagged tokens into clauses. Linear in the number of tokens. */
export function clausesOf(text: string, tokens: Token[]): ClauseView {
  const clauses: Clause[] = [];
  const clauseAt = new Int32Array(tokens.length);
  let from = 0;
  let kind = 'main' as ClauseKind;
  // a parenthesis is its own clause; what follows it continues the clause it interrupted
  let resume: ClauseKind | undefined;
  // a condition before the sentence's first verb ("If you do not want …, you can …")
  let fronted = false;
  let verbSeen = false;
  const open = (at: number, next: ClauseKind) => {
    if (at > from) clauses.push({ from, to: at, kind });
    from = at;
    kind = next;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.norm;
    const prev = tokens[i - 1];
    if (w === '(') {
      resume ??= kind;
      open(i, 'parenthesis');
    } else if (w === ')' && resume !== undefined) {
      // closes the parenthesis even when a "but" or "except" inside it opened a clause of its own
      open(i + 1, resume);
      resume = undefined;
    } else if (t.pos === 'PUNCT' && STRONG_PUNCT.has(w)) {
      open(i + 1, 'main');
    } else if (w === '-' && prev && prev.end < t.start) {
      // a spaced dash separates; a hyphen inside a word does not
      open(i + 1, 'main');
    } else if (CONDITIONAL.has(w) && (t.pos === 'SCONJ' || t.pos === 'ADP' || w === 'unless' || w === 'if')) {
      // "unless" after a denial is its exception; at the start it is a condition
      const exception = w === 'unless' && i > from;
      fronted = !exception && !verbSeen;
      open(i, exception ? 'exception' : 'conditional');
    } else if ((w === 'in' && tokens[i + 1]?.norm === 'case') || (w === 'provided' && tokens[i + 1]?.norm === 'that')) {
      open(i, 'conditional');
    } else if (EXCEPTION.has(w) || (w === 'other' && tokens[i + 1]?.norm === 'than') || (w === 'apart' && tokens[i + 1]?.norm === 'from')) {
      open(i, 'exception');
    } else if (CONTRAST.has(w) && prev?.norm === ',' && tokens[i + 1]?.norm === ',' && w !== 'but' && w !== 'yet') {
      // "we do not, however, collect …": a parenthetical adverb, not a new clause
    } else if (CONTRAST.has(w) && (t.pos === 'CCONJ' || t.pos === 'ADV' || t.pos === 'SCONJ')) {
      open(i, 'contrast');
    } else if ((w === 'until' || w === 'before') && i > from && clauseDenies(tokens, from, i)) {
      // "we will not share it until you agree": the end of a denial is its exception
      open(i, 'exception');
    } else if (SUBORDINATE.has(w) && t.pos === 'SCONJ') {
      open(i, 'main');
    } else if (RELATIVE.has(w) && prev?.norm === ',') {
      open(i, 'relative');
    } else if (w === ',' && kind === 'conditional' && fronted) {
      // "If you do not want …, you can opt out": a fronted condition ends at its comma
      fronted = false;
      open(i + 1, 'main');
    } else if ((t.pos === 'CCONJ' || w === ',') && i > from) {
      // "…, and we share": a conjunction followed by its own subject and verb
      const next = tokens[i + 1];
      const after = tokens[i + 2];
      if (next && SUBJECT_PRONOUNS.has(next.norm) && next.pos === 'PRON' && after && (after.pos === 'AUX' || after.pos === 'VERB' || after.pos === 'ADV')) open(i + 1, 'main');
    }
    if (t.pos === 'VERB') verbSeen = true;
    clauseAt[i] = clauses.length;
  }
  if (tokens.length > from) clauses.push({ from, to: tokens.length, kind });
  // indices were assigned as clauses opened; recompute from the final list to be exact
  for (let c = 0; c < clauses.length; c++) for (let i = clauses[c]!.from; i < clauses[c]!.to; i++) clauseAt[i] = c;
  return { text, tokens, clauses, clauseAt };
}
