import type { FindingGroup } from './group-findings';
import { t } from '../../lib/present/i18n';
import type { ActionLink } from '../../lib/extract/action-links';
import { FindingItem } from './finding-item';
import { FoldedItem } from './folded-item';
import { RightsActionsLine } from './rights-actions';

/** One titled section of the card; a core section the policy is silent on says so. */
export function CardSection({ group, actionLinks }: { group: FindingGroup; actionLinks?: readonly ActionLink[] }) {
  const headingId = `section-${group.section}`;
  return (
    <section className="card-section" aria-labelledby={headingId} data-section={group.section}>
      <h2 id={headingId} className="card-section__title" tabIndex={-1}>
        {group.label}
      </h2>
      {group.section === 'rights' && <RightsActionsLine findings={group.findings} links={actionLinks} />}
      {group.findings.length === 0 ? (
        <p className="card-section__empty">{t('policySilent')}</p>
      ) : (
        <ul className="card-section__list">
          {group.items.map((item, i) =>
            item.kind === 'fold' ? (
              <FoldedItem key={`fold-${item.fold}`} item={item} />
            ) : (
              <FindingItem
                key={`${item.finding.id}-${item.finding.status}-${item.finding.value ?? ''}-${item.finding.detail ?? ''}-${i}`}
                finding={item.finding}
              />
            ),
          )}
        </ul>
      )}
    </section>
  );
}
