import { useDeferredValue, useMemo, useState } from 'react';
import { FLAG_FILTERS, flagFilterLabel, type FlagFilter } from '../../lib/library/flags';
import { formatDateTime, formatIsoDate } from '../../lib/library/labels';
import { MAX_COMPARE, MIN_COMPARE } from '../../lib/library/route';
import { filterSummaries, sortSummaries, sortLabel, SORT_KEYS, type SortKey } from '../../lib/library/search';
import { t } from '../../lib/present/i18n';
import { answerText } from '../../lib/present/taxonomy-text';
import type { CardSummary } from '../../lib/library/summary';
import { RetentionBadge, StatedBadge } from './flag-cells';
import type { LibrarySummaries } from './use-library-summaries';
import { useWindow } from './use-window';

const ROW_HEIGHT = 56;

export interface LibraryListProps {
  library: LibrarySummaries;
  selection: ReadonlySet<string>;
  onSelectionChange: (next: ReadonlySet<string>) => void;
  onOpen: (id: string) => void;
  onCompare: (ids: string[]) => void;
  onDelete: (cards: CardSummary[]) => void;
  onExport: (cards: CardSummary[] | 'all') => void;
}

const policies = (n: number) => (n === 1 ? t('policiesOne') : t('policiesMany', n.toLocaleString('en')));

/** The library's main view: search, sort, filter, select, and a windowed list of every policy. */
export function LibraryList({ library, selection, onSelectionChange, onOpen, onCompare, onDelete, onExport }: LibraryListProps) {
  const [text, setText] = useState('');
  const [sort, setSort] = useState<SortKey>('analyzed-desc');
  const [flags, setFlags] = useState<FlagFilter[]>([]);
  // Typing stays responsive even if filtering ever takes longer than a frame.
  const deferredText = useDeferredValue(text);

  const sorted = useMemo(() => sortSummaries(library.latest, sort), [library.latest, sort]);
  const shown = useMemo(() => filterSummaries(sorted, { text: deferredText, flags }), [sorted, deferredText, flags]);
  const byId = useMemo(() => new Map(library.latest.map((s) => [s.id, s])), [library.latest]);
  // Ticked ids whose card was deleted meanwhile are ignored, not shown as selected.
  const selected = useMemo(() => [...selection].map((id) => byId.get(id)).filter((s): s is CardSummary => !!s), [selection, byId]);
  const { ref, first, last, totalHeight } = useWindow(shown.length, ROW_HEIGHT);

  const toggle = (id: string, on: boolean) => {
    const next = new Set(selection);
    if (on) next.add(id);
    else next.delete(id);
    onSelectionChange(next);
  };
  const allShownSelected = shown.length > 0 && shown.every((s) => selection.has(s.id));
  const toggleAllShown = (on: boolean) => {
    const next = new Set(selection);
    for (const s of shown) {
      if (on) next.add(s.id);
      else next.delete(s.id);
    }
    onSelectionChange(next);
  };
  const toggleFlag = (f: FlagFilter) => setFlags((fs) => (fs.includes(f) ? fs.filter((x) => x !== f) : [...fs, f]));

  const canCompare = selected.length >= MIN_COMPARE && selected.length <= MAX_COMPARE;
  const compareHint =
    selected.length < MIN_COMPARE ? t('compareSelectRange', MIN_COMPARE, MAX_COMPARE) : selected.length > MAX_COMPARE ? t('compareAtMost', MAX_COMPARE) : '';

  if (!library.loading && library.total === 0) {
    return (
      <section className="empty" aria-labelledby="empty-title">
        <h2 id="empty-title">{t('libraryEmpty')}</h2>
        <p>{t('libraryEmptyHow')}</p>
        <p>{t('libraryEmptyImport')}</p>
      </section>
    );
  }

  return (
    <section className="list-view" aria-label={t('savedPolicies')}>
      <div className="toolbar" role="search">
        <input
          type="search"
          className="input search"
          placeholder={t('searchPlaceholder')}
          aria-label={t('searchPlaceholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <label className="field">
          <span>{t('sortBy')}</span>
          <select className="input" value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            {SORT_KEYS.map((k) => (
              <option key={k} value={k}>
                {sortLabel(k)}
              </option>
            ))}
          </select>
        </label>
        <div className="chips" role="group" aria-label={t('filterGroup')}>
          {FLAG_FILTERS.map((f) => (
            <button key={f} type="button" className="chip" aria-pressed={flags.includes(f)} onClick={() => toggleFlag(f)}>
              {flagFilterLabel(f)}
            </button>
          ))}
        </div>
      </div>

      <div className="selection-bar">
        {/* data-query: the search the shown rows answer (deferred), so a test or the benchmark knows the list is current even when the count did not change. */}
        <p className="result-count" data-testid="result-count" data-query={deferredText}>
          {library.loading
            ? t('loadingSoFar', policies(library.latest.length))
            : shown.length === library.latest.length
              ? policies(shown.length)
              : t('countOf', policies(shown.length), library.latest.length.toLocaleString('en'))}
          {selected.length > 0 && ` · ${t('selectedCount', selected.length.toLocaleString('en'))}`}
        </p>
        <div className="actions">
          <button type="button" className="button button-primary" aria-keyshortcuts="C" disabled={!canCompare} title={compareHint || t('compareShortcut')} onClick={() => onCompare(selected.map((s) => s.id))}>
            {selected.length ? t('compareButtonCount', selected.length) : t('compareButton')}
          </button>
          <button type="button" className="button" disabled={selected.length === 0} onClick={() => onExport(selected)}>
            {t('exportSelected')}
          </button>
          <button type="button" className="button button-danger" disabled={selected.length === 0} onClick={() => onDelete(selected)}>
            {t('deleteSelected')}
          </button>
          <button type="button" className="button button-quiet" disabled={selection.size === 0} onClick={() => onSelectionChange(new Set())}>
            {t('clearSelection')}
          </button>
        </div>
      </div>

      <div
        ref={ref}
        className="list-viewport"
        tabIndex={0}
        aria-label={t('policiesScrollable')}
        // C compares from any row: after ticking a checkbox deep in the list, the Compare button is one key away, not dozens of Shift+Tabs.
        onKeyDown={(e) => {
          if (e.key.toLowerCase() === 'c' && !e.altKey && !e.ctrlKey && !e.metaKey && canCompare) {
            e.preventDefault();
            onCompare(selected.map((s) => s.id));
          }
        }}
      >
        <div role="table" aria-label={t('savedPolicies')} aria-rowcount={shown.length + 1} className="list-table">
          <div role="row" aria-rowindex={1} className="list-row list-head">
            <span role="columnheader" className="col-select">
              <input type="checkbox" aria-label={t('selectAllShown')} checked={allShownSelected} onChange={(e) => toggleAllShown(e.target.checked)} />
            </span>
            <span role="columnheader">{t('colService')}</span>
            <span role="columnheader">{t('colAnalysed')}</span>
            <span role="columnheader">{t('colPolicyUpdated')}</span>
            <span role="columnheader">{t('colSellsData')}</span>
            <span role="columnheader">{t('colSharesWithAdvertisers')}</span>
            <span role="columnheader">{t('colLongestRetention')}</span>
            <span role="columnheader">{t('colCanDelete')}</span>
            <span role="columnheader" className="visually-hidden">
              {t('colActions')}
            </span>
          </div>
          <div role="rowgroup" className="list-body" style={{ height: totalHeight }}>
            {shown.slice(first, last).map((s, i) => {
              const index = first + i;
              const versions = library.versionCount.get(s.url) ?? 1;
              return (
                <div role="row" aria-rowindex={index + 2} key={s.id} className="list-row" data-testid="card-row" style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }}>
                  <span role="cell" className="col-select">
                    <input type="checkbox" aria-label={t('selectPolicy', s.name)} checked={selection.has(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
                  </span>
                  <span role="cell" className="col-service">
                    <button type="button" className="link-button service-name" onClick={() => onOpen(s.id)}>
                      {s.name}
                    </button>
                    <span className="service-domain">
                      {s.domain || s.url}
                      {versions > 1 && <span className="versions"> · {t('versionsCount', versions)}</span>}
                    </span>
                  </span>
                  <span role="cell">{formatDateTime(s.analyzedAt)}</span>
                  <span role="cell">{s.lastUpdated ? formatIsoDate(s.lastUpdated) : <span className="muted">{answerText('not-stated')}</span>}</span>
                  <span role="cell">
                    <StatedBadge value={s.flags.sellsData} riskyWhenYes />
                  </span>
                  <span role="cell">
                    <StatedBadge value={s.flags.sharesWithAdvertisers} riskyWhenYes />
                  </span>
                  <span role="cell">
                    <RetentionBadge value={s.flags.longestRetention} />
                  </span>
                  <span role="cell">
                    <StatedBadge value={s.flags.canDelete} riskyWhenYes={false} />
                  </span>
                  <span role="cell" className="col-actions">
                    <button type="button" className="button button-quiet button-small" aria-label={t('deletePolicyNamed', s.name)} onClick={() => onDelete([s])}>
                      {t('deleteButton')}
                    </button>
                  </span>
                </div>
              );
            })}
          </div>
        </div>
        {shown.length === 0 && library.latest.length > 0 && <p className="no-results">{t('noResults')}</p>}
      </div>
    </section>
  );
}
