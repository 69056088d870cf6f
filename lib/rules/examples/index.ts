/** The per-section example files, keyed by rule id. */
import type { RuleExamples } from '../types';

export const EXTRA_EXAMPLES: Record<string, RuleExamples> = {};
