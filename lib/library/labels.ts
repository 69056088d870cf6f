import type { Finding, Section } from '../schema';
// One way to write values and dates across the extension: the summary card's (pure functions, no React).
import { formatDay, formatFindingValue, formatIsoDate as cardIsoDate } from '../present/format-value';

/**
 * Topic labels for every taxonomy id: the compare matrix's row headings and
 * the history's change list. (The card's FINDING_LABELS are whole sentences
 * per status, "Sells your data" / "Does not sell your data", which do not
 * fit a row that holds both answers.)
 */
const LABELS: Record<Section, Record<string, string>> = {
  collected: {
    contact: 'Contact details',
    identifiers: 'Government ids',
    account: 'Account profile',
    financial: 'Payment and financial data',
    location: 'Location',
    device_ids: 'IP address and device ids',
    device_info: 'Device and browser info',
    cookies: 'Cookies and trackers',
    activity: 'Usage and activity',
    demographic: 'Demographics',
    health: 'Health data',
    biometric: 'Biometric data',
    social: 'Social network data',
    survey: 'Survey and contest answers',
    content: 'Your content and messages',
    professional: 'Professional details',
    third_party_sources: 'Data from other companies',
    unspecified: 'Personal information (types not named)',
  },
  sharing: {
    service_providers: 'Service providers',
    advertisers: 'Advertisers',
    analytics: 'Analytics providers',
    marketing_partners: 'Marketing partners',
    affiliates: 'Affiliated companies',
    business_transfer: 'Buyers in a merger or sale',
    legal: 'Authorities and legal process',
    public: 'Made public or shown to others',
    with_consent: 'With your consent',
    sale: 'Sells or rents your data',
    named: 'Named recipients',
    third_parties: 'Unnamed third parties',
  },
  retention: {
    stated: 'Stated retention period',
    limited: 'Kept only as long as needed',
    indefinite: 'Kept indefinitely',
    after_closure: 'After you close your account',
    anonymized: 'Anonymized instead of deleted',
    unspecified: 'Kept, no period stated',
  },
  rights: {
    access: 'See your data',
    correct: 'Correct your data',
    delete: 'Delete your data',
    portability: 'Export your data',
    object: 'Object to processing',
    restrict: 'Restrict processing',
    withdraw_consent: 'Withdraw consent',
    opt_out_marketing: 'Opt out of marketing',
    opt_out_sale: 'Opt out of sale or sharing',
    opt_out_tracking: 'Opt out of tracking',
    opt_out_collection: 'Decline to give data',
    non_discrimination: 'No penalty for using your rights',
    complaint: 'Complain to a regulator',
    automated_decisions: 'Contest automated decisions',
    agent: 'Use an authorized agent',
    response_time: 'Response time',
    contact: 'Where to send requests',
  },
  security: {
    encryption_transit: 'Encryption in transit',
    encryption_rest: 'Encryption at rest',
    password_hashing: 'Password hashing',
    access_control: 'Access controls',
    mfa: 'Two-factor authentication',
    audits: 'Security audits',
    breach_notification: 'Breach notification',
    safeguards: 'General security safeguards',
  },
  children: { min_age: 'Minimum age', coppa: 'COPPA compliance' },
  international: {
    transfers: 'International transfers',
    safeguards: 'Transfer safeguards',
    storage_location: 'Where data is stored',
    regional_rights: 'Rights for residents of a region',
  },
  cookies: {
    essential: 'Essential cookies',
    analytics: 'Analytics cookies',
    advertising: 'Advertising cookies',
    third_party: 'Third-party cookies',
    dnt: 'Honours Do Not Track',
  },
  changes: { notice: 'Notice of changes', advance_notice: 'Advance notice of changes' },
  ai: { training: 'Trains AI on your data', providers: 'AI providers' },
  meta: {
    last_updated: 'Last updated',
    effective: 'Effective date',
    laws: 'Laws cited',
    dpo: 'Data protection officer',
  },
};

/** The label of a taxonomy id ("sharing", "sale" → "Sells or rents your data"); the raw id if unknown. */
export function findingLabel(section: Section, id: string): string {
  return LABELS[section]?.[id] ?? id.replace(/_/g, ' ');
}

/** An ISO date (YYYY-MM-DD) as the card writes it ("March 5, 2024"); other strings unchanged. */
export function formatIsoDate(value: string): string {
  return cardIsoDate(value) ?? value;
}

/** An ISO date-time (when a card was analysed) as a calendar day in the reader's time zone. */
export function formatDateTime(value: string): string {
  return formatDay(value);
}

/** A finding's value for people, exactly as the summary card shows it (durations spelled out, dates written out). */
export function formatValue(finding: Pick<Finding, 'section' | 'id' | 'value'>): string {
  return formatFindingValue(finding) ?? '';
}

/** "30 days (Authentication logs)": value and detail of a finding, whichever exist. */
export function describeFinding(finding: Pick<Finding, 'section' | 'id' | 'value' | 'detail'>): string {
  const parts: string[] = [];
  if (finding.value !== undefined) parts.push(formatValue(finding));
  if (finding.detail !== undefined) parts.push(parts.length ? `(${finding.detail})` : finding.detail);
  return parts.join(' ');
}
