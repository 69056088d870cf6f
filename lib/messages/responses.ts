import { z } from 'zod';
import { cardSchema } from '../schema';

/** Set when the page was longer than the analysis cap and only its start was read. */
export const truncationSchema = z.object({
  analyzedChars: z.number().int().nonnegative(),
  totalChars: z.number().int().nonnegative(),
});
export type Truncation = z.infer<typeof truncationSchema>;

/** The page's card, saved in the library. */
export const cardResultSchema = z.object({
  kind: z.literal('card'),
  card: cardSchema,
  /** `saved`: this exact text was analysed before and the stored card is returned as is. */
  origin: z.enum(['saved', 'analyzed']),
  /** analyzedAt of the newest stored version of this URL whose text differs. */
  previousVersionAt: z.string().optional(),
  truncated: truncationSchema.optional(),
  /** The page's links for acting on rights ("Do Not Sell or Share …", request forms); not stored with the card. */
  actionLinks: z.array(z.object({ label: z.string().min(1), url: z.string().regex(/^https?:\/\//) })).optional(),
  /**
   * Set when the card is still being saved: the worker answered before the
   * write so the popup shows the card at once; ask `save-status` with this id
   * for how the save ended.
   */
  saveId: z.string().min(1).max(64).optional(),
});

/** The site's own privacy policy, linked from the page (its footer's "Privacy"): the popup offers to open it. */
const privacyLinkSchema = z.string().regex(/^https?:\/\//).optional();

/**
 * The page was read but doesn't look like a privacy policy; the card is NOT
 * saved. `reason: 'cookie-banner'`: what was read is a cookie consent notice.
 */
export const notPolicyResultSchema = z.object({
  kind: z.literal('not-policy'),
  card: cardSchema,
  truncated: truncationSchema.optional(),
  reason: z.literal('cookie-banner').optional(),
  privacyLink: privacyLinkSchema,
});

export const emptyResultSchema = z.object({ kind: z.literal('empty'), privacyLink: privacyLinkSchema });

/** The policy is not in English ("German"): nothing is saved, and no section says "doesn't say". */
export const otherLanguageResultSchema = z.object({ kind: z.literal('other-language'), language: z.string().min(1) });

/** Pages the browser doesn't let extensions read, or that we can't read yet. */
export const restrictedResultSchema = z.object({ kind: z.literal('restricted'), message: z.string().min(1) });

export const errorResultSchema = z.object({ kind: z.literal('error'), message: z.string().min(1) });

/** Answer to `analyze-tab`. Every message is one plain sentence the popup shows as is. */
export const analyzeResultSchema = z.discriminatedUnion('kind', [
  cardResultSchema,
  notPolicyResultSchema,
  emptyResultSchema,
  otherLanguageResultSchema,
  restrictedResultSchema,
  errorResultSchema,
]);
export type AnalyzeResult = z.infer<typeof analyzeResultSchema>;
export type CardResult = z.infer<typeof cardResultSchema>;
export type NotPolicyResult = z.infer<typeof notPolicyResultSchema>;

/** Answer to `wake`. */
export const wakeResultSchema = z.object({ kind: z.literal('ok') });
export type WakeResult = z.infer<typeof wakeResultSchema>;

/** Answer to `save-status`: the card is in the library, or a sentence saying why not. */
export const saveStatusResultSchema = z.discriminatedUnion('kind', [z.object({ kind: z.literal('saved') }), errorResultSchema]);
export type SaveStatusResult = z.infer<typeof saveStatusResultSchema>;

/** Answer to `show-quote`: whether the sentence was found on the page and highlighted. */
export const showQuoteResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('shown') }),
  z.object({ kind: z.literal('not-found') }),
  errorResultSchema,
]);
export type ShowQuoteResult = z.infer<typeof showQuoteResultSchema>;
