import { liveQuery } from 'dexie';
import { useEffect, useMemo, useState } from 'react';
import { listSummaries, type PolicyLensDb } from '../../lib/storage';
import { latestPerUrl, type CardSummary } from '../../lib/library/summary';

export interface LibrarySummaries {
  /** Newest version of every URL. */
  latest: CardSummary[];
  /** Every stored version, by id. */
  all: ReadonlyMap<string, CardSummary>;
  versionCount: ReadonlyMap<string, number>;
  /** Cards in the table. */
  total: number;
  /** True until the summaries have been read once. */
  loading: boolean;
}

/**
 * Summaries of every card, in step with IndexedDB: they are stored beside
 * the cards (one small row each), so the whole list is one read, and
 * `liveQuery` reads it again after any write (from the service worker, an
 * import or another tab).
 */
export function useLibrarySummaries(db: PolicyLensDb): LibrarySummaries {
  const [summaries, setSummaries] = useState<CardSummary[] | undefined>(undefined);

  useEffect(() => {
    const subscription = liveQuery(() => listSummaries(db)).subscribe({
      next: setSummaries,
      error: (e: unknown) => {
        console.error('library: cannot read cards', e);
        setSummaries((s) => s ?? []);
      },
    });
    return () => subscription.unsubscribe();
  }, [db]);

  return useMemo(() => {
    const list = summaries ?? [];
    const { latest, versionCount } = latestPerUrl(list);
    return { latest, all: new Map(list.map((s) => [s.id, s])), versionCount, total: list.length, loading: summaries === undefined };
  }, [summaries]);
}
