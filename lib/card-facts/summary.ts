import type { Card } from '../schema';
import { cardFlags, type CardFlags } from './flags';

/**
 * What the library list needs of a card, without its findings: 10,000 of
 * these stay small in memory while the full cards stay in IndexedDB.
 */
export interface CardSummary {
  id: string;
  name: string;
  domain: string;
  url: string;
  textHash: string;
  analyzedAt: string;
  /** ISO date the policy says it was last updated, when stated. */
  lastUpdated?: string;
  flags: CardFlags;
  findingCount: number;
  /** Lower-cased "name domain url" so search does no work per keystroke but a substring test. */
  haystack: string;
}

/** Reduces a card to its list summary. */
export function summarizeCard(card: Card): CardSummary {
  return {
    id: card.id,
    name: card.service.name,
    domain: card.service.domain,
    url: card.source.url,
    textHash: card.source.textHash,
    analyzedAt: card.analyzedAt,
    lastUpdated: card.source.lastUpdated,
    flags: cardFlags(card),
    findingCount: card.findings.length,
    haystack: `${card.service.name}\n${card.service.domain}\n${card.source.url}`.toLowerCase(),
  };
}

/**
 * Keeps only the newest analysis of every URL (the library lists one card per
 * policy; older versions live in the card's history). Also returns how many
 * versions each URL has, so rows can say "3 versions".
 */
export function latestPerUrl(summaries: Iterable<CardSummary>): {
  latest: CardSummary[];
  versionCount: Map<string, number>;
} {
  const byUrl = new Map<string, CardSummary>();
  const versionCount = new Map<string, number>();
  for (const s of summaries) {
    versionCount.set(s.url, (versionCount.get(s.url) ?? 0) + 1);
    const known = byUrl.get(s.url);
    if (!known || s.analyzedAt > known.analyzedAt) byUrl.set(s.url, s);
  }
  return { latest: [...byUrl.values()], versionCount };
}
