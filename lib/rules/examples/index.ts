/** The per-section example files, keyed by rule id. */
import { collectedExamples } from './collected';
import { retentionExamples } from './retention';
import { rightsExamples } from './rights';
import { sharingExamples } from './sharing';
import type { RuleExamples } from '../types';

export const EXTRA_EXAMPLES: Record<string, RuleExamples> = {
  ...collectedExamples,
  ...retentionExamples,
  ...rightsExamples,
  ...sharingExamples,
};
