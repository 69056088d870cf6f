import type { Card, Evidence, Finding } from '../schema';

/**
 * A size cap per stored card. A page of 1.5 M characters once made a 3.1 MB
 * card with 27,197 quotes, and 240 such cards froze the library for
 * seconds. The cap is applied where a card is saved (the engine still sees
 * and judges every sentence): past it, each finding keeps its first quotes
 * (in text order) and the rest are counted, never cut mid-quote, so every
 * kept quote still equals its offsets' text.
 */

/** Most quotes one finding keeps: a finding is shown with its first few; 20 is more than any card shows. */
export const MAX_QUOTES_PER_FINDING = 20;

/**
 * Most characters of one card as JSON. A card from a typical policy is
 * ~11 k characters; 250 k still holds a very long policy's every finding
 * with several quotes each. Past it, findings keep fewer quotes (never
 * fewer than one: every finding quotes the sentence it stands on).
 */
export const MAX_CARD_CHARS = 250_000;

/** What capping did to a card: the card as stored, and how many quotes it no longer holds. */
export interface CappedCard {
  card: Card;
  /** Quotes not kept, over the whole card (0 when the card was under the cap). */
  omittedQuotes: number;
}

/** A finding's quotes cut to the first `keep` (contrary quotes too), keeping one that supports the finding. */
function firstQuotes(f: Finding, keep: number): Evidence[] {
  if (f.evidence.length <= keep) return f.evidence;
  const kept = f.evidence.slice(0, keep);
  // The schema wants a supporting quote: if the first `keep` were all contrary, the first supporting one replaces the last.
  if (kept.every((e) => e.contrary)) kept[keep - 1] = f.evidence.find((e) => !e.contrary) ?? kept[keep - 1]!;
  return kept;
}

/** Characters the card's JSON takes, counting quotes as they would be written. */
function jsonLength(card: Card, quotes: ReadonlyArray<readonly Evidence[]>): number {
  const rest = JSON.stringify({ ...card, findings: card.findings.map((f) => ({ ...f, evidence: [] })) }).length;
  return rest + quotes.reduce((n, list) => n + list.reduce((m, e) => m + JSON.stringify(e).length + 1, 0), 0);
}

/**
 * The card within the caps: at most `MAX_QUOTES_PER_FINDING` quotes per
 * finding, then, while the card is over `MAX_CARD_CHARS`, fewer quotes per
 * finding (halving the allowance, down to one). A card within both caps is
 * returned as it is (the same object).
 */
export function capCard(card: Card, maxQuotes = MAX_QUOTES_PER_FINDING, maxChars = MAX_CARD_CHARS): CappedCard {
  const total = card.findings.reduce((n, f) => n + f.evidence.length, 0);
  let keep = maxQuotes;
  let quotes = card.findings.map((f) => firstQuotes(f, keep));
  while (keep > 1 && jsonLength(card, quotes) > maxChars) {
    keep = Math.max(1, Math.floor(keep / 2));
    quotes = card.findings.map((f) => firstQuotes(f, keep));
  }
  const kept = quotes.reduce((n, q) => n + q.length, 0);
  if (kept === total) return { card, omittedQuotes: 0 };
  // each finding says how many of its quotes were not kept, so the card can tell the reader
  const findings = card.findings.map((f, i) => {
    const dropped = f.evidence.length - quotes[i]!.length;
    return dropped > 0 ? { ...f, evidence: quotes[i]!, omittedEvidence: (f.omittedEvidence ?? 0) + dropped } : f;
  });
  return { card: { ...card, findings }, omittedQuotes: total - kept };
}
