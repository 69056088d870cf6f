import type { CardFlags } from '../card-facts/flags';

export type { CardFlags, LongestRetention, Stated } from '../card-facts/flags';
export { cardFlags, longestRetention } from '../card-facts/flags';

/** The flags the list can filter by. */
export const FLAG_FILTERS = ['sellsData', 'sharesWithAdvertisers', 'keepsIndefinitely', 'canDelete'] as const;
export type FlagFilter = (typeof FLAG_FILTERS)[number];

export const FLAG_FILTER_LABELS: Record<FlagFilter, string> = {
  sellsData: 'Sells data',
  sharesWithAdvertisers: 'Shares with advertisers',
  keepsIndefinitely: 'Keeps data indefinitely',
  canDelete: 'Can delete',
};

/** True when a card's flags satisfy one filter. */
export function matchesFlag(flags: CardFlags, filter: FlagFilter): boolean {
  switch (filter) {
    case 'sellsData':
      return flags.sellsData === 'yes';
    case 'sharesWithAdvertisers':
      return flags.sharesWithAdvertisers === 'yes';
    case 'keepsIndefinitely':
      return flags.longestRetention.kind === 'indefinite';
    case 'canDelete':
      return flags.canDelete === 'yes';
  }
}
