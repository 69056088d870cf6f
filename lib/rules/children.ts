/** `children`: age limits and COPPA. */
import type { Rule } from './types';
import { phrase } from './phrase';

export const childrenRules: Rule[] = [
  {
    id: 'children/min_age',
    // every pattern needs an age, a child or a parent: most sentences skip the rule at once
    hint: phrase`${/\d/}|*child*|*minor*|*kid*|age*|*parent*|*guardian*|*thirteen*|*fourteen*|*fifteen*|*sixteen*|*seventeen*|*eighteen*|*twenty*|son[s]|*daughter*`,
    section: 'children',
    finding: 'min_age',
    patterns: [
      phrase`(children|child|minor[s]|kids|persons|individuals|users|anyone|people|visitors) …2 (under|below|younger than) [the age of] (${/\d{1,2}/}|thirteen|sixteen|eighteen)`,
      phrase`(under|below|younger than) the age of (${/\d{1,2}/}|thirteen|sixteen|eighteen)|(${/\d{1,2}/}|thirteen|sixteen|eighteen)[ ${/\(/}${/\d{1,2}/}${/\)/}] years (of age|old) (or|and) (older|over|above|up)|minimum age|age[s] (${/\d{1,2}/}|thirteen) and (older|over|up)`,
      /\b(?:children|child|minors|kids)(?:'s|’s)?\b(?=[^.]{0,80}\b(?:collect|intended|directed|use|register|provide|personal|information|data|privacy|consent|knowingly))/i,
      phrase`children['s|’s] privacy|parental (consent|permission|access|control)|parent[s] or [legal] guardian[s]|(your|a|the) (child|child's|child’s|childs|son|daughter|son's|daughter's)|children[s]|parent[s] …2 (consent|review|revoke|access)`,
      // eligibility worded as the user's age: "you must be at least 16", "18 years or older", "of legal age"
      phrase`(be|are|is|am|being|age[d]|individuals|persons|people|users|anyone|those) …2 (at least|over|older than) [the age of] (${/\d{1,2}/}|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|twenty-one)!([ ](days|months|hours|weeks|minutes|%|percent|million))`,
      phrase`(${/\d{1,2}/}|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|twenty-one)[ ${/\(/}${/\d{1,2}/}${/\)/}] [year[s]] [of age|old] (or|and) (older|over|above|up)`,
      phrase`(you|they|user[s]) (are|is|'re|’re) [not] [yet] (under|below|over|at least|younger than|older than) [the age of] (${/\d{1,2}/}|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|twenty-one)`,
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
