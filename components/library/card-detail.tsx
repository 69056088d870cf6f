import { useLiveQuery } from 'dexie-react-hooks';
import { SECTION_ORDER, TAXONOMY, type Card, type Finding } from '../../lib/schema';
import { listVersions, type PolicyLensDb } from '../../lib/storage';
import { diffVersions, type FindingChange, type Statement } from '../../lib/library/history-diff';
import { describeFinding, findingLabel, formatDateTime, formatIsoDate, formatValue } from '../../lib/library/labels';
import { answerText, sectionTitle } from '../../lib/present/taxonomy-text';
import { t } from '../../lib/present/i18n';
import { splitEvidence } from '../../lib/present/evidence';
import { KeyFacts } from '../card/key-facts';

/** A finding's quotes; those that read the other way follow under "The policy also says …". */
function DetailQuotes({ finding }: { finding: Finding }) {
  const { supporting, contrary } = splitEvidence(finding.evidence);
  return (
    <>
      {supporting.map((e, j) => (
        <blockquote key={j}>{e.text}</blockquote>
      ))}
      {contrary.length > 0 && <p className="quotes-contrary-lead">{t('alsoSays')}</p>}
      {contrary.map((e, j) => (
        <blockquote key={`c${j}`} className="contrary">
          {e.text}
        </blockquote>
      ))}
    </>
  );
}

export interface CardDetailProps {
  db: PolicyLensDb;
  id: string;
  onBack: () => void;
  onOpen: (id: string) => void;
  onDelete: (cards: Card[], label: string) => void;
}

function statementText(change: FindingChange, s: Statement): string {
  const value = s.value ? formatValue({ section: change.section, id: change.id, value: s.value }) : '';
  return value ? t('statementWithValue', answerText(s.status), value) : answerText(s.status);
}

function ChangeItem({ change }: { change: FindingChange }) {
  const topic = findingLabel(change.section, change.id);
  const label = change.detail ? t('topicWithDetail', topic, change.detail) : topic;
  const before = change.before.map((s) => statementText(change, s)).join('; ');
  const after = change.after.map((s) => statementText(change, s)).join('; ');
  return (
    <li className={`change change-${change.kind}`}>
      <span className="change-kind">{change.kind === 'added' ? t('changeAdded') : change.kind === 'removed' ? t('changeRemoved') : t('changeChanged')}</span>{' '}
      <span className="change-section">{sectionTitle(change.section)} ›</span> <strong>{label}</strong>:{' '}
      {change.kind === 'added' && after}
      {change.kind === 'removed' && <del>{before}</del>}
      {change.kind === 'changed' && (
        <>
          <del>{before}</del> → <ins>{after}</ins>
        </>
      )}
    </li>
  );
}

function findingOrder(a: Finding, b: Finding): number {
  const ids = TAXONOMY[a.section] as readonly string[];
  return ids.indexOf(a.id) - ids.indexOf(b.id) || (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0);
}

function Findings({ card }: { card: Card }) {
  if (card.findings.length === 0) return <p className="muted">{t('noStatements')}</p>;
  return (
    <>
      {SECTION_ORDER.map((section) => {
        const findings = card.findings.filter((f) => f.section === section).sort(findingOrder);
        if (findings.length === 0) return null;
        return (
          <section key={section} className="detail-section" aria-labelledby={`section-${section}`}>
            <h3 id={`section-${section}`}>{sectionTitle(section)}</h3>
            <ul className="finding-list">
              {findings.map((f, i) => (
                <li key={i} className="finding">
                  <details>
                    <summary>
                      <span className="finding-label">{findingLabel(f.section, f.id)}</span>{' '}
                      <span className={`badge ${f.status === 'yes' ? 'badge-plain' : 'badge-no'}`} data-condition={f.condition}>
                        {answerText(f.status, f.condition)}
                      </span>{' '}
                      <span className="finding-value">{describeFinding(f)}</span>
                    </summary>
                    <DetailQuotes finding={f} />
                  </details>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

/**
 * One policy: its findings with quotes, its versions, and what changed
 * between the version shown and the one before it.
 */
export function CardDetail({ db, id, onBack, onOpen, onDelete }: CardDetailProps) {
  const data = useLiveQuery(async () => {
    const card = await db.cards.get(id);
    return { card, versions: card ? await listVersions(db, card.source.url) : [] };
  }, [db, id]);

  if (data === undefined) return <p className="loading">{t('loading')}</p>;
  const { card, versions } = data;
  if (!card) {
    return (
      <section className="detail-view">
        <button type="button" className="button button-quiet" onClick={onBack}>
          {t('backToLibrary')}
        </button>
        <p>{t('cardGone')}</p>
      </section>
    );
  }
  const index = versions.findIndex((v) => v.id === card.id);
  const newest = versions[0];
  const previous = versions[index + 1];
  const diff = previous ? diffVersions(previous, card) : undefined;

  return (
    <article className="detail-view" aria-labelledby="detail-title">
      <div className="view-head">
        <button type="button" className="button button-quiet" onClick={onBack}>
          {t('backToLibrary')}
        </button>
        <h2 id="detail-title">{card.service.name}</h2>
        <div className="actions">
          {versions.length > 1 && (
            <button type="button" className="button button-danger" onClick={() => onDelete([card], t('thisVersionOf', card.service.name))}>
              {t('deleteThisVersion')}
            </button>
          )}
          <button type="button" className="button button-danger" onClick={() => onDelete(versions, card.service.name)}>
            {versions.length > 1 ? t('deleteAllVersions') : t('deletePolicy')}
          </button>
        </div>
      </div>
      <dl className="facts">
        <dt>{t('factDomain')}</dt>
        <dd>{card.service.domain || '—'}</dd>
        <dt>{t('factPolicy')}</dt>
        <dd className="break">{card.source.url}</dd>
        <dt>{t('factAnalysedOn')}</dt>
        <dd>{formatDateTime(card.analyzedAt)}</dd>
        <dt>{t('factPolicyUpdated')}</dt>
        <dd>{card.source.lastUpdated ? formatIsoDate(card.source.lastUpdated) : answerText('not-stated')}</dd>
      </dl>

      {newest && newest.id !== card.id && (
        <p className="banner banner-old" role="note">
          {t('viewingOlder', formatDateTime(card.analyzedAt))}{' '}
          <button type="button" className="link-button" onClick={() => onOpen(newest.id)}>
            {t('viewLatest')}
          </button>
        </p>
      )}

      {previous && diff && (
        <section className="history" aria-labelledby="changes-title" data-testid="history-diff">
          <h3 id="changes-title">{t('changedSinceHeading', formatDateTime(previous.analyzedAt))}</h3>
          {diff.changes.length === 0 ? (
            <p className="muted">{t('sameFindings')}</p>
          ) : (
            <>
              <p className="muted">
                {t('changeCounts', diff.added, diff.removed, diff.changed, formatDateTime(previous.analyzedAt))}
              </p>
              <ul className="change-list">
                {diff.changes.map((c, i) => (
                  <ChangeItem key={i} change={c} />
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {versions.length > 1 && (
        <section className="versions-list" aria-labelledby="versions-title">
          <h3 id="versions-title">{t('versionsHeading')}</h3>
          <ol>
            {versions.map((v, i) => (
              <li key={v.id} aria-current={v.id === card.id ? 'true' : undefined}>
                {v.id === card.id ? (
                  <strong>{t('versionShown', formatDateTime(v.analyzedAt))}</strong>
                ) : (
                  <button type="button" className="link-button" onClick={() => onOpen(v.id)}>
                    {t('analysedOn', formatDateTime(v.analyzedAt))}
                  </button>
                )}
                {i === 0 && ` · ${t('versionLatest')}`}
                {v.source.lastUpdated && ` · ${t('versionPolicyDated', formatIsoDate(v.source.lastUpdated))}`} · {t('versionFindings', v.findings.length)}
              </li>
            ))}
          </ol>
        </section>
      )}

      <div className="detail-key-facts">
        <KeyFacts findings={card.findings} headingLevel={3} />
      </div>
      <Findings card={card} />
    </article>
  );
}
