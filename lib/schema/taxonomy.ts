/**
 * How a finding reads for the person, which decides the colour of each status:
 * - `risk`: a practice people usually don't want (selling data). yes → caution, no → reassurance.
 * - `benefit`: something in your favour (a right, encryption). yes → good, no → caution.
 * - `data`: ordinary collection or sharing. yes → neutral, no → reassurance.
 * - `info`: a plain fact (a date, a law). Both neutral.
 */
export type Tone = 'risk' | 'benefit' | 'data' | 'info';

/**
 * What a finding's `value` holds, so it is written for people the same way
 * everywhere: `duration` an ISO-8601 duration ("P30D" → "30 days"), `date` an
 * ISO date, `age` a number of years, `contact` an e-mail address or URL,
 * `places` countries or regions.
 */
export type ValueKind = 'duration' | 'date' | 'age' | 'contact' | 'places';

/**
 * How the compare view ranks a row's cells: by status (through the tone:
 * no is best for a risk, yes for a benefit), or by the duration in `value`
 * (`shorter` is better for retention, `longer` for advance notice).
 */
export type CompareOrder = 'status' | 'shorter' | 'longer';

/**
 * One taxonomy id, everything every view needs to know about it. The English
 * wording is the source of the extension's `messages.json` (written by
 * `npm run messages`; a test fails when it is stale), and the views read it
 * through `t()` so a locale can replace it.
 */
export interface TaxonomyEntry {
  tone: Tone;
  /** The row heading of the compare view and the history: names the topic, not an answer ("Sells or rents your data"). */
  topic: string;
  /** The card's sentence for `status: "yes"`. */
  yes: string;
  /** The card's sentence for `status: "no"`. */
  no: string;
  value?: ValueKind;
  /** Defaults to `status`. */
  compare?: CompareOrder;
  /** A `yes` with its value inside ("Keeps data for $1"); `$1` is the value as people read it (an age as its number). */
  yesValue?: string;
  /** For ids that name something in `detail` (a recipient): "Shares with $1", "Does not share with $1". */
  yesDetail?: string;
  noDetail?: string;
  /**
   * A denial with the exception it names (taxonomy v2 `condition`), when the
   * plain "<no> unless you agree" / "<no> unless the law requires it" reads wrong.
   */
  noConsent?: string;
  noLaw?: string;
}

interface SectionEntry {
  /** The section's heading on the card, in the library and the CLI. */
  title: string;
  /** Core sections are always shown on a card, with "The policy doesn't say" when empty. */
  core?: boolean;
  ids: Record<string, TaxonomyEntry>;
}

/**
 * The closed vocabulary of findings (see the taxonomy spec), one row per
 * id. The card, the compare view, the export and the evaluation all speak it.
 * Ids may be added; never rename or reuse one, or older exports stop
 * importing. Sections are listed in the order every view shows them, and ids
 * in the order of their rows. Adding an id or a section is one row here plus
 * its rules, then `npm run messages`.
 */
const TABLE = {
  collected: {
    title: 'Data collected',
    core: true,
    ids: {
      contact: { tone: 'data', topic: 'Contact details', yes: 'Collects contact details', no: 'Does not collect contact details' },
      identifiers: { tone: 'risk', topic: 'Government ids', yes: 'Collects official ids (passport, SSN)', no: 'Does not collect official ids' },
      account: { tone: 'data', topic: 'Account profile', yes: 'Collects account and profile details', no: 'Does not collect account details' },
      financial: { tone: 'data', topic: 'Payment and financial data', yes: 'Collects payment and purchase details', no: 'Does not collect payment details' },
      location: { tone: 'risk', topic: 'Location', yes: 'Collects your location', no: 'Does not collect your location' },
      device_ids: { tone: 'data', topic: 'IP address and device ids', yes: 'Collects IP address and device ids', no: 'Does not collect IP address or device ids' },
      device_info: { tone: 'data', topic: 'Device and browser info', yes: 'Collects browser and device details', no: 'Does not collect browser or device details' },
      cookies: { tone: 'data', topic: 'Cookies and trackers', yes: 'Uses cookies and similar trackers', no: 'Does not use cookies or trackers' },
      activity: { tone: 'data', topic: 'Usage and activity', yes: 'Records what you do on the service', no: 'Does not record what you do on the service' },
      demographic: { tone: 'data', topic: 'Demographics', yes: 'Collects age, gender or similar', no: 'Does not collect age, gender or similar' },
      health: { tone: 'risk', topic: 'Health data', yes: 'Collects health data', no: 'Does not collect health data' },
      biometric: { tone: 'risk', topic: 'Biometric data', yes: 'Collects biometric data', no: 'Does not collect biometric data' },
      social: { tone: 'data', topic: 'Social network data', yes: 'Collects data from social networks', no: 'Does not collect data from social networks' },
      survey: { tone: 'data', topic: 'Survey and contest answers', yes: 'Collects survey and contest answers', no: 'Does not collect survey answers' },
      content: { tone: 'data', topic: 'Your content and messages', yes: 'Collects what you create or send', no: 'Does not collect what you create or send' },
      professional: { tone: 'data', topic: 'Professional details', yes: 'Collects job and company details', no: 'Does not collect job details' },
      third_party_sources: { tone: 'risk', topic: 'Data from other companies', yes: 'Gets data about you from other companies', no: 'Does not get data about you from other companies' },
      unspecified: { tone: 'data', topic: 'Personal information (types not named)', yes: 'Collects personal information (types not named)', no: 'Does not collect personal information' },
    },
  },
  sharing: {
    title: 'Sharing',
    core: true,
    ids: {
      service_providers: { tone: 'data', topic: 'Service providers', yes: 'Shares with service providers', no: 'Does not share with service providers', noConsent: 'Does not share with service providers unless you agree', noLaw: 'Does not share with service providers unless the law requires it' },
      advertisers: { tone: 'risk', topic: 'Advertisers', yes: 'Shares with advertisers', no: 'Does not share with advertisers', noConsent: 'Does not share with advertisers unless you agree', noLaw: 'Does not share with advertisers unless the law requires it' },
      analytics: { tone: 'data', topic: 'Analytics providers', yes: 'Shares with analytics providers', no: 'Does not share with analytics providers', noConsent: 'Does not share with analytics providers unless you agree', noLaw: 'Does not share with analytics providers unless the law requires it' },
      marketing_partners: { tone: 'risk', topic: 'Marketing partners', yes: 'Shares with partners for their marketing', no: "Does not share for other companies' marketing", noConsent: "Does not share for other companies' marketing unless you agree", noLaw: "Does not share for other companies' marketing unless the law requires it" },
      affiliates: { tone: 'data', topic: 'Affiliated companies', yes: 'Shares within its group of companies', no: 'Does not share within its group of companies', noConsent: 'Does not share within its group of companies unless you agree', noLaw: 'Does not share within its group of companies unless the law requires it' },
      business_transfer: { tone: 'data', topic: 'Buyers in a merger or sale', yes: 'Passes data on if the company is sold', no: 'Does not pass data on if the company is sold', noConsent: 'Does not pass data on if the company is sold unless you agree', noLaw: 'Does not pass data on if the company is sold unless the law requires it' },
      legal: { tone: 'info', topic: 'Authorities and legal process', yes: 'Shares when the law requires it', no: 'Does not share with authorities' },
      public: { tone: 'risk', topic: 'Made public or shown to others', yes: 'Makes some of your data public', no: 'Does not make your data public', noConsent: 'Does not make your data public unless you agree', noLaw: 'Does not make your data public unless the law requires it' },
      with_consent: { tone: 'info', topic: 'With your consent', yes: 'Shares when you ask or agree', no: 'Does not share even with your consent' },
      sale: { tone: 'risk', topic: 'Sells or rents your data', yes: 'Sells your data', no: 'Does not sell your data', noConsent: 'Does not sell your data unless you agree', noLaw: 'Does not sell your data unless the law requires it' },
      named: { tone: 'data', topic: 'Named recipients', yes: 'Shares with a named company', no: 'Does not share with a named company', yesDetail: 'Shares with $1', noDetail: 'Does not share with $1' },
      third_parties: { tone: 'data', topic: 'Unnamed third parties', yes: 'Shares with unnamed third parties', no: 'Does not share with third parties', noConsent: 'Does not share with third parties unless you agree', noLaw: 'Does not share with third parties unless the law requires it' },
    },
  },
  retention: {
    title: 'Retention',
    core: true,
    ids: {
      stated: { tone: 'info', topic: 'Stated retention period', yes: 'Keeps data for a stated time', no: 'No stated retention period', value: 'duration', compare: 'shorter', yesValue: 'Keeps data for $1' },
      limited: { tone: 'benefit', topic: 'Kept only as long as needed', yes: 'Keeps data only as long as needed', no: 'Does not limit how long it keeps data' },
      indefinite: { tone: 'risk', topic: 'Kept indefinitely', yes: 'May keep data indefinitely', no: 'Does not keep data indefinitely' },
      after_closure: { tone: 'benefit', topic: 'After you close your account', yes: 'Deletes data after you close your account', no: 'Keeps data after you close your account', value: 'duration', compare: 'shorter', yesValue: 'Deletes data within $1 of account closure' },
      anonymized: { tone: 'info', topic: 'Anonymized instead of deleted', yes: 'Anonymises data it no longer needs', no: 'Does not anonymise data' },
      unspecified: { tone: 'info', topic: 'Kept, no period stated', yes: 'Keeps data without saying for how long', no: 'Does not keep this data' },
    },
  },
  rights: {
    title: 'Your rights',
    core: true,
    ids: {
      access: { tone: 'benefit', topic: 'See your data', yes: 'You can get a copy of your data', no: 'You cannot get a copy of your data' },
      correct: { tone: 'benefit', topic: 'Correct your data', yes: 'You can correct your data', no: 'You cannot correct your data' },
      delete: { tone: 'benefit', topic: 'Delete your data', yes: 'You can delete your data', no: 'You cannot delete your data' },
      portability: { tone: 'benefit', topic: 'Export your data', yes: 'You can export your data', no: 'You cannot export your data' },
      object: { tone: 'benefit', topic: 'Object to processing', yes: 'You can object to processing', no: 'You cannot object to processing' },
      restrict: { tone: 'benefit', topic: 'Restrict processing', yes: 'You can restrict processing', no: 'You cannot restrict processing' },
      withdraw_consent: { tone: 'benefit', topic: 'Withdraw consent', yes: 'You can withdraw consent', no: 'You cannot withdraw consent' },
      opt_out_marketing: { tone: 'benefit', topic: 'Opt out of marketing', yes: 'You can opt out of marketing', no: 'You cannot opt out of marketing' },
      opt_out_sale: { tone: 'benefit', topic: 'Opt out of sale or sharing', yes: 'You can opt out of sale or sharing', no: 'You cannot opt out of sale or sharing' },
      opt_out_tracking: { tone: 'benefit', topic: 'Opt out of tracking', yes: 'You can opt out of tracking', no: 'You cannot opt out of tracking' },
      opt_out_collection: { tone: 'benefit', topic: 'Decline to give data', yes: 'You can decline to give some data', no: 'You cannot decline to give data' },
      non_discrimination: { tone: 'benefit', topic: 'No penalty for using your rights', yes: 'No penalty for using your rights', no: 'Using your rights may cost you' },
      complaint: { tone: 'benefit', topic: 'Complain to a regulator', yes: 'You can complain to a regulator', no: 'No way to complain to a regulator' },
      automated_decisions: { tone: 'benefit', topic: 'Contest automated decisions', yes: 'You can refuse purely automated decisions', no: 'You cannot refuse purely automated decisions' },
      agent: { tone: 'benefit', topic: 'Use an authorized agent', yes: 'You can act through an authorised agent', no: 'You cannot act through an authorised agent' },
      response_time: { tone: 'benefit', topic: 'Response time', yes: 'Answers requests within a set time', no: 'No set time to answer requests', value: 'duration', compare: 'shorter', yesValue: 'Answers requests within $1' },
      contact: { tone: 'benefit', topic: 'Where to send requests', yes: 'Where to send privacy requests', no: 'No contact for privacy requests', value: 'contact', yesValue: 'Send privacy requests to $1' },
    },
  },
  security: {
    title: 'Security',
    ids: {
      encryption_transit: { tone: 'benefit', topic: 'Encryption in transit', yes: 'Encrypts data in transit', no: 'Does not encrypt data in transit' },
      encryption_rest: { tone: 'benefit', topic: 'Encryption at rest', yes: 'Encrypts stored data', no: 'Does not encrypt stored data' },
      password_hashing: { tone: 'benefit', topic: 'Password hashing', yes: 'Stores passwords hashed', no: 'Does not hash passwords' },
      access_control: { tone: 'benefit', topic: 'Access controls', yes: 'Limits staff access to your data', no: 'Does not limit staff access to your data' },
      mfa: { tone: 'benefit', topic: 'Two-factor authentication', yes: 'Offers two-step sign-in', no: 'No two-step sign-in' },
      audits: { tone: 'benefit', topic: 'Security audits', yes: 'Has its security audited', no: 'No security audits' },
      breach_notification: { tone: 'benefit', topic: 'Breach notification', yes: 'Tells you about data breaches', no: 'Does not promise to tell you about breaches' },
      safeguards: { tone: 'benefit', topic: 'General security safeguards', yes: 'Uses general security safeguards', no: 'No general security safeguards' },
    },
  },
  children: {
    title: 'Children',
    ids: {
      min_age: { tone: 'info', topic: 'Minimum age', yes: 'Minimum age to use the service', no: 'No minimum age', value: 'age', yesValue: 'Not for children under $1' },
      coppa: { tone: 'benefit', topic: 'COPPA compliance', yes: "Follows US children's privacy law (COPPA)", no: "Does not follow US children's privacy law (COPPA)" },
    },
  },
  international: {
    title: 'International transfers',
    ids: {
      transfers: { tone: 'data', topic: 'International transfers', yes: 'Moves data to other countries', no: 'Does not move data to other countries', value: 'places', yesValue: 'Moves data to $1' },
      safeguards: { tone: 'benefit', topic: 'Transfer safeguards', yes: 'Protects transfers with legal safeguards', no: 'No safeguards for transfers abroad' },
      storage_location: { tone: 'info', topic: 'Where data is stored', yes: 'Says where your data is stored', no: 'Does not say where your data is stored' },
      regional_rights: { tone: 'info', topic: 'Rights for residents of a region', yes: 'Extra rights for residents of a region', no: 'No extra rights for residents of a region' },
    },
  },
  cookies: {
    title: 'Cookies and tracking',
    ids: {
      essential: { tone: 'info', topic: 'Essential cookies', yes: 'Uses essential cookies', no: 'No essential cookies' },
      analytics: { tone: 'data', topic: 'Analytics cookies', yes: 'Uses analytics cookies', no: 'No analytics cookies' },
      advertising: { tone: 'risk', topic: 'Advertising cookies', yes: 'Uses advertising cookies', no: 'No advertising cookies' },
      third_party: { tone: 'risk', topic: 'Third-party cookies', yes: 'Allows third-party cookies', no: 'No third-party cookies' },
      dnt: { tone: 'benefit', topic: 'Honours Do Not Track', yes: 'Honours Do Not Track', no: 'Ignores Do Not Track' },
    },
  },
  changes: {
    title: 'Policy changes',
    ids: {
      notice: { tone: 'benefit', topic: 'Notice of changes', yes: 'Tells you when the policy changes', no: 'Does not tell you when the policy changes' },
      advance_notice: { tone: 'benefit', topic: 'Advance notice of changes', yes: 'Gives notice before changes apply', no: 'Changes apply without advance notice', value: 'duration', compare: 'longer', yesValue: 'Gives $1 notice before changes apply' },
    },
  },
  ai: {
    title: 'AI use',
    ids: {
      training: { tone: 'risk', topic: 'Trains AI on your data', yes: 'Uses your data to train AI', no: 'Does not use your data to train AI', noConsent: 'Does not use your data to train AI unless you agree', noLaw: 'Does not use your data to train AI unless the law requires it' },
      providers: { tone: 'data', topic: 'AI providers', yes: 'Shares data with AI providers', no: 'Does not share data with AI providers', noConsent: 'Does not share data with AI providers unless you agree', noLaw: 'Does not share data with AI providers unless the law requires it' },
    },
  },
  meta: {
    title: 'About this policy',
    ids: {
      last_updated: { tone: 'info', topic: 'Last updated', yes: 'Last updated', no: 'No last-updated date', value: 'date', yesValue: 'Last updated $1' },
      effective: { tone: 'info', topic: 'Effective date', yes: 'In effect from', no: 'No effective date', value: 'date', yesValue: 'In effect from $1' },
      laws: { tone: 'info', topic: 'Laws cited', yes: 'Refers to privacy law', no: 'Refers to no privacy law' },
      dpo: { tone: 'info', topic: 'Data protection officer', yes: 'Has a data protection officer', no: 'No data protection officer', value: 'contact', yesValue: 'Data protection officer: $1' },
    },
  },
} as const satisfies Record<string, SectionEntry>;

export type Section = keyof typeof TABLE;
export type FindingId<S extends Section = Section> = keyof (typeof TABLE)[S]['ids'] & string;

const SECTIONS = Object.keys(TABLE) as Section[];

/** Every section's ids, in row order: `TAXONOMY.sharing` → ['service_providers', …]. Derived from the table. */
export const TAXONOMY = Object.fromEntries(SECTIONS.map((s) => [s, Object.keys(TABLE[s].ids)])) as unknown as {
  readonly [S in Section]: readonly FindingId<S>[];
};

/** Sections in the order a card shows them: the four core ones first. Derived from the table. */
export const SECTION_ORDER: readonly Section[] = SECTIONS;

/** The sections a card always shows, even when the policy says nothing there. */
export const CORE_SECTIONS: readonly Section[] = SECTIONS.filter((s) => (TABLE[s] as SectionEntry).core === true);

/** The English heading of a section (the source of its message; views use `sectionTitle` in lib/present). */
export function sectionEntry(section: Section): Readonly<Omit<SectionEntry, 'ids'>> {
  return TABLE[section];
}

/** The row of a section/id pair, or undefined for an id this build doesn't know (from a newer export). */
export function taxonomyEntry(section: Section, id: string): Readonly<TaxonomyEntry> | undefined {
  const ids = (TABLE as Record<string, SectionEntry>)[section]?.ids;
  return ids && Object.hasOwn(ids, id) ? ids[id] : undefined;
}

/** The row's compare order, with its default. */
export function compareOrderOf(entry: Pick<TaxonomyEntry, 'compare'>): CompareOrder {
  return entry.compare ?? 'status';
}

/** True when `id` belongs to `section` in the taxonomy. */
export function isTaxonomyId(section: string, id: string): boolean {
  return taxonomyEntry(section as Section, id) !== undefined;
}
