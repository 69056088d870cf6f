import { taxonomyEntry, type Condition, type Section } from '../schema';
import { formatFindingValue } from './format-value';
import { t } from './i18n';
import { findingWording, withCondition } from './taxonomy-text';

/** What the card shows next to a finding: green, amber or neutral. */
export type DisplayTone = 'good' | 'caution' | 'neutral';

type LabelInput = {
  section: Section;
  id: string;
  status: 'yes' | 'no';
  value?: string;
  detail?: string;
  condition?: Condition;
};

/** An age reads as its number inside a sentence ("Not for children under 13"); other values as people read them. */
function valueInSentence(finding: LabelInput, formatted: string): string {
  const kind = taxonomyEntry(finding.section, finding.id)?.value;
  return kind === 'age' && /^\d+$/.test(finding.value?.trim() ?? '') ? String(Number(finding.value)) : formatted;
}

/**
 * What a finding row says: `label` is the sentence, `meta` the formatted
 * value and detail still worth a second line. Every wording comes from the
 * taxonomy row (through the locale file): "Sells your data", "Keeps data for
 * 30 days" (a yes with its value inside), "Shares with Stripe" (a row that
 * names its detail), "Does not sell your data unless you agree". An unknown
 * id (from a newer export) falls back to its raw name.
 */
export function describeFinding(finding: LabelInput): { label: string; meta: string[] } {
  const { section, id, status, detail, condition } = finding;
  const value = formatFindingValue(finding);
  const detailMeta = detail ? [detail] : [];
  const valueMeta = value !== undefined ? [value] : [];
  // A condition only ever rides on a denial (the schema refuses it on a yes).
  const denial = (label: string, own?: string) => (status === 'no' ? withCondition(label, condition, own) : label);
  if (detail) {
    const named = findingWording(section, id, status === 'yes' ? 'yesDetail' : 'noDetail', detail);
    if (named !== undefined) return { label: denial(named), meta: valueMeta };
  }
  if (status === 'yes' && value !== undefined) {
    const inside = findingWording(section, id, 'yesValue', valueInSentence(finding, value));
    if (inside !== undefined) return { label: inside, meta: detailMeta };
  }
  const base = findingWording(section, id, status);
  if (base === undefined) return { label: t('unknownFinding', id.replace(/_/g, ' '), status), meta: [...valueMeta, ...detailMeta] };
  const own = condition ? findingWording(section, id, condition === 'consent' ? 'noConsent' : 'noLaw') : undefined;
  return { label: denial(base, own), meta: [...valueMeta, ...detailMeta] };
}

/** The sentence a finding shows (see `describeFinding`). */
export function findingLabel(finding: LabelInput): string {
  return describeFinding(finding).label;
}

/**
 * Green for a reassurance or a benefit, amber for a risk or a missing right,
 * neutral otherwise, from the row's tone. A denial with an exception ("does
 * not sell unless you agree") is weaker than a plain one, so it is not shown
 * as reassurance.
 */
export function displayTone(finding: { section: Section; id: string; status: 'yes' | 'no'; condition?: Condition }): DisplayTone {
  const tone = taxonomyEntry(finding.section, finding.id)?.tone ?? 'info';
  if (finding.status === 'no' && finding.condition && (tone === 'risk' || tone === 'data')) return 'neutral';
  switch (tone) {
    case 'risk':
      return finding.status === 'yes' ? 'caution' : 'good';
    case 'benefit':
      return finding.status === 'yes' ? 'good' : 'caution';
    case 'data':
      return finding.status === 'yes' ? 'neutral' : 'good';
    case 'info':
      return 'neutral';
  }
}
