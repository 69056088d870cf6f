/** `retention`: how long data is kept. */
import type { Rule } from './types';
import { RETENTION_CONTEXT, RETENTION_CUE, THIRD_PARTY } from './vocab';
import { phrase } from './phrase';

/**
 * Cookie lifetimes and "we delete a child's data when we learn of it" are
 * cookie and children's statements, not the retention of the user's data.
 */
const notRetention = [
  {
    has: phrase`(they|these (companies|parties|vendors|providers)|(third|3rd) parties|vendor[s]|service providers|consultants|(research|marketing) firm[s]|partners) …3 (will not|do not|does not|must|shall|agree|are required|to keep|to adequately)`,
    why: 'what other companies must do with data is a contract term, not this service\'s retention',
  },
  { has: phrase`cookie[s] …3 (expire|remain|last|persist|will stay|are (deleted|stored|kept|removed))|(session|persistent|flash) cookie[s]|(delete|clear|remove) …2 cookies|child[ren]['s|’s]|parental|minor[s]|hard drive|under [the age of] 1${/\d/}|opt[ |-]out|(a|per) (day|week)`, why: 'cookie lifetimes, children\'s data, opt-out mechanics and office hours' },
];

export const retentionRules: Rule[] = [
  {
    id: 'retention/stated',
    skipIf: notRetention,
    section: 'retention',
    finding: 'stated',
    patterns: [
      phrase`(for|up to|within|after|at least|maximum of|minimum of|period of|no more than|not more than|no longer than|typically|about|approximately) [a [period of] |the [first] |a[n] ](${/\d{1,4}/}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four|thirty|sixty|ninety)[ ${/\(/}${/\d{1,4}/}${/\)/}]( |-)[calendar |business ](day[s]|week[s]|month[s]|year[s]|hour[s])`,
      phrase`(${/\d{1,4}/}|one|two|three|five|seven|ten|thirty|ninety)[ ${/\(/}${/\d{1,4}/}${/\)/}]( |-)(day[s]|week[s]|month[s]|year[s]) (as required|for (security|compliance|audit|tax|legal)|after|from|following|of (inactivity|account)|retention)`,
      /^[^:|]{0,60}[:|]\s(?:\d{1,4}|one|two|three|seven|thirty)(?:\s\(\d{1,4}\))?\s(?:days?|weeks?|months?|years?)\b/i,
    ],
    cue: [RETENTION_CUE],
    context: [RETENTION_CONTEXT],
    unless: [phrase`(notice|notify|respond|response|reply|answer|get back to you|refund|trial|process|processing|take up to|expire*|cancel* before|prior to [the] (effective|change[s])|take effect|old|age|years of age|copyright|founded|experience)`],
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
      phrase`[for] (as|so) long as ((is|it is|they are|we need|needed|reasonably|necessary|required|permitted|appropriate|your * (is|remains)|you (have|maintain|remain|are|use))|the …3 (is|remains) (active|open))`,
      phrase`no longer (than [is] (necessary|needed|required)|(necessary|needed|required))|only [for] (as long as|the (period|time)|until)`,
      phrase`for [the] (period|time|duration|length of time) …3 (necessary|needed|required|permitted|reasonabl*|of your account|that you)|for a (limited|reasonable|short) (period|time|amount)|for the (lifetime|duration|life) of (your|the)`,
      phrase`until (you|your|the (account|purpose|end)|it is no longer|they are no longer|such time)|while your (account|subscription|membership|plan|contract) (is|remains) (active|open|in force)|while you (play|use|subscribe)|retention period[s]|data retention polic*`,
      phrase`(delet*|destr(oy|oyed|uction)|purg*|discard*|dispos*|eras*) …8 (once|after|when|promptly|immediately|regularly|periodically|routinely|in accordance with|within)|(promptly|immediately|automatically|regularly|periodically|routinely) [*] (delet|destroy|purg|discard|eras)*|(keep|kept|store|stored|retain|retained|hold|held) …6' [for] [any] longer than|not (keep|store|retain) …8' (after|once|beyond)|(retain|keep|store)* …4' (only|solely|exclusively) (to|for|as long|until|while)|(retain|keep|store|save)* …4' for the (sole|limited|specific) purpose|retain* …5' as (necessary|needed|required|reasonably necessary)`,
    ],
    polarity: 'yes',
    cue: [RETENTION_CUE],
    context: [RETENTION_CONTEXT],
    unless: [phrase`(cookie[s] (remain|expire|last|will stay)|session cookie[s]|persistent cookie[s])`],
    note: 'Kept only as long as needed, while the account is active, or deleted once the purpose is served; no number. "We do not keep it longer than necessary" is still a limited period, so negation does not flip it.',
    examples: {
      match: [{ text: 'We retain personal data only for as long as necessary to fulfill the purposes described.', status: 'yes' }, { text: 'Active accounts — data is retained as long as your account is active', status: 'yes' }, { text: 'We keep your clips while your subscription is active.', status: 'yes' }],
      noMatch: ['We collect your email address.', 'As long as you agree, continue.'],
    },
  },
  {
    id: 'retention/indefinite',
    section: 'retention',
    finding: 'indefinite',
    patterns: [
      phrase`indefinite[ly]|forever|in perpetuity|permanent[ly] (retain*|stor*|kept|keep|archiv*|record)|(retain*|stor*|kept|keep) …4 permanently|no [set] (expiration|time limit)|(never|not ever) [be] (deleted|removed|purged|erased)!( (before|until|unless|without|except|within|for|prior|in less))|not [be] (deleted|removed|purged|erased) …3 ever|remain …3 (after|even after) (you|your) (delete|close|terminat)|(keep|retain|store|log)[s] …8- even (when|after|if) …4 (delete|close|terminate|cancel)* …1 (account[s]|profile[s])`,
    ],
    cue: [RETENTION_CUE],
    context: [RETENTION_CONTEXT],
    skipIf: [
      ...notRetention,
      {
        has: phrase`anonymi(s|z)ed|anonymous|de[-]identified|aggregate[d]|statistical|non[-]personal|non[-]identifying`,
        lacks: phrase`personal (data|information)|your (data|information|account|content|posts|messages|profile)|(account|profile|user) (data|information)`,
        why: 'anonymised or aggregated data kept for ever is nothing kept about a person (that is retention/anonymized)',
      },
    ],
    polarity: 'yes',
    note: 'Kept indefinitely, forever, or not deleted even after the account is.',
    examples: {
      match: [{ text: 'We may retain your information indefinitely.', status: 'yes' }, { text: 'Posts remain on our servers even after you delete your account.', status: 'yes' }, { text: 'Your posts will never be deleted.', status: 'yes' }, { text: 'Content you post is not ever removed from our servers.', status: 'yes' }, { text: 'Comments you publish are not deleted by us ever; only you can remove them.', status: 'yes' }],
      noMatch: ['We delete data after 30 days.', 'We retain data as long as necessary.', 'We may keep de-identified, aggregated statistics indefinitely.', 'Backups are never deleted before 30 days have passed.', 'Your data is never deleted without telling you first.'],
    },
  },
  {
    id: 'retention/unspecified',
    skipIf: [
      ...notRetention,
      { has: phrase`(${THIRD_PARTY}|advertiser[s]|ad network[s]|vendor[s]|service provider[s]|partners|browser[s]|device[s]|cookie[s]|Flash|local (shared objects|storage)|your (computer|browser|device|hard drive))`, lacks: phrase`we …2 (store|keep|retain|save|archive|log)`, why: 'storage by other companies or on the user\'s own device is not this service keeping data' },
      { has: phrase`(secure|securely|encrypt*|firewall*|protect*|safeguard*)`, lacks: phrase`(for|until|as long|after|even when|even after|records|copy|copies|log)`, why: 'where and how securely data is stored is security' },
    ],
    section: 'retention',
    finding: 'unspecified',
    patterns: [
      // the verb only, so the negation before it decides the status: "we do not store card numbers" is a no
      /(?<=(?:\bnot|\bnever|n't)\s(?:\w+\s)?)(?:store|keep|retain|save|archive)s?\s(?:or\s\w+\s)?(?:(?:any|your|the|this|that|such|these|those|full|complete|credit|payment|card|personal(?:ly)?|identifiable|friend's|friends'|e-?mail)\s){0,4}(?:information|data|details|numbers?|address(?:es)?|records|it|them|this|that)\b/i,
      phrase`(keep|retain|store|maintain)[s] …5- (for|in) our (records|files|archives)`,
      phrase`(remain|persist|stay)[s] …3 (in|on|within) [our] (database[s]|records|systems|servers|archives|backup[s]|logs|files)|residual (information|data|copies)`,
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
      /\b(?:after|upon|following|on|when|once|if|until)\s(?:you\s)?(?:the\s)?(?:account\s)?(?:delet\w*|terminat\w*|clos\w*|cancel\w*|deactivat\w*)\s(?:of\s)?(?:your|the|an|their)?\s?(?:account|subscription|service|membership)?/i,
      phrase`(deleted|closed|terminated|cancel[l]ed|deactivated) account[s]|after [the] (export period|account (deletion|closure|termination))|post-termination|upon termination`,
      // the account as the subject: "kept for 5 years after your account closes", "what stays after closure"
      phrase`(after|once|when|until) (your|the|their) account (closes|is closed|is deleted|is terminated|ends|has been (closed|deleted))|(after|following|upon) closure`,
    ],
    cue: [RETENTION_CUE],
    context: [RETENTION_CONTEXT, phrase`termination`],
    value: 'duration',
    note: 'What happens to data after the account is deleted or closed; value is the delay when stated.',
    examples: {
      match: [{ text: 'Deleted accounts — personal data is removed within 30 days of account deletion', status: 'yes', value: 'P30D' }, { text: 'After you close your account, we delete your data.', status: 'yes' }, { text: 'The verification result is kept for 5 years after your account closes.', status: 'yes', value: 'P5Y' }, { text: 'We keep account data until you close your account and then delete it within 60 days.', status: 'yes', value: 'P60D' }, { text: 'Invoices are kept for seven years following closure of your account.', status: 'yes', value: 'P7Y' }],
      noMatch: ['You can delete your account at any time.', 'We collect your email address.'],
    },
  },
  {
    id: 'retention/after_closure:residual',
    // each pattern needs one of these words
    hint: phrase`*residual*|*back[-]up*|*archiv*|*complete*|*fully*|*entirely*|*immediately*|*permanent*|*ask*|*request*|*despite*|*not*|*cannot*|*can('|’)t*`,
    skipIf: notRetention,
    section: 'retention',
    finding: 'after_closure',
    patterns: [
      phrase`residual (copies|data|information|content)`,
      // copies that outlive a deletion: "may remain in back-up storage", "stays on our backup servers"
      phrase`(remain|persist|stay|continue to exist|be retained|be kept|be stored)* …4- (in|on|within) [our|the] (back[-]up[s]|back[-]up (server[s]|system[s]|storage|copies|media|files)|archive[s]|archived (copies|records))`,
      // "may not be completely removed": what a deletion leaves behind
      phrase`(not|never) [be] (completely|fully|entirely|immediately|permanently) (removed|deleted|erased)`,
      // kept although the user asked for deletion: "even if you ask us to delete it", "if you request the erasure …, we may retain"
      phrase`[even] (if|after|when|once|although) you …2 (ask|request)* …3 [to] (delet|eras|remov)*|(if|after|when|once) you …2 request [the] (erasure|deletion|removal)`,
      // the service saying when it will not delete: "we may not be able to delete your information", "we retain it despite your request"
      phrase`we …2 (not|cannot|can't|can’t) [be able to] (delete|erase|remove) [all [of] ][your |the |some |certain |such ][personal ](information|data|details|records)|(retain|keep|store|hold)* …5- despite (your|a|any|the) [*] (request|objection|deletion|erasure)`,
    ],
    // what outlives the deletion is kept: a retention word in the sentence
    cue: [phrase`(retain*|keep|keeps|kept|hold|holds|held|remain*|persist*|exist*|stor(e|ed|age)|copies|back[-]up[s]|archiv*)|we …2 (not|cannot|can't|can’t) [be able to] (delete|erase|remove)`],
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
    patterns: [
      phrase`(anonymi(s|z)(e|ed|es|ing|ation)|de[-]identif(y|ied|ication)|aggregat(e|ed) and anonymi(s|z)ed|irreversibly anonymi(s|z)ed)`,
      // "kept in anonymous form", "aggregated so that no individual can be identified": read at the keeping verb, not at "no"
      phrase`verb=(kept|stored|retained|held|archived|keep[s]|store[s]|retain[s]|hold[s]) …3 in (anonymous|aggregate[d]|de[-]identified|non[-]identifiable) form`,
      phrase`verb=(aggregate[d]|combined|grouped|anonymi(s|z)ed|processed|kept|stored|retained) so (that|as) no (individual|one|person|user|member|customer) can be identified|(can|could) no longer [be used to] identify (you|an individual|individuals)`,
    ],
    cue: [phrase`(retain*|retention|keep|kept|stor(e|ed)|delet*|instead|then|after|thereafter|no longer (needed|necessary|required)|long-term|when no longer)`],
    context: [RETENTION_CONTEXT],
    note: 'Data is anonymized or aggregated instead of deleted.',
    examples: {
      match: [{ text: 'API usage logs are retained for 90 days, then aggregated and anonymized.', status: 'yes' }, { text: 'When data is no longer needed, it is securely deleted or irreversibly anonymized.', status: 'yes' }, { text: 'Some summary statistics are kept in anonymous form with no time limit.', status: 'yes' }, { text: 'Statistics we keep for longer are aggregated so that no individual can be identified.', status: 'yes' }],
      noMatch: ['We share anonymized statistics with partners.', 'We collect your email.'],
    },
  },
];
