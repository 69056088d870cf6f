import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnalyzeResult, SaveStatusResult } from '@/lib/messages';
import { errorMessage } from '../../lib/errors/error-message';
import { t } from '../../lib/present/i18n';

/**
 * How the save of a card answered before it was written is going: `pending`
 * until the worker says, then `saved` or the sentence saying why not.
 */
export type SaveState = { status: 'pending' } | { status: 'saved' } | { status: 'failed'; message: string };

/** What the popup is showing: waiting, or the worker's answer (and, for a card still being saved, its save). */
export type AnalysisState = { phase: 'analysing' } | { phase: 'done'; result: AnalyzeResult; save?: SaveState };

/** Runs the analysis: `force` is "Analyse anyway" (save even if it doesn't look like a policy). */
export type Analyze = (options: { force: boolean }) => Promise<AnalyzeResult>;

/** Asks how the save named by a card result's `saveId` ended. */
export type ConfirmSave = (saveId: string) => Promise<SaveStatusResult>;

/**
 * Starts the analysis once on mount; `analyseAnyway` re-runs it with force.
 * A rejected promise becomes an error result, so the popup never stays on
 * "Analysing…" and never crashes. A card answered before its save is shown
 * at once; `confirmSave` then says how the save ended (a failure too).
 */
export function useTabAnalysis(analyze: Analyze, confirmSave?: ConfirmSave): { state: AnalysisState; analyseAnyway: () => void } {
  const [state, setState] = useState<AnalysisState>({ phase: 'analysing' });
  const latest = useRef(0);

  const run = useCallback(
    (force: boolean) => {
      const ticket = ++latest.current;
      // A newer run (Analyse anyway) supersedes an older answer.
      const current = () => ticket === latest.current;
      setState({ phase: 'analysing' });
      analyze({ force })
        .catch((error: unknown): AnalyzeResult => ({
          kind: 'error',
          message: t('couldNotRead', errorMessage(error)),
        }))
        .then((result) => {
          if (!current()) return;
          const saveId = result.kind === 'card' ? result.saveId : undefined;
          if (!saveId || !confirmSave) {
            setState({ phase: 'done', result });
            return;
          }
          setState({ phase: 'done', result, save: { status: 'pending' } });
          confirmSave(saveId)
            .catch((error: unknown): SaveStatusResult => ({ kind: 'error', message: errorMessage(error) }))
            .then((outcome) => {
              if (!current()) return;
              const save: SaveState = outcome.kind === 'saved' ? { status: 'saved' } : { status: 'failed', message: outcome.message };
              setState({ phase: 'done', result, save });
            });
        });
    },
    [analyze, confirmSave],
  );

  useEffect(() => {
    run(false);
  }, [run]);

  return { state, analyseAnyway: useCallback(() => run(true), [run]) };
}
