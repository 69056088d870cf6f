/**
 * More examples for the `children` rules, by rule id: each `match` example
 * states the status it must produce and each `noMatch` sentence must produce
 * no hit. They are merged into the rules' own examples (lib/rules/index.ts),
 * so docs/rules.md shows them and tests/rules runs them.
 */
import type { RuleExamples } from '../types';

export const childrenExamples: Record<string, RuleExamples> = {
  'children/min_age': {
    match: [
      { text: 'Our forums are open to members ages 16 and older.', status: 'yes', value: '16' },
    ],
    noMatch: [],
  },
  'children/coppa': {
    match: [
      { text: 'We follow the Children’s Online Privacy Protection Act when we collect data from kids.', status: 'yes' },
      { text: 'Under COPPA, parents can review the information we collected from their child.', status: 'yes' },
      { text: 'This section explains how we comply with COPPA.', status: 'yes' },
    ],
    noMatch: [
      'Parents can contact us with questions.',
      'Our games are rated for all ages.',
      'We comply with applicable privacy laws.',
    ],
  },
};
