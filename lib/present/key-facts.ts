import type { Evidence, Finding, Section } from '../schema';
import { t } from './i18n';
import { answerText } from './taxonomy-text';
import { formatDuration, formatFindingValue } from './format-value';

/**
 * The eight fixed questions a card answers first, in the spirit of the
 * store privacy labels: always the same questions in the same order, so
 * two cards (and the compare view) read side by side.
 */
export const KEY_FACT_IDS = ['sells', 'advertising', 'tracking', 'retention', 'copy', 'delete', 'leaves_region', 'min_age'] as const;
export type KeyFactId = (typeof KEY_FACT_IDS)[number];

const QUESTION_KEYS = {
  sells: 'keyFactSells',
  advertising: 'keyFactAdvertising',
  tracking: 'keyFactTracking',
  retention: 'keyFactRetention',
  copy: 'keyFactCopy',
  delete: 'keyFactDelete',
  leaves_region: 'keyFactLeavesRegion',
  min_age: 'keyFactMinAge',
} as const satisfies Record<KeyFactId, string>;

/** The question of a key fact ("Sells your data?"), from the locale file. */
export function keyFactQuestion(id: KeyFactId): string {
  return t(QUESTION_KEYS[id]);
}

/**
 * `stated`: the answer is a value ("2 years", "16"), not a yes or no.
 * `no-consent` / `no-law`: a denial with the one exception it names.
 */
export type KeyAnswer = 'yes' | 'no' | 'no-consent' | 'no-law' | 'stated' | 'not-stated';

export interface KeyFact {
  id: KeyFactId;
  question: string;
  answer: KeyAnswer;
  /** What the grid shows: "Yes", "No, unless you agree", "2 years", "Not stated". */
  text: string;
  /** The values behind the answer, formatted for people ("30 days", "United States"). */
  values: string[];
  /** Good news, bad news, or neither, for the reader. */
  tone: 'good' | 'caution' | 'neutral';
  /**
   * The quotes behind the answer, in text order. Quotes of findings that
   * read the other way (a `no` under a `yes` answer, or evidence already
   * marked contrary) come back marked `contrary`.
   */
  evidence: Evidence[];
}

type Key = `${Section}/${string}`;

/** Which findings answer a yes/no question, and whether a `yes` is good news. */
interface YesNoRule {
  kind: 'yes-no';
  /** A `yes` on any of these makes the answer Yes. */
  yes: Key[];
  /** A `no` on any of these (and no yes) makes the answer No. */
  no: Key[];
  yesIsGood: boolean;
}

const RULES: Record<Exclude<KeyFactId, 'retention' | 'min_age'>, YesNoRule> = {
  sells: { kind: 'yes-no', yes: ['sharing/sale'], no: ['sharing/sale'], yesIsGood: false },
  advertising: {
    kind: 'yes-no',
    yes: ['sharing/advertisers', 'sharing/marketing_partners'],
    no: ['sharing/advertisers'],
    yesIsGood: false,
  },
  tracking: {
    kind: 'yes-no',
    yes: ['cookies/third_party', 'cookies/advertising'],
    no: ['cookies/third_party', 'cookies/advertising'],
    yesIsGood: false,
  },
  copy: { kind: 'yes-no', yes: ['rights/access', 'rights/portability'], no: ['rights/access'], yesIsGood: true },
  delete: { kind: 'yes-no', yes: ['rights/delete'], no: ['rights/delete'], yesIsGood: true },
  leaves_region: { kind: 'yes-no', yes: ['international/transfers'], no: ['international/transfers'], yesIsGood: false },
};

const keyOf = (f: Finding): Key => `${f.section}/${f.id}`;

function distinct(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined && v !== ''))];
}

/** Evidence of findings in text order; quotes of `against` findings are marked contrary. */
function evidenceOf(support: readonly Finding[], against: readonly Finding[] = []): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  const add = (e: Evidence, contrary: boolean) => {
    const key = `${e.start}-${e.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(contrary ? { ...e, contrary: true } : e);
  };
  for (const f of support) for (const e of f.evidence) add(e, e.contrary === true);
  for (const f of against) for (const e of f.evidence) if (!e.contrary) add(e, true);
  return out.sort((a, b) => a.start - b.start);
}

const YES_TONE = (good: boolean) => (good ? 'good' : 'caution');

function answerYesNo(id: KeyFactId, rule: YesNoRule, findings: readonly Finding[]): KeyFact {
  const question = keyFactQuestion(id);
  const yes = findings.filter((f) => f.status === 'yes' && rule.yes.includes(keyOf(f)));
  const no = findings.filter((f) => f.status === 'no' && rule.no.includes(keyOf(f)));
  if (yes.length > 0) {
    // A practice stated anywhere is the answer; a denial elsewhere stays visible as a contrary quote.
    const values = id === 'leaves_region' ? distinct(yes.map((f) => formatFindingValue(f))) : [];
    return { id, question, answer: 'yes', text: answerText('yes'), values, tone: id === 'leaves_region' ? 'neutral' : YES_TONE(rule.yesIsGood), evidence: evidenceOf(yes, no) };
  }
  if (no.length > 0) {
    // A plain denial anywhere outranks a conditional one; consent is the narrower exception.
    const plain = no.some((f) => !f.condition);
    const condition = plain ? undefined : no.some((f) => f.condition === 'consent') ? 'consent' : 'law';
    const answer: KeyAnswer = condition === undefined ? 'no' : condition === 'consent' ? 'no-consent' : 'no-law';
    const text = answerText('no', condition);
    const tone = condition !== undefined ? 'neutral' : YES_TONE(!rule.yesIsGood);
    return { id, question, answer, text, values: [], tone, evidence: evidenceOf(no) };
  }
  return notStated(id);
}

function notStated(id: KeyFactId): KeyFact {
  return { id, question: keyFactQuestion(id), answer: 'not-stated', text: answerText('not-stated'), values: [], tone: 'neutral', evidence: [] };
}

const DAYS_PER_UNIT = { Y: 365.25, M: 30.44, W: 7, D: 1 } as const;

/** Rough length in days of an ISO duration's date part, for ordering only. */
function roughDays(iso: string): number {
  let days = 0;
  for (const [, n, unit] of iso.toUpperCase().split('T')[0]!.matchAll(/(\d+(?:\.\d+)?)([YMWD])/g)) {
    days += Number(n) * DAYS_PER_UNIT[unit as keyof typeof DAYS_PER_UNIT];
  }
  return days;
}

/** Retention: the stated periods, shortest first; "Indefinitely" when it may keep data forever. */
function answerRetention(findings: readonly Finding[]): KeyFact {
  const id = 'retention';
  const question = keyFactQuestion(id);
  const periods = findings.filter((f) => f.section === 'retention' && f.id === 'stated' && f.status === 'yes' && f.value);
  const indefinite = findings.filter((f) => f.section === 'retention' && f.id === 'indefinite' && f.status === 'yes');
  const sorted = [...periods].sort((a, b) => roughDays(a.value!) - roughDays(b.value!));
  const values = distinct([...sorted.map((f) => formatDuration(f.value!) ?? f.value), ...(indefinite.length ? [t('retentionIndefinitely')] : [])]);
  if (values.length > 0) {
    // Many periods read as a range: "30 days to 7 years".
    const text = values.length <= 2 ? values.join(', ') : t('valueRange', values[0]!, values[values.length - 1]!);
    return { id, question, answer: 'stated', text, values, tone: indefinite.length ? 'caution' : 'neutral', evidence: evidenceOf([...periods, ...indefinite]) };
  }
  const limited = findings.filter((f) => f.section === 'retention' && f.id === 'limited' && f.status === 'yes');
  if (limited.length > 0) {
    return { id, question, answer: 'stated', text: t('retentionAsNeeded'), values: [t('retentionAsNeeded')], tone: 'neutral', evidence: evidenceOf(limited) };
  }
  return notStated(id);
}

/** Minimum age: the lowest age the policy states ("16"); "No" when it says there is none. */
function answerMinAge(findings: readonly Finding[]): KeyFact {
  const id = 'min_age';
  const question = keyFactQuestion(id);
  const ages = findings.filter((f) => f.section === 'children' && f.id === 'min_age' && f.status === 'yes');
  const values = distinct(ages.map((f) => f.value?.trim()).filter((v) => v !== undefined && /^\d+$/.test(v))).sort(
    (a, b) => Number(a) - Number(b),
  );
  if (values.length > 0) return { id, question, answer: 'stated', text: values.join(', '), values, tone: 'neutral', evidence: evidenceOf(ages) };
  if (ages.length > 0) return { id, question, answer: 'yes', text: answerText('yes'), values: [], tone: 'neutral', evidence: evidenceOf(ages) };
  const none = findings.filter((f) => f.section === 'children' && f.id === 'min_age' && f.status === 'no');
  if (none.length > 0) return { id, question, answer: 'no', text: answerText('no'), values: [], tone: 'neutral', evidence: evidenceOf(none) };
  return notStated(id);
}

/** The eight key facts of a card's findings, always all eight, in KEY_FACT_IDS order. Pure. */
export function keyFacts(findings: readonly Finding[]): KeyFact[] {
  return KEY_FACT_IDS.map((id) => {
    if (id === 'retention') return answerRetention(findings);
    if (id === 'min_age') return answerMinAge(findings);
    return answerYesNo(id, RULES[id], findings);
  });
}
