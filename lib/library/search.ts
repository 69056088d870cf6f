import type { CardSummary } from '../card-facts/summary';
import { matchesFlag, type FlagFilter } from './flags';
import { t } from '../present/i18n';

export const SORT_KEYS = ['analyzed-desc', 'analyzed-asc', 'name', 'updated-desc'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const SORT_LABEL_KEYS = {
  'analyzed-desc': 'sortAnalyzedDesc',
  'analyzed-asc': 'sortAnalyzedAsc',
  name: 'sortName',
  'updated-desc': 'sortUpdatedDesc',
} as const satisfies Record<SortKey, string>;

/** A sort order's name in the menu, from the locale file. */
export function sortLabel(key: SortKey): string {
  return t(SORT_LABEL_KEYS[key]);
}

export interface LibraryQuery {
  /** Free text matched against service name, domain and URL (case-insensitive, every word must match). */
  text: string;
  sort: SortKey;
  /** Every listed flag must hold. */
  flags: readonly FlagFilter[];
}

export const DEFAULT_QUERY: LibraryQuery = { text: '', sort: 'analyzed-desc', flags: [] };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compare(sort: SortKey): (a: CardSummary, b: CardSummary) => number {
  // Ties fall back to the id so the order is stable across renders.
  const tie = (a: CardSummary, b: CardSummary) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  switch (sort) {
    case 'name':
      return (a, b) => collator.compare(a.name, b.name) || collator.compare(a.domain, b.domain) || tie(a, b);
    case 'analyzed-asc':
      return (a, b) => (a.analyzedAt < b.analyzedAt ? -1 : a.analyzedAt > b.analyzedAt ? 1 : tie(a, b));
    case 'analyzed-desc':
      return (a, b) => (a.analyzedAt > b.analyzedAt ? -1 : a.analyzedAt < b.analyzedAt ? 1 : tie(a, b));
    case 'updated-desc':
      // Policies that state no date go last: "unknown" is not "recent".
      return (a, b) => {
        const x = a.lastUpdated ?? '';
        const y = b.lastUpdated ?? '';
        return x > y ? -1 : x < y ? 1 : tie(a, b);
      };
  }
}

/** Sorts summaries into a new array. Done once per sort order, not per keystroke. */
export function sortSummaries(summaries: readonly CardSummary[], sort: SortKey): CardSummary[] {
  return [...summaries].sort(compare(sort));
}

/**
 * Keeps the summaries that match the text and every flag, in their given
 * order (so a pre-sorted list stays sorted and a keystroke costs one pass).
 */
export function filterSummaries(
  sorted: readonly CardSummary[],
  query: Pick<LibraryQuery, 'text' | 'flags'>,
): CardSummary[] {
  const words = query.text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 && query.flags.length === 0) return [...sorted];
  return sorted.filter(
    (s) => words.every((w) => s.haystack.includes(w)) && query.flags.every((f) => matchesFlag(s.flags, f)),
  );
}

/** Filters and sorts summaries; returns a new array and leaves the input alone. */
export function queryLibrary(summaries: readonly CardSummary[], query: LibraryQuery): CardSummary[] {
  return filterSummaries(sortSummaries(summaries, query.sort), query);
}
