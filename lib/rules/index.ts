/** Every rule, in section order. The engine, the docs generator and the tests read this list. */
import { aiRules } from './ai';
import { changesRules } from './changes';
import { childrenRules } from './children';
import { collectedRules } from './collected';
import { cookiesRules } from './cookies';
import { internationalRules } from './international';
import { metaRules } from './meta';
import { retentionRules } from './retention';
import { rightsRules } from './rights';
import { securityRules } from './security';
import { sharingRules } from './sharing';
import type { Rule } from './types';

export type { Rule, RuleExample, ValueKind, DetailKind } from './types';

export const RULES: readonly Rule[] = [
  ...collectedRules,
  ...sharingRules,
  ...retentionRules,
  ...rightsRules,
  ...securityRules,
  ...childrenRules,
  ...internationalRules,
  ...cookiesRules,
  ...changesRules,
  ...aiRules,
  ...metaRules,
];
