/** The per-section example files, keyed by rule id. */
import { changesExamples } from './changes';
import { collectedExamples } from './collected';
import { cookiesExamples } from './cookies';
import { retentionExamples } from './retention';
import { rightsExamples } from './rights';
import { securityExamples } from './security';
import { sharingExamples } from './sharing';
import type { RuleExamples } from '../types';

export const EXTRA_EXAMPLES: Record<string, RuleExamples> = {
  ...changesExamples,
  ...collectedExamples,
  ...cookiesExamples,
  ...retentionExamples,
  ...rightsExamples,
  ...securityExamples,
  ...sharingExamples,
};
