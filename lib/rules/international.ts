/** `international`: transfers across borders, safeguards, storage location. */
import type { Rule } from './types';
import { casedPhrase, phrase } from './phrase';

export const internationalRules: Rule[] = [
  {
    id: 'international/transfers',
    section: 'international',
    finding: 'transfers',
    patterns: [
      /\b(?:transferr?\w*|transmitt?\w*|mov(?:e|ed)|processed)\s(?:\w+\s){0,6}?(?:to|in|into|across|outside(?:\sof)?)\s(?:the\s)?(?:\w+\s){0,2}?(?:United\sStates|U\.S\.|US|USA|other\scountries|countries|jurisdictions?|EEA|European\sEconomic\sArea|EU|European\sUnion|Europe|UK|United\sKingdom|Canada|your\s(?:country|jurisdiction)|country\sof\s(?:your\s)?residence|borders)\b/i,
      phrase`(located|stored|maintained|processed|hosted) …3 outside [of] (your|the) …3 (state|province|country|jurisdiction)|(non-U[.]S[.]|international|foreign|overseas|non-US) (users|visitors|customers)|(international|cross-border|trans-border|overseas) [data] transfer[s]|outside [of] [the] (EEA|European Economic Area|EU|European Union|UK|your country)|(leave[s]|leaving) [the] (EEA|European Economic Area|EU|European Union|UK|United Kingdom|Switzerland)|countries …4 (not|different) …3 (same level|equivalent|adequate|as protective)|(user[s]|visitors|individuals|you) …2 [located |residing |accessing …3 ][from ]outside [of] [the] (United States|U.S.|US|EEA|EU|European)`,
      // "stored and processed in any country where we or our service providers have facilities", "in several places around the world"
      // matched on the rare words first, the verb then looked for behind them: a lookbehind placed first would run at every position
      phrase`(any [other] country|other countries|various [other] countries|multiple countries|several [different] (countries|places around the world)|another country|countries (around|throughout) the world|a country other than)<((transfer[r]*|stor(e|ed)|process[ed]|hosted|located|maintained|kept)~80(any [other] country|other countries|various [other] countries|multiple countries|several [different] (countries|places around the world)|another country|countries (around|throughout) the world|a country other than))`,
    ],
    value: 'regions',
    // a heading "International users" is a statement of the topic; a body sentence can deny a transfer ("your data never leaves the EU")
    headings: true,
    // "provided to us": the pronoun, not the country (a case-insensitive pattern reads "us" as "US")
    veto: [casedPhrase`(to|from|with|by|for|via|through) us`],
    note: 'Data crosses borders; value lists the countries or regions named. Region-specific rights sections ("California residents") are not transfers and are not reported here.',
    examples: {
      match: [
        { text: 'Your information may be transferred to, stored, and processed in the United States or other countries.', status: 'yes', value: 'United States, other countries' },
        { text: 'When transferring data outside the EEA, we use Standard Contractual Clauses.', status: 'yes' },
        { text: 'Your data may be stored and processed in any country where we or our hosting providers have facilities.', status: 'yes' },
        { text: 'Our servers are located in several different places around the world.', status: 'yes' },
        { text: 'Where data leaves the European Economic Area, we rely on the Standard Contractual Clauses.', status: 'yes' },
        { text: 'We do not transfer your personal data outside the EU.', status: 'no' },
        { text: 'Your account data is never transferred to other countries.', status: 'no' },
        { text: 'All data stays in Germany and never leaves the European Union.', status: 'no' },
      ],
      noMatch: ['We transfer money to your account.', 'We collect your email.', 'Our customers come from many countries.', 'We will not transfer the details you provided to us for other purposes.', 'Messages you send to us are encrypted in transit.'],
    },
  },
  {
    id: 'international/safeguards',
    section: 'international',
    finding: 'safeguards',
    patterns: [phrase`Standard Contractual Clauses|SCCs|adequacy decision[s]|Privacy Shield|Safe Harbor|Binding Corporate Rules|model [contract[ual]] clauses|data transfer framework[s]`],
    polarity: 'yes',
    note: 'SCCs, adequacy decisions, Privacy Shield / Safe Harbor, BCRs.',
    examples: { match: [{ text: 'We rely on Standard Contractual Clauses (SCCs) approved by the European Commission.', status: 'yes' }, { text: 'We participate in the EU-U.S. Safe Harbor program.', status: 'yes' }], noMatch: ['We apply safeguards to protect your data.'] },
  },
  {
    id: 'international/storage_location',
    section: 'international',
    finding: 'storage_location',
    patterns: [/\b(?:stored|hosted|located|housed|kept|maintained|processed)\s(?:\w+\s){0,3}?(?:on\s(?:servers?|infrastructure)\s)?(?:located\s)?in\s(?:the\s)?(?:United\sStates|U\.S\.|US|USA|Europe|EU|European\sUnion|EEA|Germany|Ireland|France|Canada|UK|United\sKingdom|Netherlands|Frankfurt|Switzerland)\b|\b(?:data\scenters?|servers?)\s(?:are\s)?(?:located|based|hosted)\s(?:\w+\s){0,2}?in\b|\bhosted\sin\sthe\s(?:US|EU)\b|\bprimarily\soperated\sin\b/i],
    polarity: 'yes',
    value: 'regions',
    note: 'Where the data is stored or hosted.',
    examples: { match: [{ text: 'Data is stored on servers located in Europe', status: 'yes', value: 'Europe' }], noMatch: ['We store your data securely.'] },
  },
  {
    id: 'international/regional_rights',
    section: 'international',
    finding: 'regional_rights',
    hint: phrase`*California*|*Nevada*|*Virginia*|*Colorado*|*Connecticut*|*Utah*|*Texas*|*Oregon*|*Montana*|*Vermont*|*Delaware*|*Iowa*|*Minnesota*|*Massachusetts*|*EEA*|EU|*Europe*|UK|*United Kingdom*|*Canad*|*Australia*|*Brazil*|*Swi(ss|tzerland)|*Japan*|*Shine*|*1798*|*CCPA*|*CPRA*|*CalOPPA*|*resident*`,
    patterns: [
      phrase`(California|Nevada|Virginia|Colorado|Connecticut|Utah|Texas|Oregon|Montana|Vermont|Delaware|Iowa|Minnesota|Massachusetts|EEA|EU|European[ Economic Area| Union]|UK|Canadian|Australian|Brazilian|Swiss|Japanese) (resident[s]|consumer[s]|users|visitors|customers|data subjects|individuals|privacy rights)!( (Privacy|Protection) Act)`,
      phrase`resident[s] of [the] [State of] (California|Nevada|Virginia|Colorado|Connecticut|Utah|Texas|Oregon|Montana|Vermont|Delaware|Iowa|Minnesota|Massachusetts|EEA|EU|European Economic Area|European Union|United Kingdom|UK|Canada|Switzerland|Australia|Brazil|Japan)|if you (are|reside|live) [located|based] [a|an] [in [the] ](California|Nevada|Virginia|Colorado|Connecticut|Utah|EEA|EU|European Economic Area|European Union|United Kingdom|UK|Canada|Switzerland)`,
      phrase`Shine the Light|1798.${/\d{2,3}/}|(right[s]|request[s]) …4 under [the] (CCPA|CPRA|California Consumer Privacy Act|GDPR)|(CCPA|CPRA) (rights|request[s]|notice)|CalOPPA|California Online Privacy Protection Act|California Business (&|and) Professions Code`,
    ],
    headings: true,
    polarity: 'yes',
    value: 'residency',
    note: 'A section of rights or notices for residents of a region ("Your California Privacy Rights", "Nevada residents", "If you are in the EEA"); value names the region. Not a transfer.',
    examples: {
      match: [{ text: 'Your California Privacy Rights', status: 'yes', value: 'California' }, { text: 'Residents of the State of Nevada may submit a request to opt out.', status: 'yes', value: 'Nevada' }, { text: 'If you are located in the EEA, you have the following rights.', status: 'yes', value: 'EU/EEA' }],
      noMatch: ['Our offices are in California.', 'We transfer data to the United States.', 'We handle personal data in line with the GDPR and the CCPA.', 'We comply with the California Consumer Privacy Act.'],
    },
  },
];
