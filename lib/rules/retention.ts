/** `retention`: how long data is kept. */
import type { Rule } from './types';
import { RETENTION_CONTEXT, RETENTION_CUE } from './vocab';

/**
 * Cookie lifetimes and "we delete a child's data when we learn of it" are
 * cookie and children's statements, not the retention of the user's data.
 */
const notRetention = [
  {
    has: /\b(?:they|these\s(?:companies|parties|vendors|providers)|(?:third|3rd)\sparties|vendors?|service\sproviders|consultants|(?:research|marketing)\sfirms?|partners)\s(?:\w+\s){0,3}?(?:will\snot|do\snot|does\snot|must|shall|agree|are\srequired|to\skeep|to\sadequately)\b/i,
    why: 'what other companies must do with data is a contract term, not this service\'s retention',
  },
  { has: /\bcookies?\s(?:\w+\s){0,3}?(?:expire|remain|last|persist|will\sstay|are\s(?:deleted|stored|kept|removed))|\b(?:session|persistent|flash)\scookies?\b|\b(?:delete|clear|remove)\s(?:\w+\s){0,2}?cookies\b|\bchild(?:ren)?(?:'s|’s)?\b|\bparental\b|\bminors?\b|\bhard\sdrive\b|\bunder\s(?:the\sage\sof\s)?1\d\b|\bopt[\s-]?out\b|\b(?:a|per)\s(?:day|week)\b/i, why: 'cookie lifetimes, children\'s data, opt-out mechanics and office hours' },
];

export const retentionRules: Rule[] = [
  {
    id: 'retention/stated',
    skipIf: notRetention,
    section: 'retention',
    finding: 'stated',
    patterns: [
      /\b(?:for|up\sto|within|after|at\sleast|maximum\sof|minimum\sof|period\sof|no\smore\sthan|not\smore\sthan|no\slonger\sthan|typically|about|approximately)\s(?:a\s(?:period\sof\s)?|the\s(?:first\s)?|an?\s)?(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four|thirty|sixty|ninety)(?:\s\(\d{1,4}\))?[\s-](?:calendar\s|business\s)?(?:days?|weeks?|months?|years?|hours?)\b/i,
      /\b(?:\d{1,4}|one|two|three|five|seven|ten|thirty|ninety)(?:\s\(\d{1,4}\))?[\s-](?:days?|weeks?|months?|years?)\s(?:as\srequired|for\s(?:security|compliance|audit|tax|legal)|after|from|following|of\s(?:inactivity|account)|retention)/i,
      /^[^:|]{0,60}[:|]\s(?:\d{1,4}|one|two|three|seven|thirty)(?:\s\(\d{1,4}\))?\s(?:days?|weeks?|months?|years?)\b/i,
    ],
    cue: [RETENTION_CUE],
    context: [RETENTION_CONTEXT],
    unless: [/\b(?:notice|notify|respond|response|reply|refund|trial|process|processing|take\sup\sto|expire\w*|cancel\w*\sbefore|prior\sto\s(?:the\s)?(?:effective|changes?)|take\seffect|old|age|years\sof\sage|copyright|founded|experience)\b/i],
    value: 'duration',
    requireValue: true,
    detail: 'retention-data',
    note: 'A concrete retention period; value is the ISO duration, detail the data it applies to ("Authentication logs") when the sentence starts with a label.',
    examples: {
      match: [
        { text: 'Authentication logs: retained for 12 months for security audit purposes.', status: 'yes', value: 'P12M', detail: 'Authentication logs' },
        { text: 'We keep billing records for seven (7) years.', status: 'yes', value: 'P7Y' },
        { text: 'reddit stores IP addresses for 90 days after they are made.', status: 'yes', value: 'P90D' },
      ],
      noMatch: ['We will notify you 30 days before changes take effect.', 'We will respond within 30 days.', 'We retain data as long as necessary.'],
    },
  },
  {
    id: 'retention/limited',
    skipIf: notRetention,
    section: 'retention',
    finding: 'limited',
    patterns: [
      /\b(?:for\s)?(?:as|so)\slong\sas\s(?:(?:is|it\sis|they\sare|we\sneed|needed|reasonably|necessary|required|permitted|appropriate|your\s\w+\s(?:is|remains)|you\s(?:have|maintain|remain|are|use))\b|\bthe\s(?:\w+\s){0,3}?(?:is|remains)\s(?:active|open))/i,
      /\bno\slonger\s(?:than\s(?:is\s)?(?:necessary|needed|required)|(?:necessary|needed|required))\b|\bonly\s(?:for\s)?(?:as\slong\sas|the\s(?:period|time)|until)\b/i,
      /\bfor\s(?:the\s)?(?:period|time|duration|length\sof\stime)\s(?:\w+\s){0,3}?(?:necessary|needed|required|permitted|reasonabl\w*|of\syour\saccount|that\syou)\b|\bfor\sa\s(?:limited|reasonable|short)\s(?:period|time|amount)\b|\bfor\sthe\s(?:lifetime|duration|life)\sof\s(?:your|the)\b/i,
      /\buntil\s(?:you|your|the\s(?:account|purpose|end)|it\sis\sno\slonger|they\sare\sno\slonger|such\stime)\b|\bwhile\syour\saccount\sis\sactive\b|\bretention\speriods?\b|\bdata\sretention\spolic\w*\b/i,
      /\b(?:delet\w*|destr(?:oy|oyed|uction)|purg\w*|discard\w*|dispos\w*|eras\w*)\s(?:\w+\s){0,8}?(?:once|after|when|promptly|immediately|regularly|periodically|routinely|in\saccordance\swith|within)\b|\b(?:promptly|immediately|automatically|regularly|periodically|routinely)\s(?:\w+\s)?(?:delet|destroy|purg|discard|eras)\w*\b|\b(?:keep|kept|store|stored|retain|retained|hold|held)\s(?:[\w'’]+\s){0,6}?(?:for\s)?(?:any\s)?longer\sthan\b|\bnot\s(?:keep|store|retain)\s(?:[\w'’]+\s){0,8}?(?:after|once|beyond)\b|\b(?:retain|keep|store)\w*\s(?:[\w'’]+\s){0,4}?(?:only|solely|exclusively)\s(?:to|for|as\slong|until|while)\b|\b(?:retain|keep|store|save)\w*\s(?:[\w'’]+\s){0,4}?for\sthe\s(?:sole|limited|specific)\spurpose\b|\bretain\w*\s(?:[\w'’]+\s){0,5}?as\s(?:necessary|needed|required|reasonably\snecessary)\b|\bscheduled\sfor\s(?:\w+\s)?(?:destruction|deletion)\b/i,
    ],
    polarity: 'yes',
    cue: [RETENTION_CUE],
    context: [RETENTION_CONTEXT],
    unless: [/\b(?:cookies?\s(?:remain|expire|last|will\sstay)|session\scookies?|persistent\scookies?)\b/i],
    note: 'Kept only as long as needed, while the account is active, or deleted once the purpose is served; no number. "We do not keep it longer than necessary" is still a limited period, so negation does not flip it.',
    examples: {
      match: [{ text: 'We retain personal data only for as long as necessary to fulfill the purposes described.', status: 'yes' }, { text: 'Active accounts — data is retained as long as your account is active', status: 'yes' }],
      noMatch: ['We collect your email address.', 'As long as you agree, continue.'],
    },
  },
  {
    id: 'retention/indefinite',
    skipIf: notRetention,
    section: 'retention',
    finding: 'indefinite',
    patterns: [
      /\bindefinite(?:ly)?\b|\bforever\b|\bin\sperpetuity\b|\bpermanent(?:ly)?\s(?:retain\w*|stor\w*|kept|keep|archiv\w*|record)|\b(?:retain\w*|stor\w*|kept|keep)\s(?:\w+\s){0,4}?permanently\b|\bno\s(?:set\s)?(?:expiration|time\slimit)\b|\b(?:not|never)\s(?:be\s)?(?:deleted|removed|purged|erased)\s(?:from\s(?:\w+\s){0,2}?)?ever\b|\bremain\s(?:\w+\s){0,3}?(?:after|even\safter)\s(?:you|your)\s(?:delete|close|terminat)|\b(?:keep|retain|store|log)s?\s(?:[\w'’-]+\s){0,8}?even\s(?:when|after|if)\s(?:\w+\s){0,4}?(?:delete|close|terminate|cancel)\w*\s(?:\w+\s)?(?:accounts?|profiles?)\b/i,
    ],
    cue: [RETENTION_CUE],
    context: [RETENTION_CONTEXT],
    polarity: 'yes',
    note: 'Kept indefinitely, forever, or not deleted even after the account is.',
    examples: {
      match: [{ text: 'We may retain your information indefinitely.', status: 'yes' }, { text: 'Posts remain on our servers even after you delete your account.', status: 'yes' }],
      noMatch: ['We delete data after 30 days.', 'We retain data as long as necessary.'],
    },
  },
  {
    id: 'retention/unspecified',
    skipIf: [
      ...notRetention,
      { has: /\b(?:(?:third|3rd)[\s-]part(?:y|ies)|advertisers?|ad\snetworks?|vendors?|service\sproviders?|partners|browsers?|devices?|cookies?|Flash|local\s(?:shared\sobjects|storage)|your\s(?:computer|browser|device|hard\sdrive))\b/i, lacks: /\bwe\s(?:\w+\s){0,2}?(?:store|keep|retain|save|archive|log)\b/i, why: 'storage by other companies or on the user\'s own device is not this service keeping data' },
      { has: /\b(?:secure|securely|encrypt\w*|firewall\w*|protect\w*|safeguard\w*)\b/i, lacks: /\b(?:for|until|as\slong|after|even\swhen|even\safter|records|copy|copies|log)\b/i, why: 'where and how securely data is stored is security' },
    ],
    section: 'retention',
    finding: 'unspecified',
    patterns: [
      // the verb only, so the negation before it decides the status: "we do not store card numbers" is a no
      /(?<=(?:\bnot|\bnever|n't)\s(?:\w+\s)?)(?:store|keep|retain|save|archive)s?\s(?:or\s\w+\s)?(?:(?:any|your|the|this|that|such|these|those|full|complete|credit|payment|card|personal(?:ly)?|identifiable|friend's|friends'|e-?mail)\s){0,4}(?:information|data|details|numbers?|address(?:es)?|records|it|them|this|that)\b/i,
      /\b(?:keep|retain|store|maintain)s?\s(?:[\w'’-]+\s){0,5}?(?:for|in)\sour\s(?:records|files|archives)\b/i,
      /\b(?:remain|persist|stay)s?\s(?:\w+\s){0,3}?(?:in|on|within)\s(?:our\s)?(?:databases?|records|systems|servers|archives|backups?|logs|files)\b|\bresidual\s(?:information|data|copies)\b/i,
    ],
    note: 'The service says it does not keep some data ("we do not store card numbers"), or that copies remain in its databases or backups, without a period. A plain "we collect and store" is not reported: it says nothing about how long. Folded away when the card has a stated, limited or indefinite period.',
    examples: {
      match: [{ text: 'We do not store your card number.', status: 'no' }, { text: 'Our app never keeps your payment details.', status: 'no' }, { text: 'Some residual information may remain in our backups.', status: 'yes' }, { text: 'Copies may remain in our archives for a while.', status: 'yes' }, { text: "We don't keep or use your friend's e-mail address afterwards.", status: 'no' }, { text: 'When you change your profile we keep the earlier version for our records.', status: 'yes' }],
      noMatch: ['Cookies are stored on your computer.', 'We do not store cookies on your device.', 'Third-party vendors do not keep data on our behalf.', 'We do not keep you waiting.', 'We collect and store your e-mail address.'],
    },
  },
  {
    id: 'retention/after_closure',
    skipIf: notRetention,
    section: 'retention',
    finding: 'after_closure',
    patterns: [
      /\b(?:after|upon|following|on|when|once|if)\s(?:you\s)?(?:the\s)?(?:account\s)?(?:delet\w*|terminat\w*|clos\w*|cancel\w*|deactivat\w*)\s(?:of\s)?(?:your|the|an|their)?\s?(?:account|subscription|service|membership)?/i,
      /\b(?:deleted|closed|terminated|cancell?ed|deactivated)\saccounts?\b|\bafter\s(?:the\s)?(?:export\speriod|account\s(?:deletion|closure|termination))\b|\bpost-termination\b|\bupon\stermination\b/i,
    ],
    cue: [RETENTION_CUE],
    context: [RETENTION_CONTEXT, /\btermination\b/i],
    value: 'duration',
    note: 'What happens to data after the account is deleted or closed; value is the delay when stated.',
    examples: {
      match: [{ text: 'Deleted accounts — personal data is removed within 30 days of account deletion', status: 'yes', value: 'P30D' }, { text: 'After you close your account, we delete your data.', status: 'yes' }],
      noMatch: ['You can delete your account at any time.', 'We collect your email address.'],
    },
  },
  {
    id: 'retention/after_closure:residual',
    // each pattern needs one of these words
    hint: /residual|back-?up|archiv|complete|fully|entirely|immediately|permanent|ask|request|despite|not|cannot|can['’]t/i,
    skipIf: notRetention,
    section: 'retention',
    finding: 'after_closure',
    patterns: [
      /\bresidual\s(?:copies|data|information|content)\b/i,
      // copies that outlive a deletion: "may remain in back-up storage", "stays on our backup servers"
      /\b(?:remain|persist|stay|continue\sto\sexist|be\sretained|be\skept|be\sstored)\w*\s(?:[\w-]+\s){0,4}?(?:in|on|within)\s(?:our\s|the\s)?(?:back-?ups?|back-?up\s(?:servers?|systems?|storage|copies|media|files)|archives?|archived\s(?:copies|records))\b/i,
      // "may not be completely removed": what a deletion leaves behind
      /\b(?:not|never)\s(?:be\s)?(?:completely|fully|entirely|immediately|permanently)\s(?:removed|deleted|erased)\b/i,
      // kept although the user asked for deletion: "even if you ask us to delete it", "if you request the erasure …, we may retain"
      /\b(?:even\s)?(?:if|after|when|once|although)\syou\s(?:\w+\s){0,2}?(?:ask|request)\w*\s(?:\w+\s){0,3}?(?:to\s)?(?:delet|eras|remov)\w*|\b(?:if|after|when|once)\syou\s(?:\w+\s){0,2}?request\s(?:the\s)?(?:erasure|deletion|removal)\b/i,
      // the service saying when it will not delete: "we may not be able to delete your information", "we retain it despite your request"
      /\bwe\s(?:\w+\s){0,2}?(?:not|cannot|can't|can’t)\s(?:be\sable\sto\s)?(?:delete|erase|remove)\s(?:all\s(?:of\s)?)?(?:your\s|the\s|some\s|certain\s|such\s)?(?:personal\s)?(?:information|data|details|records)\b|\b(?:retain|keep|store|hold)\w*\s(?:[\w'’-]+\s){0,5}?despite\s(?:your|a|any|the)\s(?:\w+\s)?(?:request|objection|deletion|erasure)\b/i,
    ],
    // what outlives the deletion is kept: a retention word in the sentence
    cue: [/\b(?:retain\w*|keep|keeps|kept|hold|holds|held|remain\w*|persist\w*|exist\w*|stor(?:e|ed|age)|copies|back-?ups?|archiv\w*)\b|\bwe\s(?:\w+\s){0,2}?(?:not|cannot|can't|can’t)\s(?:be\sable\sto\s)?(?:delete|erase|remove)\b/i],
    polarity: 'yes',
    note: 'What a deletion leaves behind: residual copies in backups, content not completely removed, data kept although the user asked for erasure. The "not" in "not completely removed" says something survives, so it never reads as a denial.',
    examples: {
      match: [
        { text: 'Residual copies of deleted files may stay in our backups for 60 days.', status: 'yes', value: 'P60D' },
        { text: 'Some of your information may remain in back-up storage even if you ask us to delete it.', status: 'yes' },
        { text: 'Comments you made may not be completely removed, and copies may continue to exist on the service.', status: 'yes' },
        { text: 'If you request the erasure of your data, we may retain some records for tax purposes.', status: 'yes' },
        { text: 'Where the law requires it, we may not be able to delete your records and will keep them for the required period.', status: 'yes' },
        { text: 'If we cannot erase all of your data, we will tell you why.', status: 'yes' },
        { text: 'We may hold some account details despite your request for erasure.', status: 'yes' },
      ],
      noMatch: ['You can delete your account at any time.', 'We store backups in encrypted form.', 'You can ask us to delete your data.', 'You cannot delete your account from the mobile app.', 'We do not store your data despite what some reviews say.'],
    },
    value: 'duration',
  },
  {
    id: 'retention/anonymized',
    skipIf: notRetention,
    section: 'retention',
    finding: 'anonymized',
    patterns: [/\b(?:anonymi[sz](?:e|ed|es|ing|ation)|de-?identif(?:y|ied|ication)|aggregat(?:e|ed)\sand\sanonymi[sz]ed|irreversibly\sanonymi[sz]ed)\b/i],
    cue: [/\b(?:retain\w*|retention|keep|kept|stor(?:e|ed)|delet\w*|instead|then|after|thereafter|no\slonger\s(?:needed|necessary|required)|long-term|when\sno\slonger)\b/i],
    context: [RETENTION_CONTEXT],
    note: 'Data is anonymized or aggregated instead of deleted.',
    examples: {
      match: [{ text: 'API usage logs are retained for 90 days, then aggregated and anonymized.', status: 'yes' }, { text: 'When data is no longer needed, it is securely deleted or irreversibly anonymized.', status: 'yes' }],
      noMatch: ['We share anonymized statistics with partners.', 'We collect your email.'],
    },
  },
];
