/** `changes`: how the policy changes and how users hear about it. */
import type { Rule } from './types';
import { phrase } from './phrase';

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
      phrase`(material|significant) changes|continued use …6 (after|following) …3 (changes|updates|revisions|posting)|(changes|updates|revisions) …3 (take|become|are) effective|post …2 (changes|revised|updated|new) …2 (policy|notice|version)`,
      // "we will give notice of material changes", "notice of TOS updates"
      phrase`(notice|notification) of …2 (changes|updates|modifications|revisions|amendments)`,
      phrase`(updated|modified|revised|amended|new) [version of (the|this|our)] [privacy] (policy|notice|statement)|check …4 (periodically|regularly|from time to time|frequently)|if we …2 (change|modify|update|revise|amend)|(when|whenever) we [*] (change|modify|update|revise|amend) [the|these|our|this|its] [privacy] (terms|policy|notice|statement|agreement|prices|fees)|post [the|any|such] (changes|updates|revisions) …2 (to|on) (this|our|the) (page|site|website)|(significant|material) (updates|modifications|revisions|changes)|going-forward basis|(has|have) been (updated|revised|amended|modified)`,
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
    skipIf: [{ has: phrase`(last|recently) (updated|modified|revised)|effective (date|as of)`, lacks: phrase`(notif*|inform*|post*|e[-]mail*|changes)`, why: 'a date line states no change practice' }],
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
    hint: phrase`*notif*|*inform*|*tell*|*alert*`,
    section: 'changes',
    finding: 'notice',
    patterns: [phrase`(notify|notifies|notified|inform|informs|informed|tell|alert|alerted) [you] [of|about] [(any|these|such|the|those|all)] (changes|updates|modifications|revisions|amendments|beforehand|in advance)`],
    // told about a change: the sentence speaks of one
    cue: [phrase`(chang*|modif*|updat*|amend*|revis*)`],
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
    patterns: [phrase`[at least|no less than|minimum of][ ](${/\d{1,3}/}|thirty|fifteen|seven|ten|fourteen|sixty)[ ${/\(/}${/\d{1,3}/}${/\)/}] [calendar|business] day[s]['|’] …2 (before|prior|in advance|notice)`],
    cue: [phrase`(change[s]|update[s]|policy|notice|notify|effect)`],
    polarity: 'yes',
    value: 'duration',
    requireValue: true,
    note: 'Notice given before changes take effect; value is the ISO duration.',
    examples: { match: [{ text: 'We will provide notice via email at least 30 days before changes take effect.', status: 'yes', value: 'P30D' }], noMatch: ['We retain logs for 30 days.'] },
  },
];
