/** `children`: age limits and COPPA. */
import type { Rule } from './types';
import { phrase } from './phrase';

export const childrenRules: Rule[] = [
  {
    id: 'children/min_age',
    // every pattern needs an age, a child or a parent: most sentences skip the rule at once
    hint: /\d|child|minor|kid|\bage|parent|guardian|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|twenty|\bsons?\b|daughter/i,
    section: 'children',
    finding: 'min_age',
    patterns: [
      /\b(?:children|child|minors?|kids|persons|individuals|users|anyone|people|visitors)\s(?:\w+\s){0,2}?(?:under|below|younger\sthan)\s(?:the\sage\sof\s)?(?:\d{1,2}|thirteen|sixteen|eighteen)\b/i,
      /\b(?:under|below|younger\sthan)\sthe\sage\sof\s(?:\d{1,2}|thirteen|sixteen|eighteen)\b|\b(?:\d{1,2}|thirteen|sixteen|eighteen)(?:\s\(\d{1,2}\))?\syears\s(?:of\sage|old)\s(?:or|and)\s(?:older|over|above|up)\b|\bminimum\sage\b|\bages?\s(?:\d{1,2}|thirteen)\sand\s(?:older|over|up)\b/i,
      /\b(?:children|child|minors|kids)(?:'s|’s)?\b(?=[^.]{0,80}\b(?:collect|intended|directed|use|register|provide|personal|information|data|privacy|consent|knowingly))/i,
      phrase`children['s|’s] privacy|parental (consent|permission|access|control)|parent[s] or [legal] guardian[s]|(your|a|the) (child|child's|child’s|childs|son|daughter|son's|daughter's)|children[s]|parent[s] …2 (consent|review|revoke|access)`,
      // eligibility worded as the user's age: "you must be at least 16", "18 years or older", "of legal age"
      /\b(?:be|are|is|am|being|aged?|individuals|persons|people|users|anyone|those)\s(?:\w+\s){0,2}?(?:at\sleast|over|older\sthan)\s(?:the\sage\sof\s)?(?:\d{1,2}|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|twenty-one)\b(?!\s?(?:days|months|hours|weeks|minutes|%|percent|million))/i,
      /\b(?:\d{1,2}|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|twenty-one)(?:\s\(\d{1,2}\))?\s(?:years?\s)?(?:of\sage\s|old\s)?(?:or|and)\s(?:older|over|above|up)\b/i,
      /\b(?:you|they|users?)\s(?:are|is|'re|’re)\s(?:not\s)?(?:yet\s)?(?:under|below|over|at\sleast|younger\sthan|older\sthan)\s(?:the\sage\sof\s)?(?:\d{1,2}|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|twenty-one)\b/i,
      phrase`(full legal|legal|minimum|required) age|age of (majority|digital consent)`,
    ],
    polarity: 'yes',
    value: 'age',
    note: 'Statements about children and the minimum age; value is the age when stated. "Not intended for children under 16" states a minimum age, so negation does not flip it.',
    examples: {
      match: [
        { text: 'Planim is not intended for children under 16.', value: '16', status: 'yes' },
        { text: 'We do not knowingly collect personal information from children under 13.', status: 'yes', value: '13' },
        { text: 'To open an account you must be at least 16 years old.', value: '16', status: 'yes' },
        { text: 'The app is for people aged 18 or over.', value: '18', status: 'yes' },
        { text: 'Members must be fourteen years of age and up.', value: '14', status: 'yes' },
        { text: 'If you are under 13, please do not sign up.', value: '13', status: 'yes' },
        { text: 'You may only subscribe if you have reached the age of majority where you live.', status: 'yes' },
      ],
      noMatch: ['We collect your email address.', 'Our kids\' products are sold to adults.', 'We keep logs for at least 30 days.', 'The plugin needs version 10 or later.'],
    },
  },
  {
    id: 'children/coppa',
    section: 'children',
    finding: 'coppa',
    patterns: [phrase`COPPA|Children['s|’s] Online Privacy Protection Act`],
    polarity: 'yes',
    note: 'COPPA is named.',
    examples: { match: [{ text: 'We comply with the Children\'s Online Privacy Protection Act (COPPA).', status: 'yes' }], noMatch: ['We comply with the GDPR.'] },
  },
];
