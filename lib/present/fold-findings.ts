import type { Finding } from '../schema';
import { formatFindingValue } from './format-value';
import { t } from './i18n';

/** Names shown in a folded line before "…"; the rest are one click away. */
const NAMES_SHOWN = 3;

/** A line of the card: one finding, or several of one kind folded into one line that opens. */
export type CardItem =
  | { kind: 'finding'; finding: Finding }
  | { kind: 'fold'; fold: 'named' | 'transfers'; label: string; findings: Finding[] };

function nameList(names: readonly string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  return names.length > NAMES_SHOWN ? `${shown}, …` : shown;
}

function distinct(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined && v !== ''))];
}

const isNamedYes = (f: Finding) => f.section === 'sharing' && f.id === 'named' && f.status === 'yes' && f.detail !== undefined;
const isTransferYes = (f: Finding) => f.section === 'international' && f.id === 'transfers' && f.status === 'yes';

/**
 * Folds repeats that would otherwise fill a screen: two or more named
 * recipients become "Shares with 12 named companies: Google, Facebook, …",
 * transfers to two or more places "Moves data to 5 places: …". The fold
 * stands where its first finding stood; everything else passes through in
 * order. Denials ("Does not share with X") are never folded: each is news.
 */
export function foldFindings(findings: readonly Finding[]): CardItem[] {
  const named = findings.filter(isNamedYes);
  const transfers = findings.filter(isTransferYes);
  const places = distinct(transfers.map((f) => formatFindingValue(f)));
  const folds = new Map<Finding, CardItem>();
  if (named.length >= 2) {
    const names = distinct(named.map((f) => f.detail));
    folds.set(named[0]!, {
      kind: 'fold',
      fold: 'named',
      label: t('foldNamed', names.length, nameList(names)),
      findings: named,
    });
  }
  if (places.length >= 2) {
    folds.set(transfers[0]!, {
      kind: 'fold',
      fold: 'transfers',
      label: t('foldTransfers', places.length, nameList(places)),
      findings: transfers,
    });
  }
  const folded = new Set<Finding>([...(folds.has(named[0]!) ? named : []), ...(folds.has(transfers[0]!) ? transfers : [])]);
  return findings.flatMap((finding): CardItem[] => {
    const fold = folds.get(finding);
    if (fold) return [fold];
    if (folded.has(finding)) return [];
    return [{ kind: 'finding', finding }];
  });
}
