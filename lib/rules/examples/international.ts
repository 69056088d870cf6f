/**
 * More examples for the `international` rules, by rule id: each `match` example
 * states the status it must produce and each `noMatch` sentence must produce
 * no hit. They are merged into the rules' own examples (lib/rules/index.ts),
 * so docs/rules.md shows them and tests/rules runs them.
 */
import type { RuleExamples } from '../types';

export const internationalExamples: Record<string, RuleExamples> = {
  'international/transfers': {
    match: [
      { text: 'We take extra care to protect your data during international transfers.', status: 'yes' },
      { text: 'Your data may be processed in countries whose laws do not offer the same level of protection as those of your home country.', status: 'yes' },
      { text: 'Our service providers store and process data in various countries.', status: 'yes' },
      { text: 'Your information may be stored in another country where our hosting partner runs its servers.', status: 'yes' },
      { text: 'Your data may be kept in a country other than the one where you live.', status: 'yes' },
    ],
    noMatch: [
      'We welcome international students on our courses.',
    ],
  },
  'international/safeguards': {
    match: [
      { text: 'When we transfer data outside the EEA, we use the standard contractual clauses adopted by the European Commission.', status: 'yes' },
      { text: 'Transfers to the United Kingdom rely on an adequacy decision.', status: 'yes' },
      { text: 'Our group companies are bound by Binding Corporate Rules.', status: 'yes' },
      { text: 'We comply with the EU-U.S. Privacy Shield Framework for data we receive from Europe.', status: 'yes' },
    ],
    noMatch: [
      'We protect your data with encryption.',
      'Our contracts with customers are governed by Irish law.',
      'Standard shipping takes five days.',
    ],
  },
  'international/storage_location': {
    match: [
      { text: 'Your data is hosted on servers in Germany.', status: 'yes' },
      { text: 'We store all customer information in data centers located in Canada.', status: 'yes' },
      { text: 'Personal data is stored in the European Union.', status: 'yes' },
    ],
    noMatch: [
      'Our headquarters are in Toronto.',
      'You can store your favourite recipes in the app.',
      'We ship to customers in Canada.',
    ],
  },
};
