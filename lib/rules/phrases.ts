/**
 * Word lists as data, and the few phrase shapes built from them.
 *
 * A rule names verbs by lemma ("delete", "erase") and objects by word list;
 * the inflections are generated here, not typed out, and the shapes (a list
 * of coordinated verbs before one object, a passive list after "be") are
 * written once. The output is a RegExp the engine scans like any other
 * pattern; every shape is linear (bounded repetitions, no nested
 * quantifiers over the same text) and covered by the ReDoS tests.
 */
import { casedPhrase } from './phrase';

/**
 * Patterns that open on the user's verb ("delete", "access"): the engine
 * checks with the clause layer that the verb is one and that the user is
 * its actor (`userActsAt`), so "we may access data" is no right.
 */
export const USER_VERB_LED = new WeakSet<RegExp>();

/**
 * A cheap necessary condition per built pattern (its own verbs as plain
 * words): the engine skips the pattern on units without one of them, so a
 * long verb list costs nothing on the many sentences that name no right.
 */
export const PREFILTER = new WeakMap<RegExp, RegExp>();

/** Regex-escapes a word; multi-word entries match one space between words. */
function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s');
}

const VOWEL = casedPhrase`(a|e|i|o|u)`;

/**
 * The forms of a verb lemma: base, -s, -ed, -ing (regular English rules:
 * delete → deletes, deleted, deleting; rectify → rectifies, rectified;
 * stop → stopped). Irregular past forms are listed by the caller.
 */
export function inflect(lemma: string): string[] {
  if (lemma.includes(' ')) {
    const [head, ...rest] = lemma.split(' ');
    return inflect(head!).map((f) => [f, ...rest].join(' '));
  }
  const forms = new Set([lemma]);
  if (lemma.endsWith('e')) {
    forms.add(`${lemma}s`).add(`${lemma}d`).add(`${lemma.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    forms.add(`${lemma.slice(0, -1)}ies`).add(`${lemma.slice(0, -1)}ied`).add(`${lemma}ing`);
  } else if (/(?:s|sh|ch|x|z)$/.test(lemma)) {
    forms.add(`${lemma}es`).add(`${lemma}ed`).add(`${lemma}ing`);
  } else {
    const last = lemma.at(-1)!;
    // one-syllable consonant-vowel-consonant verbs double the consonant (stop → stopped)
    const double = lemma.length <= 4 && !VOWEL.test(last) && !'wxy'.includes(last) && VOWEL.test(lemma.at(-2)!) && !VOWEL.test(lemma.at(-3) ?? 'a');
    const stem = double ? lemma + last : lemma;
    forms.add(`${lemma}s`).add(`${stem}ed`).add(`${stem}ing`);
  }
  return [...forms];
}

/** The past participle of each lemma (the `-ed` form), for passive shapes. */
export function participles(lemmas: readonly string[]): string[] {
  return lemmas.map((l) => inflect(l).find((f) => f.endsWith('ed') || f.endsWith('ied'))!).filter(Boolean);
}

/** An alternation of whole words, longest first so "e-mail address" wins over "e-mail". */
export function words(list: readonly string[]): string {
  return `(?:${[...new Set(list)].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
}

/** Every form of every lemma, as one alternation. */
export function verbForms(lemmas: readonly string[]): string {
  return words(lemmas.flatMap(inflect));
}

/** Words that end a verb's object: a preposition or another party's possessive. */
const GAP_STOP = String.raw`(?:for|at|on|from|with|by|in|through|about|to|our|its|their|we|us)`;

/** Between two coordinated words: ", ", ", and ", " or ", " and/or ". */
const LIST_JOIN = String.raw`(?:,\s(?:and\s|or\s|and\/or\s)?|\s(?:and|or|and\/or|&)\s)`;

/**
 * A verb of `own` (base form), then any coordinated verbs of `list`, then the object within
 * a few words: "erase … your data", "access, update, rectify or erase any
 * personal data" (the object belongs to every verb of the list).
 */
export function verbListObject(own: readonly string[], list: readonly string[], objects: readonly string[], gap = 6): RegExp {
  // base forms only: a right is worded "you can delete", "ask us to erase"; "deleted" and "accessing" narrate
  // the object is the verb's own: no preposition or "our" between them ("consult our staff for details" is not about your data)
  // the verb of `own` may stand anywhere in the list ("access or export your data"); the match opens on the list's first verb
  const src = String.raw`\b(?:${words(list)}${LIST_JOIN}){0,6}${words(own)}(?:${LIST_JOIN}${words(list)}){0,8}\s(?:(?!${GAP_STOP}\s)[\w'’-]+\s){0,${gap}}?${words(objects)}\b`;
  const re = new RegExp(src, 'i');
  USER_VERB_LED.add(re);
  PREFILTER.set(re, new RegExp(String.raw`\b${words(own)}\b`, 'i'));
  return re;
}

/**
 * A requested passive list that holds a participle of `own`: "request that
 * it be corrected, blocked, or deleted" ("the policy may be updated" is not one).
 */
export function passiveList(own: readonly string[], list: readonly string[]): RegExp {
  const any = words(participles(list));
  const re = new RegExp(String.raw`\bthat\s(?:[\w'’-]+\s){0,4}?be\s(?:\w+\s)?(?:${any}${LIST_JOIN}){0,8}${words(participles(own))}\b`, 'i');
  PREFILTER.set(re, new RegExp(String.raw`\b${words(participles(own))}\b`, 'i'));
  return re;
}

/** What a right acts on: the user's data in its common names. */
export const DATA_OBJECTS: readonly string[] = [
  'information', 'informations', 'info', 'data', 'details', 'records', 'profile', 'account', 'accounts', 'PII', 'content', 'contributions', 'material', 'submissions', 'posts', 'history',
  'backup', 'backups', 'archive', 'archives',
];

/** What the user can see or get of their own: records about them, not the site's content or features. */
export const PERSONAL_RECORDS: readonly string[] = DATA_OBJECTS.filter((w) => !['content', 'contributions', 'material', 'submissions', 'posts', 'history', 'backup', 'backups', 'archive', 'archives', 'them', 'it'].includes(w));

/** The verbs of the user's data rights, by right (lemmas). */
export const RIGHT_VERBS = {
  access: ['access', 'review', 'view', 'consult', 'inspect', 'obtain', 'download'],
  correct: ['correct', 'rectify', 'amend', 'update', 'edit', 'modify', 'change'],
  delete: ['delete', 'erase', 'remove', 'purge'],
  restrict: ['restrict', 'limit', 'block', 'suppress'],
  portability: ['export', 'download', 'port', 'transmit'],
} as const;

/** Every right verb, for the rest of a coordinated list. */
export const ANY_RIGHT_VERB: readonly string[] = [...Object.values(RIGHT_VERBS).flat(), 'object to', 'request', 'manage', 'control'];
