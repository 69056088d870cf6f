import { useCallback, useEffect, useState } from 'react';

const KEY = 'policy-lens.library.selection';

function load(): Set<string> {
  try {
    const raw = sessionStorage.getItem(KEY);
    const ids: unknown = raw ? JSON.parse(raw) : [];
    return new Set(Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

/** The ids ticked in the list; kept in sessionStorage so a reload keeps them. */
export function useSelection(): [ReadonlySet<string>, (next: ReadonlySet<string>) => void] {
  const [selection, setSelection] = useState<ReadonlySet<string>>(load);
  useEffect(() => {
    try {
      sessionStorage.setItem(KEY, JSON.stringify([...selection]));
    } catch {
      // Storage full or disabled: the selection just won't survive a reload.
    }
  }, [selection]);
  const set = useCallback((next: ReadonlySet<string>) => setSelection(new Set(next)), []);
  return [selection, set];
}
