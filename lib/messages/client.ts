import { z } from 'zod';
import { analyzeResultSchema, getCardResultSchema, type AnalyzeResult, type GetCardResult } from './responses';
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
  const request = requestSchema.parse({ type: 'analyze-tab', tabId, ...(options.force ? { force: true } : {}) });
  return sendValidated(send, request, analyzeResultSchema);
}

/** Asks the service worker for one saved card. */
export async function requestCard(send: SendMessage, id: string): Promise<GetCardResult> {
  return sendValidated(send, requestSchema.parse({ type: 'get-card', id }), getCardResultSchema);
}

async function sendValidated<T extends { kind: string }>(
  send: SendMessage,
  request: Request,
  schema: z.ZodType<T>,
): Promise<T | { kind: 'error'; message: string }> {
  let raw: unknown;
  try {
    raw = await send(request);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'error', message: `Couldn't reach Policy Lens's background worker: ${reason}` };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return { kind: 'error', message: 'Policy Lens got an answer it did not understand; please try again.' };
  }
  return parsed.data;
}
