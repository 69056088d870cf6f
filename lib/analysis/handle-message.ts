import { requestSchema, type AnalyzeResult, type ShowQuoteResult, type WakeResult } from '../messages';
import { analyzeTab, type AnalyzeTabDeps } from './analyze-tab';
import { showQuote } from './show-quote';

/**
 * The service worker's one message handler, a plain function: validates the
 * raw message and dispatches it. Unknown or malformed messages get an
 * `error` answer instead of silence, so a sender never waits forever.
 */
export async function handleMessage(raw: unknown, deps: AnalyzeTabDeps): Promise<AnalyzeResult | WakeResult | ShowQuoteResult> {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'error', message: 'Policy Lens received a message it does not understand.' };
  const request = parsed.data;
  switch (request.type) {
    case 'wake':
      // Receiving it was the point: the worker is now starting up while the popup loads its UI.
      return { kind: 'ok' };
    case 'analyze-tab':
      return analyzeTab(request, deps);
    case 'show-quote':
      return showQuote(request, deps);
  }
}
