import { useLiveQuery } from 'dexie-react-hooks';
import { SECTION_LABELS, SECTION_ORDER, TAXONOMY, type Card, type Finding } from '../../lib/schema';
import { listVersions, type PolicyLensDb } from '../../lib/storage';
import { diffVersions, type FindingChange, type Statement } from '../../lib/library/history-diff';
import { describeFinding, findingLabel, formatDateTime, formatIsoDate, formatValue } from '../../lib/library/labels';
import { CONDITION_SUFFIX } from '../../lib/present/finding-labels';
import { splitEvidence } from '../../lib/present/evidence';
import { KeyFacts } from '../card/key-facts';

/** "Yes", "No" or "No, unless you agree": a finding's answer with the exception it names. */
function answerText(f: Finding): string {
  if (f.status === 'yes') return 'Yes';
  return f.condition ? `No, ${CONDITION_SUFFIX[f.condition]}` : 'No';
}

/** A finding's quotes; those that read the other way follow under "The policy also says …". */
function DetailQuotes({ finding }: { finding: Finding }) {
  const { supporting, contrary } = splitEvidence(finding.evidence);
  return (
    <>
      {supporting.map((e, j) => (
        <blockquote key={j}>{e.text}</blockquote>
      ))}
      {contrary.length > 0 && <p className="quotes-contrary-lead">The policy also says …</p>}
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
  return `${s.status === 'yes' ? 'Yes' : 'No'}${value ? `, ${value}` : ''}`;
}

function ChangeItem({ change }: { change: FindingChange }) {
  const label = `${findingLabel(change.section, change.id)}${change.detail ? ` (${change.detail})` : ''}`;
  const before = change.before.map((s) => statementText(change, s)).join('; ');
  const after = change.after.map((s) => statementText(change, s)).join('; ');
  return (
    <li className={`change change-${change.kind}`}>
      <span className="change-kind">{change.kind === 'added' ? 'Added' : change.kind === 'removed' ? 'Removed' : 'Changed'}</span>{' '}
      <span className="change-section">{SECTION_LABELS[change.section]} ›</span> <strong>{label}</strong>:{' '}
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
  if (card.findings.length === 0) return <p className="muted">The analysis found no statements in this text.</p>;
  return (
    <>
      {SECTION_ORDER.map((section) => {
        const findings = card.findings.filter((f) => f.section === section).sort(findingOrder);
        if (findings.length === 0) return null;
        return (
          <section key={section} className="detail-section" aria-labelledby={`section-${section}`}>
            <h3 id={`section-${section}`}>{SECTION_LABELS[section]}</h3>
            <ul className="finding-list">
              {findings.map((f, i) => (
                <li key={i} className="finding">
                  <details>
                    <summary>
                      <span className="finding-label">{findingLabel(f.section, f.id)}</span>{' '}
                      <span className={`badge ${f.status === 'yes' ? 'badge-plain' : 'badge-no'}`} data-condition={f.condition}>
                        {answerText(f)}
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

  if (data === undefined) return <p className="loading">Loading…</p>;
  const { card, versions } = data;
  if (!card) {
    return (
      <section className="detail-view">
        <button type="button" className="button button-quiet" onClick={onBack}>
          ← Library
        </button>
        <p>This card is no longer in your library.</p>
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
          ← Library
        </button>
        <h2 id="detail-title">{card.service.name}</h2>
        <div className="actions">
          {versions.length > 1 && (
            <button type="button" className="button button-danger" onClick={() => onDelete([card], `this version of ${card.service.name}`)}>
              Delete this version
            </button>
          )}
          <button type="button" className="button button-danger" onClick={() => onDelete(versions, card.service.name)}>
            Delete {versions.length > 1 ? 'all versions' : 'policy'}
          </button>
        </div>
      </div>
      <dl className="facts">
        <dt>Domain</dt>
        <dd>{card.service.domain || '—'}</dd>
        <dt>Policy</dt>
        <dd className="break">{card.source.url}</dd>
        <dt>Analysed on</dt>
        <dd>{formatDateTime(card.analyzedAt)}</dd>
        <dt>Policy last updated</dt>
        <dd>{card.source.lastUpdated ? formatIsoDate(card.source.lastUpdated) : 'Not stated'}</dd>
      </dl>

      {newest && newest.id !== card.id && (
        <p className="banner banner-old" role="note">
          You are viewing an older version, analysed {formatDateTime(card.analyzedAt)}.{' '}
          <button type="button" className="link-button" onClick={() => onOpen(newest.id)}>
            View the latest version
          </button>
        </p>
      )}

      {previous && diff && (
        <section className="history" aria-labelledby="changes-title" data-testid="history-diff">
          <h3 id="changes-title">Policy changed since {formatDateTime(previous.analyzedAt)}</h3>
          {diff.changes.length === 0 ? (
            <p className="muted">The text changed, but the findings are the same.</p>
          ) : (
            <>
              <p className="muted">
                {diff.added} added, {diff.removed} removed, {diff.changed} changed since the version analysed {formatDateTime(previous.analyzedAt)}.
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
          <h3 id="versions-title">Versions</h3>
          <ol>
            {versions.map((v, i) => (
              <li key={v.id} aria-current={v.id === card.id ? 'true' : undefined}>
                {v.id === card.id ? (
                  <strong>Analysed {formatDateTime(v.analyzedAt)} (shown)</strong>
                ) : (
                  <button type="button" className="link-button" onClick={() => onOpen(v.id)}>
                    Analysed {formatDateTime(v.analyzedAt)}
                  </button>
                )}
                {i === 0 && ' · latest'}
                {v.source.lastUpdated && ` · policy dated ${formatIsoDate(v.source.lastUpdated)}`} · {v.findings.length} findings
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
