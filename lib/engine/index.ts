// STUB: the engine helper replaces this file. Signatures are the contract.
import type { Card, ExtractedPage, Finding } from '../schema';

/** Recorded in every card; bump when rules or engine logic change results. */
export const ENGINE_VERSION = '0.0.0-stub';

export interface SummarizeOptions {
  /** ISO date-time to stamp as analyzedAt (tests pass a fixed one). */
  analyzedAt?: string;
}

/** Pure: ExtractedPage → Card. No browser, DOM or storage access. */
export function summarize(page: ExtractedPage, options: SummarizeOptions = {}): Card {
  return {
    id: 'stub',
    service: { name: page.title || 'Unknown', domain: '' },
    source: { url: page.url, title: page.title, textLength: page.text.length, textHash: 'stub' },
    engineVersion: ENGINE_VERSION,
    analyzedAt: options.analyzedAt ?? new Date().toISOString(),
    policyScore: 0,
    findings: [],
  };
}

/** Pure: plain text (one segment) → findings with offsets into `text`. */
export function classify(text: string): Finding[] {
  void text;
  return [];
}
