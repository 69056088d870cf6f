/**
 * More examples for the `meta` rules, by rule id: each `match` example
 * states the status it must produce and each `noMatch` sentence must produce
 * no hit. They are merged into the rules' own examples (lib/rules/index.ts),
 * so docs/rules.md shows them and tests/rules runs them.
 */
import type { RuleExamples } from '../types';

export const metaExamples: Record<string, RuleExamples> = {
  'meta/last_updated': {
    match: [
      { text: 'Last Updated: January 15, 2025', status: 'yes', value: '2025-01-15' },
      { text: 'This policy was last updated on 4 May 2023.', status: 'yes', value: '2023-05-04' },
    ],
    noMatch: [
      'We updated our logo last year.',
      'Check this page for updates.',
      'Last orders are taken at 10 p.m.',
    ],
  },
  'meta/effective': {
    match: [
      { text: 'Effective date: July 1, 2025', status: 'yes', value: '2025-07-01' },
      { text: 'This Privacy Policy is effective as of March 10, 2024.', status: 'yes', value: '2024-03-10' },
      { text: 'Effective: 2023-09-01', status: 'yes', value: '2023-09-01' },
    ],
    noMatch: [
      'Our security measures are effective and regularly tested.',
      'This discount is effective immediately.',
      'We are effective at handling complaints.',
    ],
  },
  'meta/laws': {
    match: [
      { text: 'This notice is provided under the California Consumer Privacy Act (CCPA).', status: 'yes', detail: 'CCPA' },
      { text: 'We process your data in line with the GDPR.', status: 'yes', detail: 'GDPR' },
      { text: 'We comply with the Children’s Online Privacy Protection Act.', status: 'yes', detail: 'COPPA' },
    ],
    noMatch: [
      'We follow all applicable laws.',
      'Our lawyers review this policy every year.',
      'Local regulations may apply.',
    ],
  },
  'meta/dpo': {
    match: [
      { text: 'You can reach our Data Protection Officer at privacy-officer@example.com.', status: 'yes', value: 'privacy-officer@example.com' },
      { text: 'We have appointed a Data Protection Officer.', status: 'yes' },
      { text: 'Our DPO can be contacted at dpo@example.org.', status: 'yes', value: 'dpo@example.org' },
    ],
    noMatch: [
      'Contact our privacy team with questions.',
      'Our officers are elected every year.',
      'Email support@example.com for help.',
    ],
  },
};
