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
import { EXTRA_EXAMPLES } from './examples';
import type { Rule } from './types';

export type { Rule, RuleExample, RuleExamples, ValueKind, DetailKind } from './types';

/** Adds the examples kept in lib/rules/examples/ to the rule's own. */
function withExamples(rule: Rule): Rule {
  const more = EXTRA_EXAMPLES[rule.id];
  if (!more) return rule;
  return { ...rule, examples: { match: [...rule.examples.match, ...more.match], noMatch: [...rule.examples.noMatch, ...more.noMatch] } };
}

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
].map(withExamples);
