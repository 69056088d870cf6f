import { taxonomyEntry, type Condition, type Section } from '../schema';
import { t, type MessageKey } from './i18n';
import { findingMessageKey, sectionMessageKey, type WordingPart } from './taxonomy-messages';

/** A section's heading ("Sharing"), from the locale file. */
export function sectionTitle(section: Section): string {
  return t(sectionMessageKey(section) as MessageKey);
}

/**
 * One wording of a taxonomy id from the locale file, or undefined when the row
 * has no such wording (or the id is unknown to this build). Only parts the
 * row defines have a message, so the row decides.
 */
export function findingWording(section: Section, id: string, part: WordingPart, ...substitutions: Array<string | number>): string | undefined {
  const entry = taxonomyEntry(section, id);
  if (entry?.[part] === undefined) return undefined;
  return t(findingMessageKey(section, id, part) as MessageKey, ...substitutions);
}

/** The topic of an id, as the compare view's row heading ("Sells or rents your data"); the raw id when unknown. */
export function findingTopic(section: Section, id: string): string {
  return findingWording(section, id, 'topic') ?? id.replace(/_/g, ' ');
}

/**
 * "Does not sell your data" + condition → "Does not sell your data unless you
 * agree": the row's own sentence for its denial with that exception when it
 * has one, else the denial with the exception appended.
 */
export function withCondition(label: string, condition: Condition | undefined, own?: string): string {
  if (!condition) return label;
  return own ?? t(condition === 'consent' ? 'unlessConsent' : 'unlessLaw', label);
}

/** The status word of an answer, with the exception of a conditional denial: "Yes", "No", "No, unless you agree". */
export function answerText(status: 'yes' | 'no' | 'mixed' | 'not-stated', condition?: Condition): string {
  if (status === 'no' && condition) return t(condition === 'consent' ? 'answerNoConsent' : 'answerNoLaw');
  return t(({ yes: 'answerYes', no: 'answerNo', mixed: 'answerMixed', 'not-stated': 'answerNotStated' } as const)[status]);
}
