import type { AnalyzeResult, SaveStatusResult } from '../messages';

/** What a popup is told when the worker cannot say how a save ended (an unknown id, or no save tracking). */
export const SAVE_UNCONFIRMED = "Couldn't confirm that the card was saved; open the library to check.";

/** How many saves the worker remembers for popups that have not asked yet (a closed popup never asks). */
const KEPT = 20;

/**
 * The saves still running (or finished but not yet asked about) for cards
 * the worker already answered with: the popup shows the card at once and
 * then asks, by id, how its save ended (issue 11: a failed save is still
 * said). Only the newest `KEPT` are remembered, so popups closed before
 * asking leak nothing.
 */
export interface PendingSaves {
  /** Remembers the final result of the analysis whose card was answered early; returns its save id. */
  track(final: Promise<AnalyzeResult>): string;
  /** How that save ended; asking twice, or about an id never given, gets a sentence. */
  outcome(saveId: string): Promise<SaveStatusResult>;
}

/** A worker's pending saves. */
export function createPendingSaves(): PendingSaves {
  const saves = new Map<string, Promise<AnalyzeResult>>();
  let next = 0;
  return {
    track(final) {
      const saveId = `save-${++next}`;
      saves.set(saveId, final);
      for (const old of saves.keys()) {
        if (saves.size <= KEPT) break;
        saves.delete(old);
      }
      return saveId;
    },
    async outcome(saveId) {
      const final = saves.get(saveId);
      saves.delete(saveId);
      if (!final) return { kind: 'error', message: SAVE_UNCONFIRMED };
      const result = await final;
      if (result.kind === 'card') return { kind: 'saved' };
      if (result.kind === 'error') return { kind: 'error', message: result.message };
      return { kind: 'error', message: "The card was not saved; open the library to check." };
    },
  };
}

/**
 * Runs an analysis and answers as soon as its card exists, before the save
 * (the save goes on, and `saves` keeps its outcome for the popup). An
 * analysis that makes no new card (a stored card, a refusal, an error)
 * answers with its final result, as before.
 */
export function answerBeforeSave(
  analyze: (onCard: (result: Extract<AnalyzeResult, { kind: 'card' }>) => void) => Promise<AnalyzeResult>,
  saves: PendingSaves,
): Promise<AnalyzeResult> {
  return new Promise<AnalyzeResult>((resolve, reject) => {
    // `final` exists before the analysis starts, so the card callback may come at any time.
    let start!: (analysis: Promise<AnalyzeResult>) => void;
    const final = new Promise<AnalyzeResult>((settle) => (start = settle));
    start(analyze((card) => resolve({ ...card, saveId: saves.track(final) })));
    final.then(resolve, reject);
  });
}
