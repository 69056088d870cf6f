import { useLiveQuery } from 'dexie-react-hooks';
import { memo, startTransition, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Card } from '../../lib/schema';
import type { PolicyLensDb } from '../../lib/storage';
import { buildCompareMatrix, cellStatusText, differencesOnly, leadingSections, type CompareCell, type CompareRow, type KeyFactRow } from '../../lib/library/compare-matrix';
import type { Evidence } from '../../lib/schema';
import { splitEvidence } from '../../lib/present/evidence';
import { formatDateTime } from '../../lib/library/labels';
import { MIN_COMPARE } from '../../lib/library/route';
import { cachedCards, readCards } from './card-cache';
import { t } from '../../lib/present/i18n';

export interface CompareViewProps {
  db: PolicyLensDb;
  ids: string[];
  onBack: () => void;
  onRemove: (id: string) => void;
  onOpen: (id: string) => void;
}

/** A cell's quotes: supporting first, then those that read the other way under "The policy also says …". */
function QuotePopover({ quotes, label }: { quotes: readonly Evidence[]; label: string }) {
  const { supporting, contrary } = splitEvidence(quotes);
  return (
    <div className="quote-popover" role="region" aria-label={t('quotesFor', label)}>
      {supporting.map((q, i) => (
        <blockquote key={i}>{q.text}</blockquote>
      ))}
      {contrary.length > 0 && <p className="quotes-contrary-lead">{t('alsoSays')}</p>}
      {contrary.map((q, i) => (
        <blockquote key={`c${i}`} className="contrary">
          {q.text}
        </blockquote>
      ))}
    </div>
  );
}

function Cell({ cell, open, onToggle, label }: { cell: CompareCell; open: boolean; onToggle: () => void; label: string }) {
  const classes = ['cell', `status-${cell.status}`, `tone-${cell.tone}`, cell.mark ? `mark-${cell.mark}` : ''].join(' ');
  const summary = (
    <>
      <span className="cell-status">{cellStatusText(cell)}</span>
      {cell.mark && <span className={`mark mark-badge-${cell.mark}`}>{cell.mark === 'best' ? t('markBest') : t('markWorst')}</span>}
      {cell.values.map((v) => (
        <span key={v} className="cell-value">
          {v}
        </span>
      ))}
    </>
  );
  if (cell.quotes.length === 0) return <td className={classes}>{summary}</td>;
  return (
    <td className={classes}>
      <button
        type="button"
        className="cell-button"
        aria-expanded={open}
        // Hover shows the quote natively; click pins it open for reading and keyboard users.
        title={cell.quotes.map((q) => `“${q.text}”`).join('\n')}
        onClick={onToggle}
      >
        {summary}
        {/* The name is the visible text plus where it stands, so speech input and screen readers agree. */}
        <span className="visually-hidden">, {label}</span>
      </button>
      {open && <QuotePopover quotes={cell.quotes} label={label} />}
    </td>
  );
}

/** Memoized: a re-render with the same cards (the live read after a cached one) does not redo every cell. */
const Row = memo(function Row({ row, cards, openKey, setOpenKey }: { row: CompareRow; cards: Card[]; openKey: string | null; setOpenKey: (k: string | null) => void }) {
  return (
    <tr>
      <th scope="row" className="row-label">
        {row.label}
      </th>
      {row.cells.map((cell, i) => {
        const key = `${row.section}/${row.id}/${i}`;
        return (
          <Cell
            key={key}
            cell={cell}
            open={openKey === key}
            onToggle={() => setOpenKey(openKey === key ? null : key)}
            label={t('cellWhere', row.label, cards[i]?.service.name ?? '')}
          />
        );
      })}
    </tr>
  );
});

/** The eight key facts, one row each, the same grid that heads every card. */
function KeyFactsBody({ rows, cards, openKey, setOpenKey }: { rows: KeyFactRow[]; cards: Card[]; openKey: string | null; setOpenKey: (k: string | null) => void }) {
  return (
    <tbody className="key-facts-body" data-testid="compare-key-facts">
      <tr className="section-row">
        <th scope="colgroup" colSpan={cards.length + 1}>
          {t('keyFacts')}
        </th>
      </tr>
      {rows.map((row) => (
        <tr key={row.id} data-key-fact={row.id}>
          <th scope="row" className="row-label">
            {row.question}
          </th>
          {row.cells.map((fact, i) => {
            const key = `key/${row.id}/${i}`;
            const label = `${row.question} ${cards[i]?.service.name ?? ''}`;
            const classes = ['cell', 'key-cell', `tone-${fact.tone === 'caution' ? 'bad' : fact.tone}`, `answer-${fact.answer}`].join(' ');
            const answer = <span className="cell-status">{fact.text}</span>;
            if (fact.evidence.length === 0) return <td key={key} className={classes}>{answer}</td>;
            const open = openKey === key;
            return (
              <td key={key} className={classes}>
                <button type="button" className="cell-button" aria-expanded={open} onClick={() => setOpenKey(open ? null : key)}>
                  {answer}
                  <span className="visually-hidden">, {label}</span>
                </button>
                {open && <QuotePopover quotes={fact.evidence} label={label} />}
              </td>
            );
          })}
        </tr>
      ))}
    </tbody>
  );
}

const BADGES = { '\uE000': 'best', '\uE001': 'worst' } as const;

/** "Best and Worst mark each row's extremes…": the badges stand where the locale's sentence puts $1 and $2. */
function Legend() {
  const parts = t('compareLegend', '\uE000', '\uE001').split(/([\uE000\uE001])/);
  return (
    <p className="legend">
      {parts.map((part, i) => {
        const badge = BADGES[part as keyof typeof BADGES];
        if (!badge) return part;
        return (
          <span key={i} className={`mark mark-badge-${badge}`}>
            {badge === 'best' ? t('markBest') : t('markWorst')}
          </span>
        );
      })}
    </p>
  );
}

/**
 * The first frame after "Compare" draws at least as many rows as the
 * matrix's scroll box can show (a row is never shorter than one line of
 * text, about 30 px), in whole sections. The other sections follow once that
 * frame is painted (`usePainted`), so the first
 * paint does not wait for the whole table (most of it is out of view) and
 * nothing on screen changes when they arrive.
 */
const MIN_ROW_PX = 30;
/** What the matrix's scroll box leaves out of the window's height (`.matrix-scroll`'s max-height in library.css: 100vh - 9rem). */
const SCROLL_BOX_MARGIN_PX = 9 * 16;
/**
 * The window's height, read when this module loads and on resize: reading
 * `innerHeight` while rendering can make the browser lay out the page that
 * is being replaced (a few ms of every "Compare" click).
 */
let windowHeight = typeof window === 'undefined' ? 1000 : window.innerHeight;
if (typeof window !== 'undefined') window.addEventListener('resize', () => (windowHeight = window.innerHeight));
const firstFrameRows = () => Math.ceil(Math.max(windowHeight - SCROLL_BOX_MARGIN_PX, MIN_ROW_PX) / MIN_ROW_PX);

/**
 * False until the browser has painted once after `ready` turned true, then
 * true. The update is a transition: React renders what it brings (the rest
 * of the matrix, out of view) in slices that let the browser paint and
 * answer input between them, instead of one long task before the next frame.
 */
function usePainted(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs before the paint; a timeout set from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready]);
  return painted;
}

/**
 * Two to six policies side by side, one row per taxonomy id. Rows nobody
 * mentions are folded into one line per section so the matrix stays
 * readable; "Differences only" hides every row where all policies agree.
 */
export function CompareView({ db, ids, onBack, onRemove, onOpen }: CompareViewProps) {
  // Cards ticked in the list were read ahead (card-cache): draw them at once, then stay live.
  const key = ids.join(',');
  const cached = useMemo(() => cachedCards(ids), [key]);
  // True once the cards are there (at once when they were read ahead): the first paint of the matrix follows.
  const [drawn, setDrawn] = useState(cached !== undefined);
  const painted = usePainted(drawn);
  // The live read (a pack read and parse per card) waits for that paint. Before it, the cards come from
  // memory, or from the reads ahead still under way plus one read for the rest.
  const loaded = useLiveQuery(() => (painted ? db.cards.bulkGet(ids) : (cached ?? readCards(db, ids))), [db, key, painted], cached);
  useEffect(() => {
    if (loaded !== undefined) setDrawn(true);
  }, [loaded]);
  const [diffOnly, setDiffOnly] = useState(false);
  const [openKey, setOpenKey] = useState<string | null>(null);
  // The live read that follows a cached one usually finds the same cards: keep them, so the matrix is not rebuilt.
  // (Compared as JSON only then, so the first render, on the click, stringifies nothing.)
  const previous = useRef<Card[] | null>(null);
  const cards = useMemo(() => {
    const next = (loaded ?? []).filter((c): c is Card => c !== undefined);
    const before = previous.current;
    if (before && before.length === next.length && JSON.stringify(before) === JSON.stringify(next)) return before;
    previous.current = next;
    return next;
  }, [loaded]);
  const matrix = useMemo(() => buildCompareMatrix(cards), [cards]);
  const shown = useMemo(() => (diffOnly ? differencesOnly(matrix) : matrix), [matrix, diffOnly]);
  const sections = useMemo(
    () => (painted ? shown.sections : leadingSections(shown.sections, firstFrameRows() - shown.keyFacts.length)),
    [painted, shown],
  );

  useEffect(() => {
    const close = (e: KeyboardEvent) => e.key === 'Escape' && setOpenKey(null);
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, []);

  if (loaded === undefined) return <p className="loading">{t('loadingComparison')}</p>;
  const missing = ids.length - cards.length;

  return (
    <section className="compare-view" aria-labelledby="compare-title">
      <div className="view-head">
        <button type="button" className="button button-quiet" onClick={onBack}>
          {t('backToLibrary')}
        </button>
        <h2 id="compare-title">{t('compareTitle', cards.length)}</h2>
        <Legend />
        <label className="toggle">
          <input type="checkbox" checked={diffOnly} onChange={(e) => setDiffOnly(e.target.checked)} />
          {t('differencesOnly')}
        </label>
      </div>
      {missing > 0 && (
        <p className="notice-inline">
          {missing === 1 ? t('missingOne') : t('missingMany', missing)}
        </p>
      )}
      {cards.length < MIN_COMPARE ? (
        <p>{t('selectAtLeast', MIN_COMPARE)}</p>
      ) : (
        <div className="matrix-scroll">
          <table className="matrix" data-testid="compare-matrix" aria-busy={sections.length < shown.sections.length} style={{ '--columns': cards.length } as CSSProperties}>
            <colgroup>
              <col className="col-topic" />
              {cards.map((c) => (
                <col key={c.id} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className="corner">
                  {t('topic')}
                </th>
                {cards.map((c) => (
                  <th scope="col" key={c.id} className="service-head">
                    <button type="button" className="link-button service-name" onClick={() => onOpen(c.id)}>
                      {c.service.name}
                    </button>
                    <span className="service-domain">{c.service.domain}</span>
                    <span className="service-date">{t('analysedOn', formatDateTime(c.analyzedAt))}</span>
                    <button type="button" className="button button-small remove-button" aria-label={t('removeFromComparison', c.service.name)} onClick={() => onRemove(c.id)}>
                      {t('removeButton')}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            {shown.keyFacts.length > 0 && <KeyFactsBody rows={shown.keyFacts} cards={cards} openKey={openKey} setOpenKey={setOpenKey} />}
            {shown.sections.length === 0 && shown.keyFacts.length === 0 && (
              <tbody>
                <tr>
                  <td colSpan={cards.length + 1}>{t('sameOnEveryTopic')}</td>
                </tr>
              </tbody>
            )}
            {sections.map((section) => {
              const silent = section.rows.filter((r) => r.cells.every((c) => c.status === 'not-stated'));
              const stated = section.rows.filter((r) => !silent.includes(r));
              return (
                <tbody key={section.section}>
                  <tr className="section-row">
                    <th scope="colgroup" colSpan={cards.length + 1}>
                      {section.label}
                    </th>
                  </tr>
                  {stated.map((row) => (
                    <Row key={row.id} row={row} cards={cards} openKey={openKey} setOpenKey={setOpenKey} />
                  ))}
                  {silent.length > 0 && (
                    <tr className="silent-row">
                      <th scope="row" className="row-label">
                        {t('notStatedByAny')}
                      </th>
                      <td colSpan={cards.length}>{silent.map((r) => r.label).join(', ')}</td>
                    </tr>
                  )}
                </tbody>
              );
            })}
          </table>
        </div>
      )}
    </section>
  );
}
