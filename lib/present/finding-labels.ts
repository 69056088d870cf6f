import type { Condition, FindingId, Section } from '../schema';
import { formatFindingValue } from './format-value';

/**
 * How a finding reads to a person. `tone` decides the colour of each status:
 * - `risk`: a practice people usually don't want (selling data). yes → caution, no → reassurance.
 * - `benefit`: something in your favour (a right, encryption). yes → good, no → caution.
 * - `data`: ordinary collection or sharing. yes → neutral, no → reassurance.
 * - `info`: a plain fact (a date, a law). Both neutral.
 */
export type LabelTone = 'risk' | 'benefit' | 'data' | 'info';

export interface FindingLabel {
  yes: string;
  no: string;
  tone: LabelTone;
}

/** What the card shows next to a finding: green, amber or neutral. */
export type DisplayTone = 'good' | 'caution' | 'neutral';

type LabelTable = { [S in Section]: Record<FindingId<S>, FindingLabel> };

const l = (yes: string, no: string, tone: LabelTone): FindingLabel => ({ yes, no, tone });

/** Every taxonomy id, in both polarities. The type makes a missing id a compile error. */
export const FINDING_LABELS: LabelTable = {
  collected: {
    contact: l('Collects contact details', 'Does not collect contact details', 'data'),
    identifiers: l('Collects official ids (passport, SSN)', 'Does not collect official ids', 'risk'),
    account: l('Collects account and profile details', 'Does not collect account details', 'data'),
    financial: l('Collects payment and purchase details', 'Does not collect payment details', 'data'),
    location: l('Collects your location', 'Does not collect your location', 'risk'),
    device_ids: l('Collects IP address and device ids', 'Does not collect IP address or device ids', 'data'),
    device_info: l('Collects browser and device details', 'Does not collect browser or device details', 'data'),
    cookies: l('Uses cookies and similar trackers', 'Does not use cookies or trackers', 'data'),
    activity: l('Records what you do on the service', 'Does not record what you do on the service', 'data'),
    demographic: l('Collects age, gender or similar', 'Does not collect age, gender or similar', 'data'),
    health: l('Collects health data', 'Does not collect health data', 'risk'),
    biometric: l('Collects biometric data', 'Does not collect biometric data', 'risk'),
    social: l('Collects data from social networks', 'Does not collect data from social networks', 'data'),
    survey: l('Collects survey and contest answers', 'Does not collect survey answers', 'data'),
    content: l('Collects what you create or send', 'Does not collect what you create or send', 'data'),
    professional: l('Collects job and company details', 'Does not collect job details', 'data'),
    third_party_sources: l(
      'Gets data about you from other companies',
      'Does not get data about you from other companies',
      'risk',
    ),
    unspecified: l('Collects personal information (types not named)', 'Does not collect personal information', 'data'),
  },
  sharing: {
    service_providers: l('Shares with service providers', 'Does not share with service providers', 'data'),
    advertisers: l('Shares with advertisers', 'Does not share with advertisers', 'risk'),
    analytics: l('Shares with analytics providers', 'Does not share with analytics providers', 'data'),
    marketing_partners: l(
      'Shares with partners for their marketing',
      "Does not share for other companies' marketing",
      'risk',
    ),
    affiliates: l('Shares within its group of companies', 'Does not share within its group of companies', 'data'),
    business_transfer: l('Passes data on if the company is sold', 'Does not pass data on if the company is sold', 'data'),
    legal: l('Shares when the law requires it', 'Does not share with authorities', 'info'),
    public: l('Makes some of your data public', 'Does not make your data public', 'risk'),
    with_consent: l('Shares when you ask or agree', 'Does not share even with your consent', 'info'),
    sale: l('Sells your data', 'Does not sell your data', 'risk'),
    named: l('Shares with a named company', 'Does not share with a named company', 'data'),
    third_parties: l('Shares with unnamed third parties', 'Does not share with third parties', 'data'),
  },
  retention: {
    stated: l('Keeps data for a stated time', 'No stated retention period', 'info'),
    limited: l('Keeps data only as long as needed', 'Does not limit how long it keeps data', 'benefit'),
    indefinite: l('May keep data indefinitely', 'Does not keep data indefinitely', 'risk'),
    after_closure: l('Deletes data after you close your account', 'Keeps data after you close your account', 'benefit'),
    anonymized: l('Anonymises data it no longer needs', 'Does not anonymise data', 'info'),
    unspecified: l('Keeps data without saying for how long', 'Does not keep this data', 'info'),
  },
  rights: {
    access: l('You can get a copy of your data', 'You cannot get a copy of your data', 'benefit'),
    correct: l('You can correct your data', 'You cannot correct your data', 'benefit'),
    delete: l('You can delete your data', 'You cannot delete your data', 'benefit'),
    portability: l('You can export your data', 'You cannot export your data', 'benefit'),
    object: l('You can object to processing', 'You cannot object to processing', 'benefit'),
    restrict: l('You can restrict processing', 'You cannot restrict processing', 'benefit'),
    withdraw_consent: l('You can withdraw consent', 'You cannot withdraw consent', 'benefit'),
    opt_out_marketing: l('You can opt out of marketing', 'You cannot opt out of marketing', 'benefit'),
    opt_out_sale: l('You can opt out of sale or sharing', 'You cannot opt out of sale or sharing', 'benefit'),
    opt_out_tracking: l('You can opt out of tracking', 'You cannot opt out of tracking', 'benefit'),
    opt_out_collection: l('You can decline to give some data', 'You cannot decline to give data', 'benefit'),
    non_discrimination: l('No penalty for using your rights', 'Using your rights may cost you', 'benefit'),
    complaint: l('You can complain to a regulator', 'No way to complain to a regulator', 'benefit'),
    automated_decisions: l(
      'You can refuse purely automated decisions',
      'You cannot refuse purely automated decisions',
      'benefit',
    ),
    agent: l('You can act through an authorised agent', 'You cannot act through an authorised agent', 'benefit'),
    response_time: l('Answers requests within a set time', 'No set time to answer requests', 'benefit'),
    contact: l('Where to send privacy requests', 'No contact for privacy requests', 'benefit'),
  },
  security: {
    encryption_transit: l('Encrypts data in transit', 'Does not encrypt data in transit', 'benefit'),
    encryption_rest: l('Encrypts stored data', 'Does not encrypt stored data', 'benefit'),
    password_hashing: l('Stores passwords hashed', 'Does not hash passwords', 'benefit'),
    access_control: l("Limits staff access to your data", "Does not limit staff access to your data", 'benefit'),
    mfa: l('Offers two-step sign-in', 'No two-step sign-in', 'benefit'),
    audits: l('Has its security audited', 'No security audits', 'benefit'),
    breach_notification: l('Tells you about data breaches', 'Does not promise to tell you about breaches', 'benefit'),
    safeguards: l('Uses general security safeguards', 'No general security safeguards', 'benefit'),
  },
  children: {
    min_age: l('Minimum age to use the service', 'No minimum age', 'info'),
    coppa: l("Follows US children's privacy law (COPPA)", "Does not follow US children's privacy law (COPPA)", 'benefit'),
  },
  international: {
    transfers: l('Moves data to other countries', 'Does not move data to other countries', 'data'),
    safeguards: l('Protects transfers with legal safeguards', 'No safeguards for transfers abroad', 'benefit'),
    storage_location: l('Says where your data is stored', 'Does not say where your data is stored', 'info'),
    regional_rights: l('Extra rights for residents of a region', 'No extra rights for residents of a region', 'info'),
  },
  cookies: {
    essential: l('Uses essential cookies', 'No essential cookies', 'info'),
    analytics: l('Uses analytics cookies', 'No analytics cookies', 'data'),
    advertising: l('Uses advertising cookies', 'No advertising cookies', 'risk'),
    third_party: l('Allows third-party cookies', 'No third-party cookies', 'risk'),
    dnt: l('Honours Do Not Track', 'Ignores Do Not Track', 'benefit'),
  },
  changes: {
    notice: l('Tells you when the policy changes', 'Does not tell you when the policy changes', 'benefit'),
    advance_notice: l('Gives notice before changes apply', 'Changes apply without advance notice', 'benefit'),
  },
  ai: {
    training: l('Uses your data to train AI', 'Does not use your data to train AI', 'risk'),
    providers: l('Shares data with AI providers', 'Does not share data with AI providers', 'data'),
  },
  meta: {
    last_updated: l('Last updated', 'No last-updated date', 'info'),
    effective: l('In effect from', 'No effective date', 'info'),
    laws: l('Refers to privacy law', 'Refers to no privacy law', 'info'),
    dpo: l('Has a data protection officer', 'No data protection officer', 'info'),
  },
};

/** The label entry for a section/id pair, or undefined for an id this build doesn't know. */
export function labelEntry(section: Section, id: string): FindingLabel | undefined {
  return (FINDING_LABELS[section] as Record<string, FindingLabel>)[id];
}

/**
 * Labels that read better with the value inside them ("Keeps data for 30
 * days" rather than "Keeps data for a stated time · 30 days"). They get the
 * value already formatted for people; used only for `yes` findings.
 */
const WITH_VALUE: Record<string, (value: string) => string> = {
  'retention/stated': (v) => `Keeps data for ${v}`,
  'retention/after_closure': (v) => `Deletes data within ${v} of account closure`,
  'rights/response_time': (v) => `Answers requests within ${v}`,
  'rights/contact': (v) => `Send privacy requests to ${v}`,
  'changes/advance_notice': (v) => `Gives ${v} notice before changes apply`,
  'children/min_age': (v) => `Not for children under ${v.replace(/^Age /, '')}`,
  'international/transfers': (v) => `Moves data to ${v}`,
  'meta/last_updated': (v) => `Last updated ${v}`,
  'meta/effective': (v) => `In effect from ${v}`,
  'meta/dpo': (v) => `Data protection officer: ${v}`,
};

type LabelInput = {
  section: Section;
  id: string;
  status: 'yes' | 'no';
  value?: string;
  detail?: string;
  condition?: Condition;
};

/**
 * The exception a conditional denial names, as it ends the sentence:
 * "Does not share with advertisers unless you agree". One table for the
 * popup, the library and the compare view.
 */
export const CONDITION_SUFFIX: Record<Condition, string> = {
  consent: 'unless you agree',
  law: 'unless the law requires it',
};

/** "Does not sell your data" + condition → "Does not sell your data unless you agree". */
function withCondition(label: string, condition: Condition | undefined): string {
  return condition ? `${label} ${CONDITION_SUFFIX[condition]}` : label;
}

/**
 * What a finding row says: `label` is the sentence, `meta` the formatted
 * value and detail still worth a second line. Named recipients read "Shares
 * with Stripe"; an unknown id (from a newer export) falls back to its raw name.
 */
export function describeFinding(finding: LabelInput): { label: string; meta: string[] } {
  if (finding.section === 'sharing' && finding.id === 'named' && finding.detail) {
    const label = finding.status === 'yes' ? `Shares with ${finding.detail}` : `Does not share with ${finding.detail}`;
    return { label: finding.status === 'no' ? withCondition(label, finding.condition) : label, meta: [] };
  }
  const value = formatFindingValue(finding);
  const detail = finding.detail ? [finding.detail] : [];
  const template = WITH_VALUE[`${finding.section}/${finding.id}`];
  if (finding.status === 'yes' && value !== undefined && template) return { label: template(value), meta: detail };
  const entry = labelEntry(finding.section, finding.id);
  const base = entry ? (finding.status === 'yes' ? entry.yes : entry.no) : `${finding.id.replace(/_/g, ' ')}: ${finding.status}`;
  // A condition only ever rides on a denial (the schema refuses it on a yes).
  const label = finding.status === 'no' ? withCondition(base, finding.condition) : base;
  return { label, meta: [...(value !== undefined ? [value] : []), ...detail] };
}

/** The sentence a finding shows (see `describeFinding`). */
export function findingLabel(finding: LabelInput): string {
  return describeFinding(finding).label;
}

/**
 * Green for a reassurance or a benefit, amber for a risk or a missing right,
 * neutral otherwise. A denial with an exception ("does not sell unless you
 * agree") is weaker than a plain one, so it is not shown as reassurance.
 */
export function displayTone(finding: { section: Section; id: string; status: 'yes' | 'no'; condition?: Condition }): DisplayTone {
  const tone = labelEntry(finding.section, finding.id)?.tone ?? 'info';
  if (finding.status === 'no' && finding.condition && (tone === 'risk' || tone === 'data')) return 'neutral';
  switch (tone) {
    case 'risk':
      return finding.status === 'yes' ? 'caution' : 'good';
    case 'benefit':
      return finding.status === 'yes' ? 'good' : 'caution';
    case 'data':
      return finding.status === 'yes' ? 'neutral' : 'good';
    case 'info':
      return 'neutral';
  }
}
