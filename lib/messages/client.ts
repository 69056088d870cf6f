import { z } from 'zod';
import { errorMessage } from '../errors/error-message';
import {
  analyzeResultSchema,
  saveStatusResultSchema,
  showQuoteResultSchema,
  type AnalyzeResult,
  type SaveStatusResult,
  type ShowQuoteResult,
} from './responses';
import { requestSchema, type Request } from './requests';

/** Sends one message and resolves with the raw answer (browser.runtime.sendMessage in the extension). */
export type SendMessage = (message: Request) => Promise<unknown>;

/**
 * Asks the service worker to analyse a tab. Both the request and the answer are
 * validated; a malformed answer or a dead worker becomes an `error` result so
 * the popup always has a sentence to show.
 */
export async function requestAnalyzeTab(
  send: SendMessage,
  tabId: number,
  options: { force?: boolean } = {},
): Promise<AnalyzeResult> {
  const request = requestSchema.safeParse({ type: 'analyze-tab', tabId, ...(options.force ? { force: true } : {}) });
  if (!request.success) return { kind: 'error', message: "Couldn't tell which page to read; click Policy Lens on the page again." };
  return sendValidated(send, request.data, analyzeResultSchema);
}

/** A quote to show on the page: its text and offsets in the extracted text, and `start / text length`. */
export interface QuoteOnPage {
  text: string;
  start: number;
  end: number;
  position: number;
}

/** Asks the service worker to scroll the tab to a quote and highlight it ("Show on page"). */
export async function requestShowQuote(send: SendMessage, tabId: number, quote: QuoteOnPage): Promise<ShowQuoteResult> {
  const { text, start, end } = quote;
  const request = requestSchema.safeParse({ type: 'show-quote', tabId, text, start, end, position: Math.min(1, Math.max(0, quote.position)) });
  if (!request.success) return { kind: 'error', message: "Couldn't tell which sentence to show." };
  return sendValidated(send, request.data, showQuoteResultSchema);
}

/** Asks the service worker how the save of a card it answered with early (`saveId`) ended. */
export async function requestSaveStatus(send: SendMessage, saveId: string): Promise<SaveStatusResult> {
  const request = requestSchema.safeParse({ type: 'save-status', saveId });
  if (!request.success) return { kind: 'error', message: "Couldn't confirm that the card was saved; open the library to check." };
  return sendValidated(send, request.data, saveStatusResultSchema);
}

/**
 * Validates the answer to an `analyze-tab` request that is already on its
 * way: the popup's first script sends it before zod and React have loaded
 * (lib/messages/first-request.ts), and the UI takes the answer here. Same
 * outcomes as `requestAnalyzeTab`.
 */
export function receiveAnalyzeResult(answer: Promise<unknown>): Promise<AnalyzeResult> {
  return receiveValidated(answer, analyzeResultSchema);
}

function sendValidated<T extends { kind: string }>(
  send: SendMessage,
  request: Request,
  schema: z.ZodType<T>,
): Promise<T | { kind: 'error'; message: string }> {
  // A send that throws at once counts like one that rejects.
  return receiveValidated(Promise.resolve().then(() => send(request)), schema);
}

async function receiveValidated<T extends { kind: string }>(
  answer: Promise<unknown>,
  schema: z.ZodType<T>,
): Promise<T | { kind: 'error'; message: string }> {
  let raw: unknown;
  try {
    raw = await answer;
  } catch (error) {
    return { kind: 'error', message: `Couldn't reach Policy Lens's background worker: ${errorMessage(error)}` };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return { kind: 'error', message: 'Policy Lens got an answer it did not understand; please try again.' };
  }
  return parsed.data;
}
