/**
 * More examples for the `retention` rules, by rule id: each `match` example
 * states the status it must produce and each `noMatch` sentence must produce
 * no hit. They are merged into the rules' own examples (lib/rules/index.ts),
 * so docs/rules.md shows them and tests/rules runs them.
 */
import type { RuleExamples } from '../types';

export const retentionExamples: Record<string, RuleExamples> = {
  'retention/stated': {
    match: [
      { text: 'We do not keep your voice recordings for 30 days; they are deleted as soon as they are transcribed.', status: 'no', value: 'P30D' },
      { text: 'We do not retain payment records for seven years.', status: 'no' },
      { text: 'Server logs are not kept for 90 days.', status: 'no' },
      { text: 'We will not store your search history for 12 months.', status: 'no' },
      { text: 'We keep server logs for no more than 90 days.', status: 'yes', value: 'P90D' },
    ],
    noMatch: [
      'Offline maps you download stay on your hard drive for 30 days.',
    ],
  },
  'retention/limited': {
    match: [
      { text: 'Customer records shall not be kept for longer than the purpose requires.', status: 'yes' },
      { text: 'We keep your data only as long as your account is active.', status: 'yes' },
      { text: 'Personal information is deleted once it is no longer needed for the purpose it was collected for.', status: 'yes' },
      { text: 'We do not keep your information longer than necessary.', status: 'yes' },
      { text: 'Inactive accounts are deleted in line with our data retention policy.', status: 'yes' },
      { text: 'We do not keep your card details after the payment has gone through.', status: 'yes' },
      { text: 'We store your phone number for the sole purpose of sending you sign-in codes.', status: 'yes' },
    ],
    noMatch: [
      'We keep our prices low.',
      'Your account stays active as long as you log in once a year.',
      'Our preference cookies remain on your device until you delete them.',
    ],
  },
  'retention/indefinite': {
    match: [
      { text: 'Your messages are stored forever unless you delete them.', status: 'yes' },
      { text: 'Signed contracts are permanently archived in our document system.', status: 'yes' },
      { text: 'We keep copies of your invoices even after you close your account.', status: 'yes' },
    ],
    noMatch: [
      'Our commitment to privacy is permanent.',
      'We keep your data for two years.',
      // anonymised data kept for ever is retention/anonymized, nothing kept about a person
      'We keep anonymized usage records indefinitely.',
    ],
  },
  'retention/after_closure': {
    match: [
      { text: 'When you delete your account, we erase your personal data within 14 days.', status: 'yes', value: 'P14D' },
      { text: 'If you close your account, we will delete your information.', status: 'yes' },
      { text: 'We do not delete your data when you close your account.', status: 'no' },
      { text: 'Your data is not deleted after you delete your account.', status: 'no' },
      { text: 'We do not delete your posts when you close your account.', status: 'no' },
    ],
    noMatch: [
      'You can close your account from the settings page.',
      'Our store is closed on Sundays.',
    ],
  },
  'retention/anonymized': {
    match: [
      { text: 'After two years, we anonymize your purchase history.', status: 'yes' },
      { text: 'Location data is anonymized after 30 days.', status: 'yes' },
      { text: 'Data is not anonymized before it is stored.', status: 'no' },
      { text: 'We do not anonymize the data we keep; it is deleted after 30 days.', status: 'no' },
      { text: 'Data we retain is not anonymized.', status: 'no' },
      { text: 'Stored messages are never de-identified.', status: 'no' },
    ],
    noMatch: [
      'We delete old records every year.',
      'Anonymous feedback boxes are in every store.',
    ],
  },
};
