import type { Card } from '../schema';

/**
 * Below this `policyScore` the page is probably not a privacy policy (a recipe,
 * a news article): the popup says so and saves nothing unless the person
 * chooses "Analyse anyway".
 */
export const POLICY_SCORE_THRESHOLD = 0.35;

/** Above the threshold but below this, the card shows a low-confidence note. */
export const LOW_SCORE_NOTE_BELOW = 0.6;

/** True when the card's text looks enough like a privacy policy to save it unasked. */
export function looksLikePolicy(card: Card): boolean {
  return card.policyScore >= POLICY_SCORE_THRESHOLD;
}
