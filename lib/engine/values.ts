/** Picks the typed value for a rule hit from its sentence. */
import type { ValueKind } from '../rules/types';
import { parseAge } from './values/ages';
import { findDate } from './values/dates';
import { findDurations } from './values/durations';
import { parseEmail, parseUrl } from './values/emails';
import { parseRegions, parseResidency } from './values/regions';

/**
 * Value of `kind` for a hit at sentence[start, end). Durations and dates are
 * taken nearest the hit (inside it first, then after it, then anywhere in the
 * sentence) because one sentence can carry several.
 */
export function valueFor(kind: ValueKind | undefined, sentence: string, start: number, end: number): string | undefined {
  switch (kind) {
    case undefined:
      return undefined;
    case 'duration': {
      const ds = findDurations(sentence);
      const inside = ds.find((d) => d.start >= start && d.start < end);
      const after = ds.find((d) => d.start >= end);
      return (inside ?? after ?? ds[0])?.iso;
    }
    case 'age':
      return parseAge(sentence.slice(start)) ?? parseAge(sentence);
    case 'email':
      return parseEmail(sentence.slice(start)) ?? parseEmail(sentence);
    case 'contact':
      return parseEmail(sentence) ?? parseUrl(sentence);
    case 'date': {
      const d = findDate(sentence.slice(start, Math.min(sentence.length, end + 60)));
      return d?.iso;
    }
    case 'regions':
      return parseRegions(sentence);
    case 'residency':
      return parseResidency(sentence);
  }
}
