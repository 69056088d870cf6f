import type { LongestRetention, Stated } from '../../lib/library/flags';
import { formatDuration } from '../../lib/present/format-value';
import { answerText } from '../../lib/present/taxonomy-text';
import { t } from '../../lib/present/i18n';

/**
 * A yes / no / not-stated answer, coloured by whether it is good news.
 * `riskyWhenYes`: selling data is bad news, being able to delete is good.
 */
export function StatedBadge({ value, riskyWhenYes }: { value: Stated; riskyWhenYes: boolean }) {
  if (value === 'unknown') return <span className="badge badge-muted">{answerText('not-stated')}</span>;
  const good = (value === 'yes') !== riskyWhenYes;
  return <span className={`badge ${good ? 'badge-good' : 'badge-bad'}`}>{answerText(value)}</span>;
}

/** "7 years", "Indefinitely" or "Not stated". */
export function RetentionBadge({ value }: { value: LongestRetention }) {
  if (value.kind === 'indefinite') return <span className="badge badge-bad">{t('retentionIndefinitely')}</span>;
  if (value.kind === 'unknown') return <span className="badge badge-muted">{answerText('not-stated')}</span>;
  return <span className="badge badge-plain">{formatDuration(value.value) ?? value.value}</span>;
}
