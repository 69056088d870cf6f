/**
 * The engine run in slices, for the extension's background: one analysis
 * must not hold the event loop while another tab's waits. Chrome's MV3
 * service worker cannot start a dedicated Worker, so the isolation is
 * cooperative: `summarizeAsync` gives the event loop back between units, and
 * two analyses in flight interleave, so a short one finishes close to its own
 * time. Pure like the rest of the engine: how to yield and when a slice is
 * over come in as `Pace` (the background passes a MessageChannel yield and a
 * clock budget; see lib/analysis/pace.ts). The CLI and tests keep `summarize`;
 * both give the same card (tests/engine/summarize-async.test.ts).
 */
import type { Card, ExtractedPage } from '../schema';
import { beginSummary, endSummary, type SummarizeOptions } from './index';
import { matchUnits, withPrevious, type Hit } from './match';

/** When and how an async run gives the event loop back. */
export interface Pace {
  /** Resolves after other waiting tasks (another tab's message) had their turn. */
  yieldNow(): Promise<void>;
  /** Whether the slice since the last yield is long enough to yield now; without it, every unit yields. */
  due?(): boolean;
}

/**
 * `summarize`, yielding through `pace` after segmenting, between units and
 * before the card is assembled. Each unit's matching is bounded (units are
 * capped, docs/bounds.md), so no slice runs long, whatever the page.
 */
export async function summarizeAsync(page: ExtractedPage, options: SummarizeOptions, pace: Pace): Promise<Card> {
  // Awaited only when a slice is over: no promise per unit (a 1.5 M-character page has ~25k units).
  const due = () => !pace.due || pace.due();
  const begun = beginSummary(page);
  if (due()) await pace.yieldNow();
  // `matchUnits` links each unit to the one before it (`previous`); linked here once, a unit keeps its link
  // when matched alone, so the hits of unit-by-unit calls are the hits of one call (the same card).
  const units = withPrevious(begun.units);
  const hits: Hit[] = [];
  for (const unit of units) {
    for (const hit of matchUnits([unit])) hits.push(hit);
    if (due()) await pace.yieldNow();
  }
  return endSummary(begun, hits, options);
}
