import { requestSchema, type AnalyzeResult, type SaveStatusResult, type ShowQuoteResult, type WakeResult } from '../messages';
import { analyzeTab, type AnalyzeTabDeps } from './analyze-tab';
import { answerOf, SAVE_UNCONFIRMED, type PendingSaves } from './pending-saves';
import { showQuote } from './show-quote';
import { tabAnalysis } from './tab-analysis';
import type { TabAnalyses } from './tab-analyses';

/** The worker's deps: `analyzeTab`'s, plus what the Chrome build adds for analyses started by the toolbar click. */
export interface WorkerDeps extends AnalyzeTabDeps {
  /** Where the outcome of saves answered early is kept (without it, the card waits for its save). */
  saves?: PendingSaves;
  /** The analyses under way by tab: a popup's request joins the one its toolbar click started. */
  analyses?: TabAnalyses;
  /** A popup asked for a tab's analysis (lib/analysis/action-click.ts: the tab's next click must reach the worker again). */
  popupShown?(tabId: number): void;
}

/**
 * The service worker's one message handler, a plain function: validates the
 * raw message and dispatches it. Unknown or malformed messages get an
 * `error` answer instead of silence, so a sender never waits forever.
 */
export async function handleMessage(
  raw: unknown,
  deps: WorkerDeps,
): Promise<AnalyzeResult | WakeResult | ShowQuoteResult | SaveStatusResult> {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'error', message: 'Policy Lens received a message it does not understand.' };
  const request = parsed.data;
  switch (request.type) {
    case 'wake':
      // Receiving it was the point: the worker is now starting up while the popup loads its UI.
      return { kind: 'ok' };
    case 'analyze-tab': {
      deps.popupShown?.(request.tabId);
      const { saves } = deps;
      // With somewhere to keep the save's outcome, the card is answered before it is written.
      if (!saves) return analyzeTab(request, deps);
      // The tab's URL now tells whether the analysis its click started reads the same page.
      const url = deps.analyses && !request.force ? await deps.getTabUrl(request.tabId).catch(() => undefined) : undefined;
      return answerOf(tabAnalysis(request, url, deps, 'popup'), saves);
    }
    case 'save-status':
      return deps.saves ? deps.saves.outcome(request.saveId) : { kind: 'error', message: SAVE_UNCONFIRMED };
    case 'show-quote':
      return showQuote(request, deps);
  }
}
