import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnalyzeResult } from '@/lib/messages';
import { errorMessage } from '../../lib/errors/error-message';
import { t } from '../../lib/present/i18n';

/** What the popup is showing: waiting, or the worker's answer. */
export type AnalysisState = { phase: 'analysing' } | { phase: 'done'; result: AnalyzeResult };

/** Runs the analysis: `force` is "Analyse anyway" (save even if it doesn't look like a policy). */
export type Analyze = (options: { force: boolean }) => Promise<AnalyzeResult>;

/**
 * Starts the analysis once on mount; `analyseAnyway` re-runs it with force.
 * A rejected promise becomes an error result, so the popup never stays on
 * "Analysing…" and never crashes.
 */
export function useTabAnalysis(analyze: Analyze): { state: AnalysisState; analyseAnyway: () => void } {
  const [state, setState] = useState<AnalysisState>({ phase: 'analysing' });
  const latest = useRef(0);

  const run = useCallback(
    (force: boolean) => {
      const ticket = ++latest.current;
      setState({ phase: 'analysing' });
      analyze({ force })
        .catch((error: unknown): AnalyzeResult => ({
          kind: 'error',
          message: t('couldNotRead', errorMessage(error)),
        }))
        .then((result) => {
          // A newer run (Analyse anyway) supersedes an older answer.
          if (ticket === latest.current) setState({ phase: 'done', result });
        });
    },
    [analyze],
  );

  useEffect(() => {
    run(false);
  }, [run]);

  return { state, analyseAnyway: useCallback(() => run(true), [run]) };
}
