import type { Section } from '../schema';

/**
 * How to judge a taxonomy id when comparing policies:
 * - `risky`: a practice you would rather not see; an explicit `no` is best.
 * - `protective`: a right or safeguard; `yes` is best.
 * - `shorter` / `longer`: judged by the duration in `value` (shortest
 *   retention is best; longest advance notice is best).
 * - `neutral`: informational; nothing is better or worse.
 */
export type Polarity = 'risky' | 'protective' | 'shorter' | 'longer' | 'neutral';

const OVERRIDES: Partial<Record<Section, Record<string, Polarity>>> = {
  sharing: { named: 'neutral', legal: 'neutral', with_consent: 'neutral' },
  retention: {
    stated: 'shorter',
    after_closure: 'shorter',
    limited: 'protective',
    indefinite: 'risky',
    anonymized: 'protective',
  },
  rights: { contact: 'neutral', response_time: 'shorter' },
  children: { min_age: 'neutral', coppa: 'protective' },
  international: { transfers: 'neutral', storage_location: 'neutral', safeguards: 'protective' },
  cookies: {
    essential: 'neutral',
    analytics: 'risky',
    advertising: 'risky',
    third_party: 'risky',
    dnt: 'protective',
  },
  changes: { notice: 'protective', advance_notice: 'longer' },
};

const BY_SECTION: Record<Section, Polarity> = {
  collected: 'risky',
  sharing: 'risky',
  retention: 'neutral',
  rights: 'protective',
  security: 'protective',
  children: 'neutral',
  international: 'neutral',
  cookies: 'neutral',
  changes: 'neutral',
  ai: 'risky',
  meta: 'neutral',
};

/** The polarity of one taxonomy id. */
export function polarityOf(section: Section, id: string): Polarity {
  return OVERRIDES[section]?.[id] ?? BY_SECTION[section];
}
