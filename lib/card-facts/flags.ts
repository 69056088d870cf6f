import type { Card, Finding } from '../schema';
import { durationToDays } from './duration';

/** The longest retention a card states: a concrete period, "indefinite", or nothing said. */
export type LongestRetention =
  | { kind: 'period'; value: string; days: number }
  | { kind: 'indefinite' }
  | { kind: 'unknown' };

/**
 * What a policy says on one question: `yes` when any finding says so, an
 * explicit `no` only when it says so and never yes, `unknown` when silent.
 * Silence is not "no": the list shows it differently.
 */
export type Stated = 'yes' | 'no' | 'unknown';

/** The at-a-glance facts the library list shows for every card. */
export interface CardFlags {
  /** sharing/sale. */
  sellsData: Stated;
  /** sharing/advertisers. */
  sharesWithAdvertisers: Stated;
  /** rights/delete. */
  canDelete: Stated;
  longestRetention: LongestRetention;
}

function has(findings: readonly Finding[], section: string, id: string): boolean {
  return findings.some((f) => f.section === section && f.id === id && f.status === 'yes');
}

function stated(findings: readonly Finding[], section: string, id: string): Stated {
  let no = false;
  for (const f of findings) {
    if (f.section !== section || f.id !== id) continue;
    if (f.status === 'yes') return 'yes';
    no = true;
  }
  return no ? 'no' : 'unknown';
}

/**
 * The longest stated retention. "Indefinite" wins over any period, because a
 * policy that keeps something forever keeps it longer than any number.
 */
export function longestRetention(findings: readonly Finding[]): LongestRetention {
  if (has(findings, 'retention', 'indefinite')) return { kind: 'indefinite' };
  let best: { value: string; days: number } | undefined;
  for (const f of findings) {
    if (f.section !== 'retention' || f.id !== 'stated' || f.status !== 'yes' || !f.value) continue;
    const days = durationToDays(f.value);
    if (days === undefined) continue;
    if (!best || days > best.days) best = { value: f.value, days };
  }
  return best ? { kind: 'period', ...best } : { kind: 'unknown' };
}

/** Computes the list flags of one card. */
export function cardFlags(card: Pick<Card, 'findings'>): CardFlags {
  return {
    sellsData: stated(card.findings, 'sharing', 'sale'),
    sharesWithAdvertisers: stated(card.findings, 'sharing', 'advertisers'),
    canDelete: stated(card.findings, 'rights', 'delete'),
    longestRetention: longestRetention(card.findings),
  };
}
