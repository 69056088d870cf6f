/** `international`: transfers across borders, safeguards, storage location. */
import type { Rule } from './types';

export const internationalRules: Rule[] = [
  {
    id: 'international/transfers',
    section: 'international',
    finding: 'transfers',
    patterns: [
      /\b(?:transferr?\w*|transmitt?\w*|mov(?:e|ed)|processed)\s(?:\w+\s){0,6}?(?:to|in|into|across|outside(?:\sof)?)\s(?:the\s)?(?:\w+\s){0,2}?(?:United\sStates|U\.S\.|US|USA|other\scountries|countries|jurisdictions?|EEA|European\sEconomic\sArea|EU|European\sUnion|Europe|UK|United\sKingdom|Canada|your\s(?:country|jurisdiction)|country\sof\s(?:your\s)?residence|borders)\b/i,
      /\b(?:located|stored|maintained|processed|hosted)\s(?:\w+\s){0,3}?outside\s(?:of\s)?(?:your|the)\s(?:\w+,?\s){0,3}?(?:state|province|country|jurisdiction)\b|\b(?:non-U\.?S\.?|international|foreign|overseas|non-US)\s(?:users|visitors|customers)\b|\b(?:international|cross-border|trans-border|overseas)\s(?:data\s)?transfers?\b|\boutside\s(?:of\s)?(?:the\s)?(?:EEA|European\sEconomic\sArea|EU|European\sUnion|UK|your\scountry)\b|\bcountries\s(?:\w+\s){0,4}?(?:not|different)\s(?:\w+\s){0,3}?(?:same\slevel|equivalent|adequate|as\sprotective)|\b(?:users?|visitors|individuals|you)\s(?:\w+\s){0,2}?(?:located\s|residing\s|accessing\s(?:\w+\s){0,3}?)?(?:from\s)?outside\s(?:of\s)?(?:the\s)?(?:United\sStates|U\.S\.|US|EEA|EU|European)/i,
    ],
    value: 'regions',
    polarity: 'yes',
    note: 'Data crosses borders; value lists the countries or regions named. Region-specific rights sections ("California residents") are not transfers and are not reported here.',
    examples: {
      match: [{ text: 'Your information may be transferred to, stored, and processed in the United States or other countries.', value: 'United States, other countries' }, 'When transferring data outside the EEA, we use Standard Contractual Clauses.'],
      noMatch: ['We transfer money to your account.', 'We collect your email.'],
    },
  },
  {
    id: 'international/safeguards',
    section: 'international',
    finding: 'safeguards',
    patterns: [/\bStandard\sContractual\sClauses\b|\bSCCs\b|\badequacy\sdecisions?\b|\bPrivacy\sShield\b|\bSafe\sHarbor\b|\bBinding\sCorporate\sRules\b|\bmodel\s(?:contract(?:ual)?\s)?clauses\b|\bdata\stransfer\sframeworks?\b/i],
    polarity: 'yes',
    note: 'SCCs, adequacy decisions, Privacy Shield / Safe Harbor, BCRs.',
    examples: { match: ['We rely on Standard Contractual Clauses (SCCs) approved by the European Commission.', 'We participate in the EU-U.S. Safe Harbor program.'], noMatch: ['We apply safeguards to protect your data.'] },
  },
  {
    id: 'international/storage_location',
    section: 'international',
    finding: 'storage_location',
    patterns: [/\b(?:stored|hosted|located|housed|kept|maintained|processed)\s(?:\w+\s){0,3}?(?:on\s(?:servers?|infrastructure)\s)?(?:located\s)?in\s(?:the\s)?(?:United\sStates|U\.S\.|US|USA|Europe|EU|European\sUnion|EEA|Germany|Ireland|France|Canada|UK|United\sKingdom|Netherlands|Frankfurt|Switzerland)\b|\b(?:data\scenters?|servers?)\s(?:are\s)?(?:located|based|hosted)\s(?:\w+\s){0,2}?in\b|\bhosted\sin\sthe\s(?:US|EU)\b|\bprimarily\soperated\sin\b/i],
    polarity: 'yes',
    value: 'regions',
    note: 'Where the data is stored or hosted.',
    examples: { match: [{ text: 'Data is stored on servers located in Europe', value: 'Europe' }], noMatch: ['We store your data securely.'] },
  },
];
