/** `meta`: dates, laws named, data protection officer. */
import type { Rule } from './types';
import { casedPhrase, phrase } from './phrase';

export const metaRules: Rule[] = [
  {
    id: 'meta/last_updated',
    section: 'meta',
    finding: 'last_updated',
    patterns: [/(?<![A-Za-z])(?:last\s(?:updated|modified|revised|amended|changed)|updated\s(?:on|as\sof)|revised\s(?:on|as\sof)?|date\sof\slast\s(?:revision|update)|last\srevision|version\sdate|(?:updated|revised)(?=\s?:))\b/i],
    polarity: 'yes',
    value: 'date',
    requireValue: true,
    note: 'Last-updated date; value is ISO YYYY-MM-DD.',
    examples: { match: [{ text: 'Last updated: March 3, 2014.', status: 'yes', value: '2014-03-03' }, { text: 'Last updated: 2026-02-08', status: 'yes', value: '2026-02-08' }, { text: 'Updated: 2 September 2025', status: 'yes', value: '2025-09-02' }], noMatch: ['We updated our systems.', 'We updated: our app and our prices.'] },
  },
  {
    id: 'meta/effective',
    section: 'meta',
    finding: 'effective',
    patterns: [phrase`effective (date|as of|from|on)|effective:|in effect as of|(is|became|becomes) effective`],
    polarity: 'yes',
    value: 'date',
    requireValue: true,
    note: 'Effective date; value is ISO YYYY-MM-DD.',
    examples: { match: [{ text: 'Effective Date: December 1, 2024 | Last Updated: December 2024', status: 'yes', value: '2024-12-01' }], noMatch: ['Our measures are effective.'] },
  },
  {
    id: 'meta/laws',
    section: 'meta',
    finding: 'laws',
    patterns: [
      casedPhrase`[UK] GDPR|General Data Protection Regulation|CCPA|California Consumer Privacy Act|CPRA|California Privacy Rights Act|LGPD|PIPEDA|COPPA|Children['s|’s] Online Privacy Protection Act|CalOPPA|California Online Privacy Protection Act|Shine the Light|HIPAA|FERPA|GLBA|Gramm-Leach-Bliley|VCDPA|PIPL|APPI|CAN-SPAM|VPPA|Video Privacy Protection Act|Data Protection Act ${/\d{4}/}|Civil Code [Section] [§][ ]1798*`,
    ],
    polarity: 'yes',
    detail: 'law',
    note: 'Laws the policy names; detail is the short name (GDPR, CCPA, COPPA…).',
    examples: { match: [{ text: 'in compliance with the General Data Protection Regulation (GDPR)', status: 'yes', detail: 'GDPR' }, { text: 'the California Consumer Privacy Act', status: 'yes', detail: 'CCPA' }], noMatch: ['We comply with applicable law.'] },
  },
  {
    id: 'meta/dpo',
    section: 'meta',
    finding: 'dpo',
    patterns: [phrase`Data Protection Officer|DPO`],
    polarity: 'yes',
    value: 'email',
    note: 'A data protection officer is named; value is the contact e-mail when given.',
    examples: { match: [{ text: 'Data Protection Officer: dpo@plugantic.com', status: 'yes', value: 'dpo@plugantic.com' }], noMatch: ['Contact our support team.'] },
  },
];
