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
 * An analysis under way, as everyone who waits for it sees it: `first` is
 * the card the moment it exists (before its save: `saving` is true), or the
 * final result when the analysis made no new card (a stored card, a
 * refusal, an error); `final` is the result once the save ended. Several
 * requests may wait for one analysis (the toolbar click starts it, the
 * popup joins it: lib/analysis/tab-analyses.ts).
 */
export interface RunningAnalysis {
  first: Promise<FirstResult>;
  final: Promise<AnalyzeResult>;
}

type CardAnswer = Extract<AnalyzeResult, { kind: 'card' }>;

/** A new card whose save is still running, or the final result. */
type FirstResult = { result: CardAnswer; saving: true } | { result: AnalyzeResult; saving: false };

/** Starts an analysis whose card is handed over (`onCard`) before it is saved. */
export function runAnalysis(analyze: (onCard: (result: CardAnswer) => void) => Promise<AnalyzeResult>): RunningAnalysis {
  let settleFirst!: (first: FirstResult) => void;
  let failFirst!: (error: unknown) => void;
  const first = new Promise<FirstResult>((resolve, reject) => {
    settleFirst = resolve;
    failFirst = reject;
  });
  // The card callback may come at any time, even before `analyze` returns; a promise settles only once.
  const final = analyze((card) => settleFirst({ result: card, saving: true }));
  final.then((result) => settleFirst({ result, saving: false }), failFirst);
  // Waiters see a failure when they await; an analysis nobody waits for (a click whose popup never
  // asked) must not count as an unhandled rejection.
  first.catch(() => {});
  final.catch(() => {});
  return { first, final };
}

/**
 * What one request is answered with: the analysis' first result, and when
 * that is a card still being saved, a save id of its own (each waiting
 * popup asks `save-status` once, for its own id).
 */
export async function answerOf(analysis: RunningAnalysis, saves: PendingSaves): Promise<AnalyzeResult> {
  const first = await analysis.first;
  return first.saving ? { ...first.result, saveId: saves.track(analysis.final) } : first.result;
}

/**
 * Runs an analysis and answers as soon as its card exists, before the save
 * (the save goes on, and `saves` keeps its outcome for the popup). An
 * analysis that makes no new card (a stored card, a refusal, an error)
 * answers with its final result, as before.
 */
export function answerBeforeSave(analyze: (onCard: (result: CardAnswer) => void) => Promise<AnalyzeResult>, saves: PendingSaves): Promise<AnalyzeResult> {
  return answerOf(runAnalysis(analyze), saves);
}
