import type { CardFlags } from '../card-facts/flags';
import { t } from '../present/i18n';

export type { CardFlags, LongestRetention, Stated } from '../card-facts/flags';
export { cardFlags, longestRetention } from '../card-facts/flags';

/** The flags the list can filter by. */
export const FLAG_FILTERS = ['sellsData', 'sharesWithAdvertisers', 'keepsIndefinitely', 'canDelete'] as const;
export type FlagFilter = (typeof FLAG_FILTERS)[number];

const FLAG_FILTER_KEYS = {
  sellsData: 'filterSellsData',
  sharesWithAdvertisers: 'filterSharesWithAdvertisers',
  keepsIndefinitely: 'filterKeepsIndefinitely',
  canDelete: 'filterCanDelete',
} as const satisfies Record<FlagFilter, string>;

/** A filter button's text ("Sells data"), from the locale file. */
export function flagFilterLabel(filter: FlagFilter): string {
  return t(FLAG_FILTER_KEYS[filter]);
}

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
