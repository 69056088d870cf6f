import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { forgetDeleted, type PolicyLensDb } from '../../lib/storage';
import { importFile } from '../../lib/transfer/import-file';
import { parseRoute, routeSearch, type Route } from '../../lib/library/route';
import type { CardSummary } from '../../lib/library/summary';
import { clearCardCache, prefetchCards } from './card-cache';
import { CardDetail } from './card-detail';
import { CompareView } from './compare-view';
import { cardWorkers, checkInWorkers, readImportInWorkers } from '../../lib/transfer/worker-pool';
import { exportCards } from './export-cards';
import { LibraryList } from './library-list';
import { NoticeBar, type Notice } from './notice-bar';
import { useLibrarySummaries } from './use-library-summaries';
import { useSelection } from './use-selection';
import { deleteWithUndo, openingNotice } from './undoable-delete';
import { errorMessage } from '../../lib/errors/error-message';
import { t } from '../../lib/present/i18n';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/** The library page: routes between list, comparison and card detail, and owns import, export and delete. */
export function LibraryApp({ db }: { db: PolicyLensDb }) {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.search));
  const library = useLibrarySummaries(db);
  const [selection, setSelection] = useSelection();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const dragDepth = useRef(0);

  useEffect(() => {
    const onPop = () => setRoute(parseRoute(location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // Start the export/import workers once the list is on screen (when the page is idle), so the first
  // export or import does not wait for them and they do not slow the first render.
  useEffect(() => {
    if (library.loading) return;
    const start = () => void cardWorkers();
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(start, { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(start, 500);
    return () => clearTimeout(handle);
  }, [library.loading]);

  // Any write changes the summaries: forget cards read ahead, then read the ticked ones again.
  useEffect(() => clearCardCache(), [library.all]);
  useEffect(() => {
    if (!library.loading) prefetchCards(db, selection);
  }, [db, selection, library.all, library.loading]);

  const navigate = useCallback((next: Route, replace = false) => {
    const url = `${location.pathname}${routeSearch(next)}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    setRoute(next);
    window.scrollTo(0, 0);
  }, []);

  const runImport = async (file: File) => {
    setNotice({ kind: 'busy', message: t('importing', file.name) });
    const result = await importFile(db, file, { check: checkInWorkers, readInWorkers: () => readImportInWorkers(file) });
    setNotice(
      result.ok
        ? { kind: 'info', message: result.message }
        : { kind: 'error', message: t('importFailed', file.name, result.error) },
    );
  };

  const runExport = async (cards: CardSummary[] | 'all') => {
    setNotice({ kind: 'busy', message: t('preparingExport') });
    try {
      const urls = cards === 'all' ? undefined : [...new Set(cards.map((c) => c.url))];
      const n = await exportCards(db, urls);
      setNotice({ kind: 'info', message: n === 1 ? t('exportedOne') : t('exportedMany', n) });
    } catch (e) {
      setNotice({ kind: 'error', message: errorMessage(e) });
    }
  };

  const removeCards = (ids: string[], label: string) => deleteWithUndo(db, ids, label, setNotice);

  // What opening has to say (cards set aside by an upgrade, deletes that can still be undone).
  useEffect(() => {
    void openingNotice(db, setNotice).then((n) => n && setNotice((current) => current ?? n));
  }, [db]);

  // A delete's cards wait in the trash while its Undo is offered; once that notice goes, empty it.
  const offered = useRef<number[]>([]);
  useEffect(() => {
    const keep = new Set(notice?.trash ?? []);
    for (const id of offered.current) if (!keep.has(id)) void forgetDeleted(db, id).catch(() => undefined);
    offered.current = [...keep];
  }, [db, notice]);

  // Deleting a row deletes the policy: every stored version of its URL.
  const deletePolicies = (rows: CardSummary[]) => {
    const urls = new Set(rows.map((r) => r.url));
    const ids = [...library.all.values()].filter((s) => urls.has(s.url)).map((s) => s.id);
    const label = rows.length === 1 ? rows[0]!.name : t('policiesMany', rows.length);
    const next = new Set(selection);
    for (const r of rows) next.delete(r.id);
    setSelection(next);
    void removeCards(ids, label);
  };

  const onDragEnter = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    dragDepth.current++;
    setDragging(true);
  };
  const onDragLeave = () => {
    dragDepth.current = Math.max(0, dragDepth.current - 1);
    if (dragDepth.current === 0) setDragging(false);
  };
  const onDragOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    dragDepth.current = 0;
    setDragging(false);
    const files = Array.from(e.dataTransfer.files);
    const file = files[0];
    if (files.length > 1) setNotice({ kind: 'error', message: t('dropOneFile') });
    else if (file) void runImport(file);
  };

  return (
    <div className="app" onDragEnter={onDragEnter} onDragLeave={onDragLeave} onDragOver={onDragOver} onDrop={onDrop}>
      <header className="app-head">
        <h1>
          <button type="button" className="link-button brand" onClick={() => navigate({ view: 'list' })}>
            {t('libraryBrand')} <span>{t('libraryBrandSub')}</span>
          </button>
        </h1>
        <div className="actions">
          <button type="button" className="button" onClick={() => fileInput.current?.click()}>
            {t('importButton')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            aria-label={t('importInputLabel')}
            data-testid="import-input"
            tabIndex={-1}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void runImport(file);
            }}
          />
          <button type="button" className="button" disabled={library.total === 0} onClick={() => void runExport('all')}>
            {t('exportAll')}
          </button>
        </div>
      </header>
      <NoticeBar notice={notice} onClose={() => setNotice(null)} />
      <main className="app-main">
        {route.view === 'list' && (
          <LibraryList
            library={library}
            selection={selection}
            onSelectionChange={setSelection}
            onOpen={(id) => navigate({ view: 'card', id })}
            onCompare={(ids) => navigate({ view: 'compare', ids })}
            onDelete={deletePolicies}
            onExport={(cards) => void runExport(cards)}
          />
        )}
        {route.view === 'compare' && (
          <CompareView
            db={db}
            ids={route.ids}
            onBack={() => navigate({ view: 'list' })}
            onOpen={(id) => navigate({ view: 'card', id })}
            onRemove={(id) => {
              const ids = route.ids.filter((x) => x !== id);
              const next = new Set(selection);
              next.delete(id);
              setSelection(next);
              navigate(ids.length ? { view: 'compare', ids } : { view: 'list' }, true);
            }}
          />
        )}
        {route.view === 'card' && (
          <CardDetail
            db={db}
            id={route.id}
            onBack={() => navigate({ view: 'list' })}
            onOpen={(id) => navigate({ view: 'card', id }, true)}
            onDelete={(cards, label) => {
              void removeCards(
                cards.map((c) => c.id),
                label,
              );
            }}
          />
        )}
      </main>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('dropHint')}</p>
        </div>
      )}
    </div>
  );
}
