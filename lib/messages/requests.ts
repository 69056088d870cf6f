import { z } from 'zod';

/** Popup → service worker: read the page in this tab and return its card. */
export const analyzeTabRequestSchema = z.object({
  type: z.literal('analyze-tab'),
  tabId: z.number().int().nonnegative(),
  /** "Analyse anyway": keep and save the card even if the page doesn't look like a policy. */
  force: z.boolean().optional(),
});
export type AnalyzeTabRequest = z.infer<typeof analyzeTabRequestSchema>;

/**
 * Popup → service worker, sent the moment the popup opens (before its UI has
 * loaded): a sleeping worker starts up while the popup is still loading.
 */
export const wakeRequestSchema = z.object({ type: z.literal('wake') });
export type WakeRequest = z.infer<typeof wakeRequestSchema>;

/**
 * Popup → service worker: scroll the analysed tab to a quote and highlight
 * it ("Show on page"). `start`/`end` are the quote's offsets in the
 * extracted text, which the tab's map turns into DOM positions; `position`
 * (start / text length, 0..1) only guides the text search the page falls
 * back on when the map can't be used.
 */
export const showQuoteRequestSchema = z.object({
  type: z.literal('show-quote'),
  tabId: z.number().int().nonnegative(),
  text: z.string().min(1).max(10_000),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  position: z.number().min(0).max(1),
});
export type ShowQuoteRequest = z.infer<typeof showQuoteRequestSchema>;

/**
 * Popup → service worker: how the save of the card just shown ended. The
 * worker answers `analyze-tab` as soon as the card exists and saves it
 * after; the answer's `saveId` names that save.
 */
export const saveStatusRequestSchema = z.object({
  type: z.literal('save-status'),
  saveId: z.string().min(1).max(64),
});
export type SaveStatusRequest = z.infer<typeof saveStatusRequestSchema>;

/** Every message the service worker answers; validated on both ends. */
export const requestSchema = z.discriminatedUnion('type', [
  analyzeTabRequestSchema,
  wakeRequestSchema,
  showQuoteRequestSchema,
  saveStatusRequestSchema,
]);
export type Request = z.infer<typeof requestSchema>;
