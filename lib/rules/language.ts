/**
 * The words that decide polarity and conditions, as data a reviewer can read.
 * The clause layer (`lib/engine/clause/polarity.ts`) reads these lists; it
 * matches lower-cased words and lemmas, never characters, so "don’t" and
 * "don't", "sold" and "sell" are the same word to it.
 */

/** Words that deny the verb they stand before ("we do not sell", "we have never sold"). */
export const NEGATORS: readonly string[] = ['not', "n't", 'never', 'neither', 'nor', 'cannot'];

/**
 * Lemmas that deny what follows them ("we are unable to respond", "we refuse
 * to sell", "we decline to honour"): a lexical negative is a negation.
 */
export const LEXICAL_NEGATIVES: readonly string[] = ['unable', 'refuse', 'fail', 'decline', 'refrain', 'cease', 'prohibit', 'forbid', 'avoid'];

/** Possessive pronouns: they qualify a noun ("your originating IP address") and are never its subject. */
export const POSSESSIVE_PRONOUNS: readonly string[] = ['your', 'our', 'their', 'his', 'her', 'its', 'my'];

/**
 * Lemmas that bar someone from doing something: with the barred party between
 * them and "from" ("our contracts prohibit vendors from selling your data")
 * they deny the verb after "from".
 */
export const BARRING_VERBS: readonly string[] = ['prohibit', 'forbid', 'prevent', 'bar', 'ban', 'preclude', 'restrict', 'stop'];

/**
 * Heads of data-type compounds the tagger can read as verbs after their
 * modifier ("your email *address* or phone number"): after a noun or
 * adjective they are nouns.
 */
export const COMPOUND_HEAD_NOUNS: readonly string[] = ['address', 'addresses'];

/** Verbs that mean "do not honour" for signals and requests ("our site ignores these signals"). */
export const DISREGARD_VERBS: readonly string[] = ['ignore', 'disregard'];

/**
 * Word sequences that deny the practice named right after them
 * ("we are not in the business of selling", "we have no intention of sharing").
 */
export const NEGATIVE_FRAMES: readonly (readonly string[])[] = [
  ['not', 'in', 'the', 'business', 'of'],
  ['no', 'intention', 'of'],
  ['no', 'intention', 'to'],
  ['no', 'plans', 'to'],
  ['no', 'plan', 'to'],
];

/**
 * Fronted phrases that deny the whole clause after them ("under no
 * circumstances will the data be sold", "at no time do we share").
 */
export const CLAUSE_NEGATORS: readonly (readonly string[])[] = [
  ['under', 'no', 'circumstances'],
  ['under', 'no', 'circumstance'],
  ['in', 'no', 'event'],
  ['in', 'no', 'case'],
  ['at', 'no', 'time'],
  ['by', 'no', 'means'],
  ['on', 'no', 'account'],
];

/**
 * Subjects whose negated verb is the user's situation, not the service's
 * denial: "you may not be able to use features that rely on cookies".
 */
export const USER_SUBJECTS: readonly string[] = ['you', 'user', 'users', 'visitor', 'visitors'];

/**
 * Words after "not"/"no" that make the negation describe something else, not
 * deny the practice: "not only", "not limited to", "no later than", "no
 * matter", "no longer than".
 */
export const BENIGN_AFTER_NEGATOR: readonly string[] = [
  'only', 'just', 'limited', 'necessarily', 'all', 'every', 'always', 'merely', 'simply', 'later', 'longer', 'more', 'less', 'matter', 'sooner', 'earlier', 'cost', 'charge', 'fee', 'extra', 'additional',
];

/**
 * Quantifiers that deny a clause through its subject or object: "no personal
 * data is shared", "none of your data is sold", "we share nothing".
 */
export const NEGATIVE_QUANTIFIERS: readonly string[] = ['no', 'none', 'nothing', 'nobody', 'neither'];

/**
 * A denial's exception names consent when it holds one of these lemmas:
 * "unless you agree", "without your permission", "only at your direction",
 * "except with your consent".
 */
export const CONSENT_WORDS: readonly string[] = [
  'consent', 'permission', 'agree', 'agreement', 'authorize', 'authorise', 'authorization', 'authorisation', 'direct', 'direction', 'instruct', 'instruction', 'approve', 'approval', 'opt', 'opt-in', 'choose', 'choice', 'ask', 'request', 'permit', 'allow', 'elect', 'affirmatively',
];

/** Nouns that name consent on their own: "unless we have your *consent*", "with *parental permission*". */
export const CONSENT_NOUNS: readonly string[] = ['consent', 'permission', 'authorization', 'authorisation', 'opt-in', 'approval'];

/**
 * Words that make a consent verb the user's ("unless *you* agree", "at *your*
 * direction", "if the *parent* approves"): "providers who agree to keep it
 * confidential" is no consent of the user's.
 */
export const USER_WORDS: readonly string[] = ['you', 'your', 'user', 'users', "user's", 'parent', 'parents', "parent's", 'parental', 'customer', 'customers', 'member', 'members', 'individual', 'guardian'];

/**
 * A denial's exception names the law when it holds one of these lemmas:
 * "except as required by law", "unless a court orders us", "to comply with a
 * subpoena".
 */
export const LAW_WORDS: readonly string[] = [
  'law', 'laws', 'legal', 'legally', 'court', 'subpoena', 'regulation', 'regulatory', 'statute', 'statutory', 'authority', 'authorities', 'government', 'governmental', 'comply', 'compliance', 'enforcement', 'warrant', 'judicial', 'lawful', 'lawfully', 'police',
];

/** Words that open a positive-only condition: "we share … only with your consent". */
export const ONLY_WORDS: readonly string[] = ['only', 'solely', 'exclusively'];

/**
 * Verbs that state a data practice. A subject's negated predicate denies the
 * practice only with one of these ("IP addresses are not logged"); with any
 * other verb it denies a property of the subject ("cookies do not contain
 * your name" still uses cookies).
 */
export const PRACTICE_VERBS: readonly string[] = [
  'collect', 'gather', 'obtain', 'receive', 'record', 'log', 'track', 'store', 'keep', 'retain', 'save', 'use', 'process', 'share', 'disclose', 'sell', 'rent', 'lease', 'trade', 'transfer', 'provide', 'give', 'send', 'pass', 'set', 'place', 'access', 'monitor', 'honor', 'honour', 'respond', 'recognize', 'recognise', 'support', 'follow', 'respect', 'train', 'delete', 'erase', 'notify', 'inform', 'sold', 'rented', 'shared', 'used', 'logged', 'tracked', 'stored', 'collected',
];

/**
 * Who can hold a data right as the subject of its verb ("you can delete",
 * "residents may request"): the user in its common names.
 */
export const RIGHT_HOLDERS: readonly string[] = [
  'you', 'user', 'users', 'visitor', 'visitors', 'member', 'members', 'customer', 'customers', 'individual', 'individuals', 'consumer', 'consumers',
  'resident', 'residents', 'parent', 'parents', 'subscriber', 'subscribers', 'person', 'persons', 'people', 'everyone', 'anyone', 'i',
];

/**
 * Verbs by which the user has the company act ("ask us to delete", "instruct
 * us to correct"): the right stays the user's though "us" performs it.
 */
export const REQUEST_VERBS: readonly string[] = ['ask', 'request', 'require', 'instruct', 'direct', 'contact', 'email', 'write', 'tell', 'let'];
