import type { Finding, Section } from '../schema';
// One way to write values and dates across the extension: the summary card's (pure functions, no React).
import { formatDay, formatFindingValue, formatIsoDate as cardIsoDate } from '../present/format-value';
import { findingTopic } from '../present/taxonomy-text';
import { t } from '../present/i18n';

/**
 * The topic of a taxonomy id ("sharing", "sale" → "Sells or rents your data"):
 * the compare matrix's row headings and the history's change list, from the
 * taxonomy row's `topic` through the locale file; the raw id if unknown.
 * (The card's sentences are per status, "Sells your data" / "Does not sell
 * your data", which do not fit a row that holds both answers.)
 */
export function findingLabel(section: Section, id: string): string {
  return findingTopic(section, id);
}

/** An ISO date (YYYY-MM-DD) as the card writes it ("March 5, 2024"); other strings unchanged. */
export function formatIsoDate(value: string): string {
  return cardIsoDate(value) ?? value;
}

/** An ISO date-time (when a card was analysed) as a calendar day in the reader's time zone. */
export function formatDateTime(value: string): string {
  return formatDay(value);
}

/** A finding's value for people, exactly as the summary card shows it (durations spelled out, dates written out). */
export function formatValue(finding: Pick<Finding, 'section' | 'id' | 'value'>): string {
  return formatFindingValue(finding) ?? '';
}

/** "30 days (Authentication logs)": value and detail of a finding, whichever exist. */
export function describeFinding(finding: Pick<Finding, 'section' | 'id' | 'value' | 'detail'>): string {
  if (finding.value === undefined) return finding.detail ?? '';
  const value = formatValue(finding);
  return finding.detail === undefined ? value : t('valueWithDetail', value, finding.detail);
}
