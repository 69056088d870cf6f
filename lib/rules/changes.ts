/** `changes`: how the policy changes and how users hear about it. */
import type { Rule } from './types';

/** What can change: the policy, or the terms and agreements that hold it ("these Terms of Service", "this agreement", "the TOU"). */
const POLICY = String.raw`(?:(?:this|our|the|these|its)\s(?:online\s)?(?:privacy\s|cookie\s|data\s)?(?:policy|policies|notice|statement|terms|agreement|agreements|conditions|documents|T&Cs?|TOU|TOS|EULA)|Terms\sof\s(?:Service|Use)|Terms\sand\sConditions|Privacy\s(?:Policy|Notice|Statement))`;

export const changesRules: Rule[] = [
  {
    id: 'changes/notice',
    section: 'changes',
    finding: 'notice',
    patterns: [
      new RegExp(String.raw`\b(?:chang\w*|updat\w*|modif\w*|revis\w*|amend\w*|alter\w*)\s(?:to\s|of\s|in\s)?(?:\w+\s){0,2}?${POLICY}\b`, 'i'),
      new RegExp(String.raw`\b${POLICY}\s(?:\w+\s){0,2}?(?:may|will|might|can|could|is\ssubject\sto|are\ssubject\sto)\s(?:\w+\s){0,3}?(?:chang\w*|updat\w*|modif\w*|revis\w*|amend\w*)\b`, 'i'),
      /\b(?:material|significant)\schanges\b|\bcontinued\suse\s(?:\w+\s){0,6}?(?:after|following)\s(?:\w+\s){0,3}?(?:changes|updates|revisions|posting)\b|\b(?:changes|updates|revisions)\s(?:\w+\s){0,3}?(?:take|become|are)\seffective\b|\bpost\s(?:\w+\s){0,2}?(?:changes|revised|updated|new)\s(?:\w+\s){0,2}?(?:policy|notice|version)\b/i,
      // "we will give notice of material changes", "notice of TOS updates"
      /\b(?:notice|notification)\sof\s(?:\w+\s){0,2}?(?:changes|updates|modifications|revisions|amendments)\b/i,
      /\b(?:updated|modified|revised|amended|new)\s(?:version\sof\s(?:the|this|our)\s)?(?:privacy\s)?(?:policy|notice|statement)\b|\bcheck\s(?:\w+\s){0,4}?(?:periodically|regularly|from\stime\sto\stime|frequently)\b|\bif\swe\s(?:\w+\s){0,2}?(?:change|modify|update|revise|amend)\b|\b(?:when|whenever)\swe\s(?:\w+\s)?(?:change|modify|update|revise|amend)\s(?:the\s|these\s|our\s|this\s|its\s)?(?:privacy\s)?(?:terms|policy|notice|statement|agreement|prices|fees)\b|\bpost\s(?:the\s|any\s|such\s)?(?:changes|updates|revisions)\s(?:\w+\s){0,2}?(?:to|on)\s(?:this|our|the)\s(?:page|site|website)\b|\b(?:significant|material)\s(?:updates|modifications|revisions|changes)\b|\bgoing-forward\sbasis\b|\b(?:has|have)\sbeen\s(?:updated|revised|amended|modified)\b/i,
    ],
    polarity: 'yes',
    deniedBy: [
      ...['notice', 'prior notice', 'any notice', 'further notice', 'advance notice', 'notification', 'prior notification', 'any notification', 'notifying you', 'informing you', 'notice to you', 'prior notice to you', 'warning'].map((w) => ({
        phrase: `without ${w}`,
        why: 'The change needs no notice: a denial of notice.',
      })),
      ...['not be bound to provide notice', 'not bound to provide notice', 'not be obliged to provide notice', 'not required to provide notice', 'not obligated to provide notice', 'not obligated to notify', 'not required to notify', 'no obligation to notify', 'not obliged to notify', 'not notify you'].map((phrase) => ({ phrase, why: 'The policy says users will not be told.' })),
    ],
    detail: 'notice-channel',
    // a bare "Last updated" line is meta; "we will notify you … and update the effective date" is still notice
    skipIf: [{ has: /\b(?:last|recently)\s(?:updated|modified|revised)\b|\beffective\s(?:date|as\sof)\b/i, lacks: /\b(?:notif\w*|inform\w*|post\w*|e-?mail\w*|changes)\b/i, why: 'a date line states no change practice' }],
    note: 'The policy may change and says how users are told; detail is the channel (e-mail, in-product, posted). A bare "Last updated" line is meta, not a change statement.',
    examples: {
      match: [
        { text: 'When we make significant changes, we will notify you via email or through a notice on our website.', status: 'yes', detail: 'email, in-product' },
        { text: 'We may update this Privacy Policy from time to time.', status: 'yes' },
        { text: 'We reserve the right to amend these terms at any time without prior notice.', status: 'no' },
        { text: 'We are not bound to provide notice of updates to these terms.', status: 'no' },
        { text: 'We may modify this policy at any time, without undue delay, and we will tell you by e-mail.', status: 'yes' },
      ],
      noMatch: ['You can update your profile at any time.', 'We collect your email.'],
    },
  },
  {
    id: 'changes/notice:told',
    hint: /notif|inform|tell|alert/i,
    section: 'changes',
    finding: 'notice',
    patterns: [/\b(?:notify|notifies|notified|inform|informs|informed|tell|alert|alerted)\s(?:you\s)?(?:of\s|about\s)?(?:(?:any|these|such|the|those|all)\s)?(?:changes|updates|modifications|revisions|amendments|beforehand|in\sadvance)\b/i],
    // told about a change: the sentence speaks of one
    cue: [/\b(?:chang\w*|modif\w*|updat\w*|amend\w*|revis\w*)\b/i],
    polarity: 'yes',
    detail: 'notice-channel',
    note: 'Users are told about a change ("we will notify you of any changes", "you will be notified of these changes", "we will inform you beforehand").',
    examples: {
      match: [
        { text: 'The terms may change, in which case we will notify you beforehand.', status: 'yes' },
        { text: 'You will be notified of these changes through a banner on the site.', status: 'yes' },
      ],
      noMatch: ['We will notify you when your order ships.', 'We will inform you about new features.'],
    },
  },
  {
    id: 'changes/advance_notice',
    section: 'changes',
    finding: 'advance_notice',
    patterns: [/\b(?:at\sleast|no\sless\sthan|minimum\sof)?\s?(?:\d{1,3}|thirty|fifteen|seven|ten|fourteen|sixty)(?:\s\(\d{1,3}\))?\s(?:calendar\s|business\s)?days?(?:'|’)?\s(?:\w+\s){0,2}?(?:before|prior|in\sadvance|notice)\b/i],
    cue: [/\b(?:changes?|updates?|policy|notice|notify|effect)\b/i],
    polarity: 'yes',
    value: 'duration',
    requireValue: true,
    note: 'Notice given before changes take effect; value is the ISO duration.',
    examples: { match: [{ text: 'We will provide notice via email at least 30 days before changes take effect.', status: 'yes', value: 'P30D' }], noMatch: ['We retain logs for 30 days.'] },
  },
];
