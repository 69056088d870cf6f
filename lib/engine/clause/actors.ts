/**
 * Actors from the clause's subject. wink-nlp gives no parse tree, so the
 * subject is what stands before the clause's first verb: "Google uses this
 * information" makes Google the actor of its clause, while "we share it with
 * Google" and "cookies set by Google" make it a recipient or a third party.
 */
import { POSSESSIVE_PRONOUNS, REQUEST_VERBS, RIGHT_HOLDERS } from '../../rules/language';
import { tokenIndexAt, type ClauseView } from './clauses';

const RECIPIENT_MARKERS = new Set(['with', 'to', 'by', 'from', 'through', 'via', 'including', 'like', 'as', 'of', 'and', 'or', ',']);

/**
 * True when the words at unit[start, end) are the subject of their clause:
 * no verb or preposition before them in the clause, and a verb after them.
 */
export function subjectPosition(view: ClauseView, start: number, end: number): boolean {
  const { tokens, clauses, clauseAt } = view;
  const a = tokenIndexAt(view, start);
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

const HOLDERS = new Set(RIGHT_HOLDERS);
const REQUESTS = new Set(REQUEST_VERBS);
const POSSESSIVES = new Set(POSSESSIVE_PRONOUNS);
/** Parts of speech that can head a subject. */
const SUBJECT_POS = new Set(['PRON', 'NOUN', 'PROPN']);

/**
 * True when the verb at unit[start] is the user's act: the tagger reads it
 * as a verb, and its clause's subject is the user ("you can delete"), absent
 * ("Access and correct your data"), or has the user ask for it ("ask us to
 * delete"). "We may access data", "providers may set and access their own
 * cookies" and "an Internet access account" are not the user's rights.
 */
export function userActsAt(view: ClauseView, start: number): boolean {
  const { tokens, clauses, clauseAt } = view;
  const a = tokenIndexAt(view, start);
  const verb = tokens[a];
  if (verb === undefined || verb.start !== start) return false;
  // a verb, or a base form the tagger misreads after a modal or "to" ("you can access", "to review")
  const before = tokens[a - 1];
  const verbal = verb.pos === 'VERB' || before === undefined || before.pos === 'AUX' || before.norm === 'to' || before.pos === 'PUNCT' || before.pos === 'CCONJ';
  if (!verbal) return false;
  const clause = clauses[clauseAt[a]!]!;
  // the subject: the first noun or pronoun of the clause before its first verb, outside a fronted
  // prepositional phrase ("At any time you can …": "time" is not the subject; "you" is)
  let subject: string | undefined;
  let asked = false;
  let inPhrase = false;
  for (let i = clause.from; i < a; i++) {
    const t = tokens[i]!;
    if (t.pos === 'ADP') inPhrase = true;
    else if (t.pos === 'PUNCT' || (t.pos === 'PRON' && !POSSESSIVES.has(t.norm))) inPhrase = false;
    if (subject === undefined && !inPhrase && SUBJECT_POS.has(t.pos) && !POSSESSIVES.has(t.norm)) subject = t.norm;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && REQUESTS.has(t.lemma)) asked = true;
    if (subject === undefined && (t.pos === 'VERB' || t.pos === 'AUX')) subject = '';
  }
  return !subject || HOLDERS.has(subject) || asked;
}
