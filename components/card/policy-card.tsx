import { useDeferredValue, type ReactNode } from 'react';
import { t } from '../../lib/present/i18n';
import type { Card } from '@/lib/schema';
import type { ActionLink } from '../../lib/extract/action-links';
import { LOW_SCORE_NOTE_BELOW, POLICY_SCORE_THRESHOLD } from '@/lib/analysis/policy-threshold';
import { CardSection } from './card-section';
import { formatIsoDate } from '../../lib/present/format-value';
import { groupFindings } from './group-findings';
import { KeyFacts } from './key-facts';
import { SectionLinks } from './section-links';
import './policy-card.css';

/**
 * How many sections the first paint holds: with the header and Key facts,
 * more than a 600-pixel popup shows. The rest follow in a deferred render
 * (React's `useDeferredValue`), so the card appears without waiting for
 * every section below the fold (docs/popup-speed.md).
 */
export const FIRST_PAINT_SECTIONS = 2;

/**
 * The summary card: who, when the policy was updated, then the sections.
 * `status` is the line under the header (saved / changed / truncated notes),
 * supplied by the host so the card itself stays a pure view of a Card.
 */
export function PolicyCard({ card, status, actionLinks }: { card: Card; status?: ReactNode; actionLinks?: readonly ActionLink[] }) {
  const updated = card.source.lastUpdated ? formatIsoDate(card.source.lastUpdated) ?? card.source.lastUpdated : undefined;
  const groups = groupFindings(card.findings);
  const shown = useDeferredValue(groups.length, Math.min(groups.length, FIRST_PAINT_SECTIONS));
  return (
    <article className="policy-card" aria-labelledby="policy-card-title">
      <SectionLinks
        sections={[
          { id: 'key-facts-title', label: t('keyFacts') },
          ...groups.map((g) => ({ id: `section-${g.section}`, label: g.label })),
        ]}
      />
      <header className="policy-card__header">
        <h1 id="policy-card-title" className="policy-card__service">
          {card.service.name}
        </h1>
        {card.service.domain && <p className="policy-card__domain">{card.service.domain}</p>}
        {updated && <p className="policy-card__updated">{t('policyUpdated', updated)}</p>}
        {card.policyScore < LOW_SCORE_NOTE_BELOW && <LowScoreNote score={card.policyScore} />}
        {status}
      </header>
      <KeyFacts findings={card.findings} />
      {groups.slice(0, shown).map((group) => (
        <CardSection key={group.section} group={group} actionLinks={actionLinks} />
      ))}
      {shown === groups.length && (
        <p className="policy-card__footnote">
          {card.findings.length === 1
            ? t('footnoteOne', card.source.textLength.toLocaleString('en-US'))
            : t('footnoteMany', card.findings.length, card.source.textLength.toLocaleString('en-US'))}
        </p>
      )}
    </article>
  );
}

/** Shown only when the score is low: the one case where the score matters to the reader. */
function LowScoreNote({ score }: { score: number }) {
  const pct = Math.round(score * 100);
  return (
    <p className="policy-card__low-score">
      {score < POLICY_SCORE_THRESHOLD
        ? t('lowScoreNotPolicy', pct)
        : t('lowScorePartly', pct)}
    </p>
  );
}
