/**
 * Polarity from the verb that states the practice. A rule hit is a character
 * span; this module places it among the unit's tagged words, finds the verb
 * that governs it in its clause, and asks whether that verb is denied:
 *
 * - a negator in the verb's own chain ("do not sell", "is never sold",
 *   "have never, and will never, sell");
 * - a lexical negative ("unable to respond", "refuse to sell") or frame
 *   ("not in the business of selling");
 * - a negative quantifier on its subject or object ("no personal data is
 *   shared", "we share nothing");
 * - coordination: a verb that shares its subject with a denied verb is
 *   denied too ("we do not rent, sell or share");
 * - "without notice" denies the noun it governs.
 *
 * Words inside the hit never count ("Do Not Track" is a name, not a denial),
 * a negation in an "if you do not want …" clause is the user's wish, and a
 * hit inside an exception ("except with service providers") is a practice
 * that happens. A denial's exception that names consent or the law becomes
 * its `condition`; a vague one ("except as described below") is no condition.
 */
import type { Condition, Status } from '../../schema';
import {
  BENIGN_AFTER_NEGATOR,
  BARRING_VERBS,
  CLAUSE_NEGATORS,
  CONSENT_NOUNS,
  CONSENT_WORDS,
  DISREGARD_VERBS,
  LAW_WORDS,
  LEXICAL_NEGATIVES,
  NEGATIVE_FRAMES,
  NEGATIVE_QUANTIFIERS,
  NEGATORS,
  ONLY_WORDS,
  POSSESSIVE_PRONOUNS,
  PRACTICE_VERBS,
  USER_SUBJECTS,
  USER_WORDS,
} from '../../rules/language';
import { tokenIndexAt, type ClauseView } from './clauses';
import type { Token } from './tokens';

/** How a unit reads for one hit. */
export interface Reading {
  status: Status;
  /** Only with `no`: the denial's exception is the user's consent or the law. */
  condition?: Condition;
}

const NEGATOR = new Set(NEGATORS);
const LEXICAL = new Set(LEXICAL_NEGATIVES);
const DISREGARD = new Set(DISREGARD_VERBS);
const BENIGN = new Set(BENIGN_AFTER_NEGATOR);
const QUANTIFIER = new Set(NEGATIVE_QUANTIFIERS);
const CONSENT = new Set(CONSENT_WORDS);
const CONSENT_NOUN = new Set(CONSENT_NOUNS);
const LAW = new Set(LAW_WORDS);
const ONLY = new Set(ONLY_WORDS);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'ADJ', 'DET', 'NUM']);
const CHAIN = new Set(['AUX', 'PART', 'ADV']);
const USER_SUBJECT = new Set(USER_SUBJECTS);
const PRACTICE = new Set(PRACTICE_VERBS);
const RELATIVE_MARKERS = new Set(['that', 'which', 'who']);
const USER_WORD = new Set(USER_WORDS);

/**
 * Words that can only deny something: a unit without any of them reads `yes`
 * for every hit and never reaches the tagger. Built from the word lists, so
 * it cannot drift from them.
 */
const MAY_DENY_WORDS = [...NEGATORS, ...LEXICAL_NEGATIVES, ...DISREGARD_VERBS, ...NEGATIVE_QUANTIFIERS, ...ONLY_WORDS, 'without', 'intention', 'plans?', 'refus\\w*', 'fail\\w*', 'declin\\w*', 'ignor\\w*', 'disregard\\w*', 'ceas\\w*', 'prohibit\\w*', 'forb\\w*', 'avoid\\w*', 'refrain\\w*']
  .map((w) => w.replace("n't", "n['’]t"))
  .join('|');
/** Escape hatch (a generated word list, not a rule): the cheap pre-check before tagging. */
export const MAY_DENY = new RegExp(String.raw`(?:^|[^\p{L}])(?:${MAY_DENY_WORDS})(?![\p{L}])|n['’]t(?![\p{L}])`, 'iu');

function isNegator(t: Token, next: Token | undefined): boolean {
  if (!(NEGATOR.has(t.norm) || NEGATOR.has(t.lemma) || t.norm === "n't")) return false;
  // "not only", "not limited to": the negation qualifies something else
  return !(next && BENIGN.has(next.norm));
}

function isQuantifier(t: Token, next: Token | undefined): boolean {
  if (!QUANTIFIER.has(t.norm)) return false;
  return !(next && BENIGN.has(next.norm));
}

function frameEndsAt(tokens: Token[], i: number): boolean {
  for (const frame of NEGATIVE_FRAMES) {
    const n = frame.length;
    if (i - n + 1 < 0) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = tokens[i - n + 1 + k]!.norm === frame[k];
    if (ok) return true;
  }
  return false;
}

/** The subject noun phrase ending at token i: does a negative quantifier lead it ("no data", "none of your data")? */
function subjectDenied(tokens: Token[], i: number, from: number): boolean {
  for (let j = i; j >= from && j > i - 9; j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ') return false;
    if (isQuantifier(t, tokens[j + 1])) return true;
    // "… but not your e-mail address": a negated noun phrase with no verb of its own
    if (isNegator(t, tokens[j + 1])) return true;
  }
  return false;
}

/** Does a fronted phrase ("under no circumstances") deny the clause before token v? */
function clauseNegated(tokens: Token[], from: number, v: number): boolean {
  for (let i = from; i < v; i++) {
    for (const frame of CLAUSE_NEGATORS) {
      let ok = true;
      for (let k = 0; k < frame.length && ok; k++) ok = tokens[i + k]?.norm === frame[k];
      if (ok) return true;
    }
  }
  return false;
}

/** A participle used as an adjective ("browser-initiated signals", "the collected data") is not a clause's verb. */
function modifierVerb(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next) return false;
  // "browser-initiated", "user-generated": the first half of a compound
  if (prev.norm === '-' && prev.end === tokens[i]!.start) return true;
  // "your ISP or operating system": a gerund naming a thing in a list
  if (tokens[i]!.norm.endsWith('ing') && next.pos === 'NOUN' && (prev.pos === 'CCONJ' || prev.norm === ',')) return true;
  // "your originating IP address", "the connecting device": a participle between a determiner or possessive and its noun
  return (next.pos === 'NOUN' || next.pos === 'PROPN') && (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'ADP' || prev.norm === '-' || POSSESSIVES.has(prev.norm));
}

const POSSESSIVES = new Set(POSSESSIVE_PRONOUNS);

/**
 * The verb that governs a noun at token i as its object: the nearest real
 * verb before it, unless that verb sits in a relative clause that a comma
 * has closed ("information that does not identify you, such as your browser
 * type, is collected": "identify" does not govern "browser type").
 */
function governingVerbBefore(tokens: Token[], i: number, from: number): number {
  const p = verbBefore(tokens, i, from);
  if (p < 0) return p;
  let comma = false;
  for (let k = p + 1; k < i; k++) if (tokens[k]!.norm === ',') comma = true;
  if (!comma) return p;
  for (let k = p - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (RELATIVE_MARKERS.has(t.norm)) return -1;
    if (!(CHAIN.has(t.pos) || t.norm === "n't" || t.norm === 'not')) break;
  }
  return p;
}

/**
 * A verb of a relative clause without "that": "the information we collect",
 * "the website you visited". It describes a noun and governs nothing after it.
 */
function reducedRelative(tokens: Token[], p: number, from: number): boolean {
  const subject = tokens[p - 1];
  const noun = tokens[p - 2];
  if (!subject || !noun || p - 2 < from) return false;
  return subject.pos === 'PRON' && (subject.norm === 'we' || subject.norm === 'you' || subject.norm === 'they') && (noun.pos === 'NOUN' || noun.pos === 'PROPN');
}

/** The nearest real verb before token i in the clause, or -1. */
function verbBefore(tokens: Token[], i: number, from: number): number {
  for (let p = i - 1; p >= from; p--) if (tokens[p]!.pos === 'VERB' && !modifierVerb(tokens, p) && !reducedRelative(tokens, p, from)) return p;
  return -1;
}

/**
 * Is verb v denied in its clause? Walks back over its auxiliaries and adverbs
 * ("will never", "do not"), across coordination to an earlier verb that
 * shares its subject, from an infinitive or relative complement to the verb
 * that governs it ("we do not take steps to respond", "we do not use
 * technology that recognizes"), and into the subject for a negative
 * quantifier. A denial whose subject is the user ("you may not be able to
 * use …") is the user's situation, not a denial of the practice.
 */
function verbDenied(view: ClauseView, v: number, from: number, depth = 0, userActs = false): boolean {
  const { tokens } = view;
  if (DISREGARD.has(tokens[v]!.lemma)) return true;
  if (clauseNegated(tokens, from, v)) return true;
  let negated = false;
  let complement = false;
  let verbAfterDenial = false;
  for (let i = v - 1; i >= from; i--) {
    const t = tokens[i]!;
    // "the right not to be subject to …": the negation is what the right says, not a denial of it
    if (isNegator(t, tokens[i + 1]) && (tokens[i - 1]?.norm === 'right' || tokens[i - 1]?.norm === 'rights')) continue;
    if (isNegator(t, tokens[i + 1]) || LEXICAL.has(t.lemma) || frameEndsAt(tokens, i)) {
      negated = true;
      continue;
    }
    if (t.norm === 'to' && t.pos === 'PART') {
      complement = true;
      continue;
    }
    if (t.pos === 'VERB' && !modifierVerb(tokens, i) && negated) {
      // "whatever data you post is not sold": the denied chain's subject holds a clause of its own
      verbAfterDenial = true;
      continue;
    }
    if (CHAIN.has(t.pos) || (t.pos === 'VERB' && !modifierVerb(tokens, i))) continue;
    // "we are not able to", "we are willing to": a predicate adjective before its infinitive
    if (t.pos === 'ADJ' && tokens[i + 1]?.norm === 'to') continue;
    // "we refrain from selling", "we are prohibited from sharing"
    if (t.pos === 'ADP' && tokens[i - 1] && LEXICAL.has(tokens[i - 1]!.lemma)) {
      negated = true;
      i--;
      continue;
    }
    // "our contracts prohibit vendors from selling", "we bar partners from using it": the barred party between the verb and "from"
    if (t.norm === 'from') {
      const bar = barringVerbBefore(tokens, i, from);
      if (bar >= 0) {
        negated = true;
        i = bar;
        continue;
      }
    }
    if (!negated && RELATIVE_MARKERS.has(t.norm) && tokens[i - 1]?.norm !== ',') {
      complement = true;
      continue;
    }
    if (!negated && (t.norm === ',' || t.pos === 'CCONJ')) {
      // "do not sell your data, or share it": the coordinated verb has no subject of its own
      if (depth > 4) return false;
      const conj = t.norm;
      let objectSeen = false;
      for (let p = i - 1; p >= from; p--) {
        const q = tokens[p]!;
        if (isNegator(q, tokens[p + 1])) return userActs || !userSubject(tokens, p, from);
        if (q.pos === 'VERB' && !modifierVerb(tokens, p)) {
          if (objectSeen && conj === 'and') return false;
          return verbDenied(view, p, from, depth + 1, userActs);
        }
        if (NOMINAL.has(q.pos) || q.pos === 'ADP') objectSeen = true;
      }
      return false;
    }
    if (NOMINAL.has(t.pos) || t.pos === 'ADP') {
      if (!negated && complement && depth <= 4) {
        // the object of a governing verb: its denial scopes over the complement
        const p = verbBefore(tokens, i, from);
        if (p >= 0) return verbDenied(view, p, from, depth + 1, userActs);
        // "you do not have the right to object": the tagger reads "have" as an auxiliary; it governs the same way
        const h = haveBefore(tokens, i, from);
        if (h >= 0) return verbDenied(view, h, from, depth + 1, userActs);
      }
      if (negated) return verbAfterDenial || userActs || !userSubject(tokens, i, from);
      return t.pos === 'ADP' ? false : subjectDenied(tokens, i, from);
    }
    if (t.pos === 'SCONJ') break;
  }
  return negated;
}

/** "have" (tagged as an auxiliary) right before the noun phrase ending at token i ("have the right"), or -1. */
function haveBefore(tokens: Token[], i: number, from: number): number {
  for (let j = i - 1; j >= from; j--) {
    const t = tokens[j]!;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'ADV') continue;
    return t.pos === 'AUX' && t.lemma === 'have' ? j : -1;
  }
  return -1;
}

/** Is the subject ending at or before token i the user ("you may not be able to …")? */
function userSubject(tokens: Token[], i: number, from: number): boolean {
  for (let j = i; j >= from && j > i - 4; j--) {
    const t = tokens[j]!;
    if (USER_SUBJECT.has(t.norm)) return true;
    if (t.pos === 'VERB' || t.pos === 'SCONJ' || t.norm === ',') return false;
  }
  return false;
}

/**
 * A token that can continue a subject phrase: nouns and their modifiers, a
 * preposition ("of your data"), and a coordination ("timestamps and session
 * durations are never stored": both share the predicate).
 */
function inSubjectPhrase(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (NOMINAL.has(t.pos) || t.pos === 'ADP' || t.pos === 'CCONJ') return true;
  if (t.norm !== ',') return false;
  // a comma continues the subject only inside a list that a coordination closes ("A, B and C are …"),
  // not after a fronted phrase ("Without these cookies, the site cannot …")
  for (let j = i + 1; j < tokens.length && j < i + 12; j++) {
    const u = tokens[j]!;
    if (u.pos === 'CCONJ') return true;
    if (!NOMINAL.has(u.pos) && u.norm !== ',') return false;
  }
  return false;
}

const BARRING = new Set(BARRING_VERBS);

/** The barring verb before "from" at i, over a short noun phrase ("prohibits OpenAI from"); -1 when none. */
function barringVerbBefore(tokens: Token[], i: number, from: number): number {
  for (let p = i - 1; p >= from && p >= i - 5; p--) {
    const q = tokens[p]!;
    if (BARRING.has(q.lemma) && (q.pos === 'VERB' || q.pos === 'NOUN' || q.pos === 'AUX')) return p;
    if (!NOMINAL.has(q.pos)) return -1;
  }
  return -1;
}

/** A verb in subject position ("Selling data is not something we do"): the predicate after it decides. */
function predicateDenied(view: ClauseView, after: number, to: number): boolean {
  const { tokens } = view;
  let i = after;
  // the rest of the subject phrase
  while (i < to && i < after + 10 && inSubjectPhrase(tokens, i)) i++;
  for (; i < to; i++) {
    const t = tokens[i]!;
    if (isNegator(t, tokens[i + 1])) return true;
    if (LEXICAL.has(t.lemma)) return true;
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART') continue;
    if (t.pos === 'VERB') return DISREGARD.has(t.lemma);
    return false;
  }
  return false;
}

/**
 * A noun hit that is its clause's subject: is the practice denied? Only a
 * negated practice verb denies it ("IP addresses are not logged"); "cookies
 * do not contain your name" denies a property and still states the practice.
 */
function subjectPracticeDenied(view: ClauseView, after: number, to: number): boolean {
  const { tokens } = view;
  let i = after;
  while (i < to && i < after + 10 && inSubjectPhrase(tokens, i)) i++;
  let negated = false;
  for (; i < to; i++) {
    const t = tokens[i]!;
    if (isNegator(t, tokens[i + 1]) || LEXICAL.has(t.lemma)) {
      negated = true;
      continue;
    }
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART') continue;
    if (t.pos === 'VERB') return DISREGARD.has(t.lemma) || (negated && (PRACTICE.has(t.lemma) || PRACTICE.has(t.norm)));
    return false;
  }
  return false;
}

/** What kind of exception the tokens [from, to) name. */
function conditionIn(tokens: Token[], from: number, to: number): Condition | undefined {
  let user = false;
  let consentVerb = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (USER_WORD.has(t.norm)) user = true;
    if (CONSENT_NOUN.has(t.lemma) || CONSENT_NOUN.has(t.norm)) return 'consent';
    if (CONSENT.has(t.lemma)) consentVerb = true;
    if (LAW.has(t.lemma) || LAW.has(t.norm)) return consentVerb && user ? 'consent' : 'law';
  }
  return consentVerb && user ? 'consent' : undefined;
}

/** The exception after a denial: an "unless/except/other than" clause, or "without your consent" in the same clause. */
function exceptionAfter(view: ClauseView, hitEnd: number, clause: number): { found: boolean; condition?: Condition } {
  const { tokens, clauses } = view;
  const own = clauses[clause]!;
  for (let i = hitEnd; i < own.to; i++) {
    const t = tokens[i]!;
    if (t.norm === 'without' || ONLY.has(t.norm)) {
      const cond = conditionIn(tokens, i + 1, Math.min(own.to, i + 12));
      if (cond) return { found: true, condition: cond };
    }
  }
  // the next clauses: "…, except as required by law", "unless you agree"
  for (let c = clause + 1; c < clauses.length && c <= clause + 2; c++) {
    const k = clauses[c]!;
    if (k.kind === 'exception' || (k.kind === 'conditional' && tokens[k.from]?.norm === 'unless')) {
      return { found: true, condition: conditionIn(tokens, k.from, Math.min(k.to, k.from + 30)) };
    }
    if (k.kind === 'main' && c > clause + 1) break;
  }
  return { found: false };
}

/** "We share … only with your consent": a positive statement that is a denial with a condition. */
function onlyCondition(view: ClauseView, v: number, clause: number): Condition | undefined {
  const { tokens, clauses } = view;
  const own = clauses[clause]!;
  for (let i = own.from; i < own.to; i++) {
    if (!ONLY.has(tokens[i]!.norm)) continue;
    // "only" before the verb ("we will only share … with your consent") or before the condition
    const from = i < v ? v : i + 1;
    const cond = conditionIn(tokens, from, Math.min(own.to, from + 16));
    if (cond) return cond;
  }
  // "only if you agree" as its own conditional clause right after
  const next = clauses[clause + 1];
  if (next && next.kind === 'conditional' && ONLY.has(tokens[next.from - 1]?.norm ?? '')) return conditionIn(tokens, next.from, Math.min(next.to, next.from + 16));
  return undefined;
}

/** "Do Not Track", "Do Not Sell": a negation that is part of a name, anywhere in the hit. */
function nameWithNegator(tokens: Token[], a: number, b: number): boolean {
  for (let i = Math.max(a, 1); i < b; i++) {
    if (tokens[i]!.norm !== 'not') continue;
    const next = tokens[i + 1]?.norm;
    if (tokens[i - 1]!.norm === 'do' && (next === 'track' || next === 'sell' || next === 'share')) return true;
  }
  return false;
}

/** Token indices overlapping [start, end). */
function tokensIn(view: ClauseView, start: number, end: number): [number, number] {
  const { tokens } = view;
  const a = tokenIndexAt(view, start);
  let b = a;
  while (b < tokens.length && tokens[b]!.start < end) b++;
  return [a, b];
}

/** How a rule's practice is read. */
export interface ReadingOptions {
  /** "without" before a noun hit denies it (default on). */
  withoutDenies?: boolean;
  /** The practice is the user's own (a right): "you cannot delete" denies it, where elsewhere a user subject is the user's situation. */
  userActs?: boolean;
}

/** The reading of the hit at unit[start, end). */
export function readingAt(view: ClauseView, start: number, end: number, options: ReadingOptions = {}): Reading {
  const { tokens, clauses, clauseAt } = view;
  const [a, b] = tokensIn(view, start, end);
  if (a >= tokens.length) return { status: 'yes' };
  const c = clauseAt[a]!;
  const clause = clauses[c]!;
  // "if you do not want …": the user's wish; "except with our service providers": what does happen
  if (clause.kind === 'conditional' || clause.kind === 'exception') return { status: 'yes' };
  // a hit that names a negation ("Do Not Track") is a name: find the verb outside it
  const hitHasNegator = nameWithNegator(tokens, a, b);
  // the governing verb: the hit's own when it opens with one ("sell your data"); for a noun, the verb
  // before it in the clause (its object: "we do not collect your IP address"), else the hit's own passive
  // verb ("information is not sold") or the predicate after it ("IP addresses are not logged")
  const first = tokens[a]!;
  let v = !hitHasNegator && first.pos === 'VERB' && !modifierVerb(tokens, a) ? a : -1;
  let denied = false;
  const p = v < 0 ? governingVerbBefore(tokens, a, clause.from) : -1;
  if (v < 0 && p < 0 && !hitHasNegator) {
    for (let i = a + 1; i < b; i++) {
      if (tokens[i]!.pos === 'VERB' && !modifierVerb(tokens, i) && CHAIN.has(tokens[i - 1]!.pos)) {
        v = i;
        break;
      }
    }
  }
  if (v >= 0) {
    const before = tokens.slice(clause.from, v).some((t) => t.pos === 'VERB' || NOMINAL.has(t.pos));
    denied = verbDenied(view, v, clause.from, 0, options.userActs) || (!before && predicateDenied(view, v + 1, clause.to));
    // "we sell no personal information"
    for (let i = v + 1; i < Math.min(b + 2, clause.to) && !denied; i++) if (isQuantifier(tokens[i]!, tokens[i + 1]) && NOMINAL.has(tokens[i + 1]?.pos ?? '')) denied = true;
  } else if (p >= 0) {
    v = p;
    denied = verbDenied(view, p, clause.from, 0, options.userActs);
    // "we share no data", "we may change it without notice"
    for (let i = p + 1; i < a && !denied; i++) {
      const t = tokens[i]!;
      if (isQuantifier(t, tokens[i + 1])) denied = true;
      if (options.withoutDenies !== false && t.norm === 'without' && i >= a - 4) denied = true;
    }
  } else {
    denied = subjectDenied(tokens, a - 1, clause.from) || subjectPracticeDenied(view, b, clause.to);
    for (let i = b; i < clause.to; i++) if (tokens[i]!.pos === 'VERB' && !modifierVerb(tokens, i)) { v = i; break; }
  }
  if (denied) {
    const ex = exceptionAfter(view, b, c);
    return ex.condition ? { status: 'no', condition: ex.condition } : { status: 'no' };
  }
  const only = v >= 0 ? onlyCondition(view, v, c) : undefined;
  return only ? { status: 'no', condition: only } : { status: 'yes' };
}

/**
 * The first verb after unit[end) outside a conditional or exception clause:
 * the practice a fronted occasion ("in the event of a merger, …") leads to.
 */
export function verbAfter(view: ClauseView, end: number): [number, number] | undefined {
  const { tokens, clauses, clauseAt } = view;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start < end || t.pos !== 'VERB') continue;
    const kind = clauses[clauseAt[i]!]!.kind;
    if (kind === 'conditional' || kind === 'exception') continue;
    return [t.start, t.end];
  }
  return undefined;
}
