import { requestSchema, type AnalyzeResult, type SaveStatusResult, type ShowQuoteResult, type WakeResult } from '../messages';
import { analyzeTab, type AnalyzeTabDeps } from './analyze-tab';
import { answerBeforeSave, SAVE_UNCONFIRMED, type PendingSaves } from './pending-saves';
import { showQuote } from './show-quote';

/**
 * The service worker's one message handler, a plain function: validates the
 * raw message and dispatches it. Unknown or malformed messages get an
 * `error` answer instead of silence, so a sender never waits forever.
 */
export async function handleMessage(
  raw: unknown,
  deps: AnalyzeTabDeps & { saves?: PendingSaves },
): Promise<AnalyzeResult | WakeResult | ShowQuoteResult | SaveStatusResult> {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'error', message: 'Policy Lens received a message it does not understand.' };
  const request = parsed.data;
  switch (request.type) {
    case 'wake':
      // Receiving it was the point: the worker is now starting up while the popup loads its UI.
      return { kind: 'ok' };
    case 'analyze-tab': {
      const { saves } = deps;
      // With somewhere to keep the save's outcome, the card is answered before it is written.
      if (!saves) return analyzeTab(request, deps);
      return answerBeforeSave((onCard) => analyzeTab(request, { ...deps, onCard }), saves);
    }
    case 'save-status':
      return deps.saves ? deps.saves.outcome(request.saveId) : { kind: 'error', message: SAVE_UNCONFIRMED };
    case 'show-quote':
      return showQuote(request, deps);
  }
}
