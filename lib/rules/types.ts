import type { Section, Status } from '../schema';

/** Typed values a rule can extract from its sentence. */
export type ValueKind = 'duration' | 'age' | 'email' | 'date' | 'regions' | 'contact' | 'residency';

/** How a rule fills `detail`. */
export type DetailKind = 'recipient' | 'law' | 'ai-provider' | 'retention-data' | 'notice-channel' | 'fixed';

/** A sentence the rule must (or must not) fire on, optionally with the expected result. */
export interface RuleExample {
  text: string;
  status?: Status;
  value?: string;
  detail?: string;
  /** The sentence before this one, for rules that read it (`previousCue`). */
  previous?: string;
}

/** A rule's examples: sentences it must fire on (with the status they must give) and sentences it must not fire on. */
export interface RuleExamples {
  match: Array<string | RuleExample>;
  noMatch: string[];
}

/**
 * A rule proposes one taxonomy finding `(section, finding)` for a sentence.
 * Rules are data: the engine interprets these fields, docs/rules.md is generated
 * from them and every example is a test.
 */
export interface Rule {
  /** Unique rule id: `section/finding` or `section/finding:variant`. */
  id: string;
  section: Section;
  /** The taxonomy id this rule reports. */
  finding: string;
  /**
   * Trigger phrases; the hit's position decides polarity, or the group
   * `(?<verb>…)` when the pattern names the practice verb ("partners …
   * may place cookies"). Case-insensitive unless written otherwise.
   */
  patterns: RegExp[];
  /**
   * When set, the hit counts only if the sentence matches one of `cue` or the
   * sentence's context (heading path, list lead-in) matches one of `context`.
   */
  cue?: RegExp[];
  context?: RegExp[];
  /** When set, the hit counts only if the unit before (in the same passage) matches one of these. */
  previousCue?: RegExp[];
  /** A veto match overlapping the hit cancels that hit. */
  veto?: RegExp[];
  /**
   * Trigger phrases that are practices on their own ("IP address", "browser
   * type"): they skip the cue/context requirement, not the skip conditions.
   */
  strongPatterns?: RegExp[];
  /** Skip the sentence when it matches `has` and does not match `lacks` (e.g. a third party is the actor and "we" is not). */
  skipIf?: Array<{ has: RegExp; lacks?: RegExp; why: string }>;
  /** A cheap necessary condition: the rule is not tried on sentences that do not match it. */
  hint?: RegExp;
  /** The sentence is skipped entirely when it matches one of these. */
  unless?: RegExp[];
  /**
   * Headings are matched only by rules with `polarity: 'yes'` or `headings: true`:
   * a heading like "Do Not Track" states a topic, not a practice.
   */
  headings?: boolean;
  /**
   * Read the status at the cue match nearest the hit instead of at the hit:
   * the pattern names a thing ("Do Not Track") and the cue is the service's
   * verb for it ("respond", "honour"), which may stand in another clause
   * ("browsers send Do Not Track signals; we do not respond to them").
   */
  readAtCue?: boolean;
  /**
   * A denial whose hit lies inside a match of this names a kind of the
   * practice, not the practice ("we do not use *advertising* cookies" does
   * not deny cookies): it is not reported.
   */
  partialDenial?: RegExp;
  /** `drop`: a negated hit is not reported at all (a "no" would say nothing useful, e.g. named recipients). */
  onNegated?: 'drop';
  /** `yes`: statements of fact that negation cannot flip (headings, ages, laws). Default `auto`. */
  polarity?: 'auto' | 'yes';
  /**
   * Word phrases that deny this practice wherever they stand in the unit
   * ("without notice" for changes/notice), each with why. They win over
   * `polarity: 'yes'`.
   */
  deniedBy?: Array<{ phrase: string; why: string }>;
  /**
   * "without" right after the clause's verb denies a noun hit ("operates
   * without cookies"); a fronted "Without these cookies, …" never does. On
   * by default; `false` turns it off for a rule.
   */
  withoutDenies?: boolean;
  /**
   * The exception that names this practice itself: "we do not disclose to
   * authorities unless the law requires it" is disclosure when the law
   * requires it, so a denial with this condition reads `yes`.
   */
  selfCondition?: 'consent' | 'law';
  /**
   * The hit names the occasion, not the practice ("in the event of a merger",
   * "if the company is sold"): the sentence's verb after it states what
   * happens to the data, and its polarity is the reading ("…, your data will
   * not be transferred" is a denial).
   */
  occasion?: boolean;
  /**
   * The sentence implies the practice without stating it ("if you block
   * cookies, parts of the site may not work" implies cookies are used). A
   * card keeps it as evidence; a passage about the user's choices is not
   * *about* it, so segment classification leaves it out there.
   */
  implied?: boolean;
  value?: ValueKind;
  /** Only report the finding when the value was found. */
  requireValue?: boolean;
  detail?: DetailKind;
  /** With `detail: 'fixed'`. */
  fixedDetail?: string;
  /** Why the rule exists and what it deliberately leaves out. */
  note: string;
  examples: RuleExamples;
}
