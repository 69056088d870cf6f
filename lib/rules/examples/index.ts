/** The per-section example files, keyed by rule id. */
import { aiExamples } from './ai';
import { changesExamples } from './changes';
import { childrenExamples } from './children';
import { collectedExamples } from './collected';
import { cookiesExamples } from './cookies';
import { internationalExamples } from './international';
import { metaExamples } from './meta';
import { retentionExamples } from './retention';
import { rightsExamples } from './rights';
import { securityExamples } from './security';
import { sharingExamples } from './sharing';
import type { RuleExamples } from '../types';

export const EXTRA_EXAMPLES: Record<string, RuleExamples> = {
  ...aiExamples,
  ...changesExamples,
  ...childrenExamples,
  ...collectedExamples,
  ...cookiesExamples,
  ...internationalExamples,
  ...metaExamples,
  ...retentionExamples,
  ...rightsExamples,
  ...securityExamples,
  ...sharingExamples,
};
