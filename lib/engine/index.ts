/**
 * The Policy Lens engine: ExtractedPage → Card, segment text → findings.
 * Pure and deterministic: no browser, DOM, storage or node-only imports, so
 * the same code runs in the service worker, the popup, the CLI and tests.
 */
import type { Card, ExtractedPage, Finding } from '../schema';
import { aggregate } from './aggregate';
import { MAX_TITLE, capString } from './bounds';
import { matchUnits, type Hit } from './match';
import { policyScore } from './policy-score';
import { withoutAsides, withoutImplied } from './salience';
import { segment } from './segment';
import { serviceOf } from './service-name';
import { sha256Hex } from './sha256';
import type { Unit } from './types';

export { policyScore } from './policy-score';
export { sha256Hex } from './sha256';
export { segment } from './segment';

/** Recorded in every card; bump when rules or engine logic change results. */
export const ENGINE_VERSION = '2.0.0';

export interface SummarizeOptions {
  /** ISO date-time to stamp as analyzedAt (tests pass a fixed one). */
  analyzedAt?: string;
}

function normalizeName(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Drops hits that name the service itself as a recipient ("Amazon" in Amazon's policy). */
function withoutSelf(hits: Hit[], serviceName: string, domain: string): Hit[] {
  const own = new Set([normalizeName(serviceName), normalizeName(domain.split('.')[0] ?? '')].filter((x) => x.length > 1));
  return hits.filter((h) => !(h.section === 'sharing' && h.id === 'named' && h.detail && [...own].some((o) => normalizeName(h.detail!).startsWith(o))));
}

/** Pure: ExtractedPage → Card. No browser, DOM or storage access. */
export function summarize(page: ExtractedPage, options: SummarizeOptions = {}): Card {
  const begun = beginSummary(page);
  return endSummary(begun, matchUnits(begun.units), options);
}

/** What `summarize` knows before matching: the units to match, and what the card needs besides. */
export interface BegunSummary {
  page: ExtractedPage;
  title: string;
  textHash: string;
  service: Card['service'];
  units: Unit[];
}

/** The first half of `summarize` (also run by `summarizeAsync`, which matches the units in slices). */
export function beginSummary(page: ExtractedPage): BegunSummary {
  // the page chooses its title: capped before the card keeps it or a regex reads it (docs/bounds.md)
  const title = capString(page.title, MAX_TITLE);
  return { page, title, textHash: sha256Hex(page.text), service: serviceOf(page), units: segment(page) };
}

/** The second half of `summarize`: the card from the hits of `matchUnits(begun.units)`. */
export function endSummary({ page, title, textHash, service }: BegunSummary, unitHits: Hit[], options: SummarizeOptions = {}): Card {
  const text = page.text;
  const hits = withoutSelf(unitHits, service.name, service.domain);
  const findings = aggregate(hits, text);
  const lastUpdated =
    findings.find((f) => f.section === 'meta' && f.id === 'last_updated' && f.value)?.value ??
    findings.find((f) => f.section === 'meta' && f.id === 'effective' && f.value)?.value;
  return {
    id: sha256Hex(`${page.url}\n${textHash}`).slice(0, 24),
    service,
    source: {
      url: page.url,
      title,
      textLength: text.length,
      textHash,
      ...(lastUpdated ? { lastUpdated } : {}),
    },
    engineVersion: ENGINE_VERSION,
    analyzedAt: options.analyzedAt ?? new Date().toISOString(),
    policyScore: policyScore(text, findings, title),
    findings,
  };
}

/**
 * Pure: plain text (one segment) → the findings it is about, with offsets
 * into `text`. Unlike a card, a trailing aside about the user's rights in a
 * passage about other practices, and a practice only implied in a passage
 * about choices, are left out (see `salience.ts`).
 */
export function classify(text: string): Finding[] {
  const units = segment({ text, blocks: [] });
  return withoutAsides(aggregate(withoutImplied(matchUnits(units)), text), units);
}
