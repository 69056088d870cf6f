import { z } from 'zod';
import type { ShowQuoteRequest, ShowQuoteResult } from '../messages';
import { describeInjectionError } from '../page-access';
import type { AnalyzeTabDeps } from './analyze-tab';

const answerSchema = z.object({ found: z.boolean() });

/**
 * "Show on page": asks the tab to scroll to the quote and highlight it,
 * with the same activeTab grant the analysis used (no new permission).
 * Never throws: a page that changed or closed is a sentence for the popup.
 */
export async function showQuote(request: ShowQuoteRequest, deps: Pick<AnalyzeTabDeps, 'highlight'>): Promise<ShowQuoteResult> {
  if (!deps.highlight) return { kind: 'error', message: "This browser can't show quotes on the page." };
  try {
    const { text, start, end, position } = request;
    const answer = answerSchema.safeParse(await deps.highlight(request.tabId, { text, start, end, position }));
    return answer.success && answer.data.found ? { kind: 'shown' } : { kind: 'not-found' };
  } catch (error) {
    return { kind: 'error', message: describeInjectionError(error).message };
  }
}
