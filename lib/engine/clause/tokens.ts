/**
 * The clause layer's tokens: wink-nlp (with its English lite web model) gives
 * each word its part of speech and lemma; we add character offsets into the
 * unit so a rule hit (a character span) can be placed among the words.
 *
 * The model is loaded once per process or service worker, on first use, and
 * only for units that need it (see `polarity.ts`): most sentences carry no
 * negation and never reach the tagger.
 */
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { COMPOUND_HEAD_NOUNS, PRACTICE_VERBS } from '../../rules/language';

/** One word or punctuation mark of a unit. */
export interface Token {
  /** Offsets into the unit text. */
  start: number;
  end: number;
  /** Lower-cased surface form, with curly apostrophes straightened. */
  norm: string;
  /** Lower-cased lemma ("sold" → "sell", "n't" → "not"). */
  lemma: string;
  /** Universal part of speech: VERB, AUX, NOUN, PRON, PART, ADP, CCONJ, SCONJ, PUNCT … */
  pos: string;
}

let nlp: WinkMethods | undefined;

/** The wink-nlp instance, created on first use (about 150 ms on a quiet machine). */
export function loadNlp(): WinkMethods {
  // only the tagger: a unit is already one sentence, and wink's sentence, negation and entity passes cost time we do not use
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

const CURLY = /[\u2018\u2019\u02bc]/g;

/**
 * Tokens of `text` with offsets. Every token slices the input exactly
 * (`text.slice(t.start, t.end)`); a token the tagger rewrote is located by
 * search from the running cursor.
 */
export function tokenize(text: string): Token[] {
  const w = loadNlp();
  const doc = w.readDoc(text);
  const its = w.its;
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  // the lemma accessor's typing in wink-nlp 2.4 does not fit `out`; it returns one string per token
  const lemmas = (tokens.out as (f: unknown) => string[])(its.lemma);
  const out: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const at = text.indexOf(v, cursor);
    // the tagger can expand a contraction ("won't" → "wo" + "n't"); keep offsets monotonic
    const start = at >= 0 && at - cursor < 64 ? at : cursor;
    const end = Math.min(text.length, start + v.length);
    cursor = end;
    out.push({ start, end, norm: v.toLowerCase().replace(CURLY, "'"), lemma: (lemmas[i] ?? v).toLowerCase().replace(CURLY, "'"), pos: pos[i] ?? 'X' });
  }
  return retagNoCompounds(retagAddressNouns(retagPracticeVerbs(out)));
}

const COMPOUND_HEADS = new Set(COMPOUND_HEAD_NOUNS);
const MODIFIER_POS = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * "email address", "IP address", "mailing address": after a noun or adjective
 * modifier, "address" is the compound's head, not a verb. Read as a verb it
 * governed the next noun of a denied list, so "we do not collect your email
 * address or phone number" said the phone number was collected. "We address
 * complaints" (a pronoun before it) stays a verb.
 */
function retagAddressNouns(tokens: Token[]): Token[] {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' && COMPOUND_HEADS.has(t.norm) && MODIFIER_POS.has(tokens[i - 1]!.pos)) t.pos = 'NOUN';
  }
  return tokens;
}

/**
 * "no-logs", "no-tracking": "no" joined to a word by a hyphen names a kind of
 * policy ("this no-logs commitment"); it is no negative quantifier, and the
 * word after it is a noun, not a verb.
 */
function retagNoCompounds(tokens: Token[]): Token[] {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [no, dash, word] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (no.norm !== 'no' || dash.norm !== '-' || dash.start !== no.end || word.start !== dash.end) continue;
    no.norm = no.lemma = 'no-';
    no.pos = 'ADJ';
    if (word.pos === 'VERB') word.pos = 'NOUN';
  }
  return tokens;
}

const PRACTICE = new Set(PRACTICE_VERBS);
const VERB_LEADS = new Set(['not', "n't", 'never', 'to', 'will', 'would', 'may', 'might', 'can', 'could', 'shall', 'should', 'must', 'do', 'does', 'did']);

/**
 * The tagger reads a practice verb as a noun after "not" or a modal ("we DO
 * NOT share user details", "we do not rent, sell, or share"); after those
 * words, or coordinated with a verb, it is the verb.
 */
function retagPracticeVerbs(tokens: Token[]): Token[] {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || !PRACTICE.has(t.norm)) continue;
    const prev = tokens[i - 1]!;
    const coordinated = (prev.pos === 'CCONJ' || prev.norm === ',') && (tokens[i - 2]?.pos === 'VERB' || (tokens[i - 2]?.norm === ',' && tokens[i - 3]?.pos === 'VERB'));
    if (VERB_LEADS.has(prev.norm) || coordinated) t.pos = 'VERB';
  }
  return tokens;
}
