/**
 * More examples for the `changes` rules, by rule id: each `match` example
 * states the status it must produce and each `noMatch` sentence must produce
 * no hit. They are merged into the rules' own examples (lib/rules/index.ts),
 * so docs/rules.md shows them and tests/rules runs them.
 */
import type { RuleExamples } from '../types';

export const changesExamples: Record<string, RuleExamples> = {
  'changes/notice': {
    match: [
      { text: 'When we update these terms, we will email every member.', status: 'yes' },
      { text: 'We will post any changes on this page.', status: 'yes' },
      { text: 'Our Terms and Conditions may be updated from time to time, and registered users will get an email about each new version.', status: 'yes' },
    ],
    noMatch: [
      'When we update our app, you may need to sign in again.',
      'We update our apps regularly.',
      'Our pricing may vary by region.',
      'You can change your password at any time.',
      'The new version of our privacy policy is effective as of 1 May 2025.',
    ],
  },
  'changes/notice:told': {
    match: [
      { text: 'You will be informed of any changes before they apply.', status: 'yes' },
    ],
    noMatch: [
      'We will notify you when your refund has been processed.',
      'You will be informed of the winners by email.',
    ],
  },
  'changes/advance_notice': {
    match: [
      { text: 'We will tell you about material changes at least 14 days before they take effect.', status: 'yes', value: 'P14D' },
      { text: 'Changes will be posted 30 days before they become effective.', status: 'yes', value: 'P30D' },
    ],
    noMatch: [
      'We deliver orders within 30 days.',
      'Changes to your subscription take effect immediately.',
      'Returns are accepted within 14 days.',
    ],
  },
};
