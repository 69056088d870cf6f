import { liveQuery } from 'dexie';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PolicyLensDb } from '../../lib/storage';
import { latestPerUrl, type CardSummary } from '../../lib/library/summary';
import { loadNewest, readSignature, syncSummaries } from '../../lib/library/summary-sync';

export interface LibrarySummaries {
  /** Newest version of every URL. */
  latest: CardSummary[];
  /** Every stored version, by id. */
  all: ReadonlyMap<string, CardSummary>;
  versionCount: ReadonlyMap<string, number>;
  /** Cards in the table, known before they are all loaded. */
  total: number;
  /** True until every card has been summarized once. */
  loading: boolean;
}

/**
 * Keeps summaries of every card in memory, in step with IndexedDB: it
 * watches only the ids and analysis times (cheap), and loads just the cards
 * that are new or changed, newest first, rendering as chunks arrive. Writes
 * from the service worker or another tab show up live.
 */
export function useLibrarySummaries(db: PolicyLensDb): LibrarySummaries {
  const known = useRef(new Map<string, CardSummary>());
  const [revision, setRevision] = useState(0);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let cancelled = false;
    // First screen first: the newest cards (the default order) straight from the
    // index, before the signature of the whole table is even read.
    let running: Promise<void> = loadNewest(db, known.current, 60).then(
      () => {
        if (!cancelled && known.current.size > 0) setRevision((r) => r + 1);
      },
      () => undefined,
    );
    const subscription = liveQuery(() => readSignature(db)).subscribe({
      next: (signature) => {
        setTotal(signature.ids.length);
        // Queued behind the previous sync (or the first screen), so syncs never overlap.
        running = running.then(() =>
          syncSummaries(db, known.current, signature, () => !cancelled && setRevision((r) => r + 1), () => cancelled).then(
            () => {
              if (!cancelled) setLoading(false);
            },
          ),
        );
      },
      error: (e: unknown) => {
        console.error('library: cannot read cards', e);
        setLoading(false);
      },
    });
    return () => {
      cancelled = true;
      subscription.unsubscribe();
    };
  }, [db]);

  return useMemo(() => {
    const { latest, versionCount } = latestPerUrl(known.current.values());
    return { latest, all: new Map(known.current), versionCount, total, loading };
    // `revision` is the signal that `known` changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revision, total, loading]);
}
