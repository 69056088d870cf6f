/**
 * `detail` labels: recipient names, law short names, AI providers, the data a
 * retention period applies to, and how policy changes are announced.
 */
import { AI_PROVIDERS, RECIPIENT_CANONICAL } from '../rules/gazetteer';
import type { DetailKind } from '../rules/types';

const LAW_NAMES: Array<[RegExp, string]> = [
  [/UK\sGDPR/, 'UK GDPR'],
  [/GDPR|General\sData\sProtection\sRegulation/i, 'GDPR'],
  [/CPRA|California\sPrivacy\sRights\sAct/i, 'CPRA'],
  [/CCPA|California\sConsumer\sPrivacy\sAct/i, 'CCPA'],
  [/CalOPPA|California\sOnline\sPrivacy\sProtection\sAct/i, 'CalOPPA'],
  [/COPPA|Children.{0,3}\sOnline\sPrivacy\sProtection\sAct/i, 'COPPA'],
  [/Shine\sthe\sLight|1798\.83/i, 'Shine the Light'],
  [/1798/, 'CCPA'],
  [/LGPD/, 'LGPD'],
  [/PIPEDA/, 'PIPEDA'],
  [/HIPAA/, 'HIPAA'],
  [/FERPA/, 'FERPA'],
  [/GLBA|Gramm-Leach-Bliley/i, 'GLBA'],
  [/VCDPA/, 'VCDPA'],
  [/PIPL/, 'PIPL'],
  [/APPI/, 'APPI'],
  [/CAN-SPAM/i, 'CAN-SPAM'],
  [/VPPA|Video\sPrivacy\sProtection\sAct/i, 'VPPA'],
  [/Data\sProtection\sAct\s\d{4}/i, 'Data Protection Act'],
];

/** Words that start capitalised phrases but are not company names. */
const NOT_A_NAME = new Set([
  'we', 'our', 'the', 'this', 'you', 'your', 'if', 'in', 'for', 'all', 'data', 'personal', 'information', 'standard',
  'service', 'services', 'these', 'such', 'some', 'other', 'any', 'each', 'as', 'when', 'with', 'and', 'or', 'to', 'by',
  'at', 'on', 'of', 'it', 'they', 'their', 'a', 'an', 'policy', 'privacy', 'terms', 'note', 'e', 'i', 'cloud', 'server',
  'infrastructure', 'payment', 'analytics', 'communications', 'mapping', 'property', 'hosting', 'email', 'sms', 'cdn',
  'company', 'site', 'sites', 'website', 'websites', 'us', 'third', 'parties', 'party', 'law', 'users', 'user', 'members', 'customers',
  'federal', 'state', 'government', 'court', 'internet', 'web', 'app', 'apps', 'application', 'applications', 'mobile', 'online',
  'one', 'two', 'each', 'other', 'these', 'those', 'certain', 'various', 'many', 'most', 'some', 'both', 'either', 'its', 'their', 'his', 'her',
  // places and periods are no recipients ("providers in countries such as Canada")
  'inc', 'llc', 'ltd', 'corp', 'corporation', 'gmbh', 'plc',
  'united', 'european', 'eu', 'eea', 'uk', 'usa', 'canada', 'california', 'germany', 'ireland', 'france', 'india', 'japan', 'australia', 'europe', 'asia',
]);

function canonicalRecipient(raw: string): string | undefined {
  // trailing punctuation trimmed by a loop: `[.,;:]+$` restarts at every dot of a run (quadratic)
  let end = raw.trimEnd().length;
  while (end > 0 && '.,;:'.includes(raw[end - 1]!)) end--;
  const name = raw.slice(0, end).trim();
  if (!name || name.length < 2) return undefined;
  const known = RECIPIENT_CANONICAL.get(name.toLowerCase());
  if (known) return known;
  const first = name.split(/\s/)[0]!.toLowerCase();
  if (NOT_A_NAME.has(first)) return undefined;
  // "PostHog Cloud", "Stripe Inc" name a known company: keep one recipient per company
  const words = name.split(/\s+/);
  for (let n = words.length - 1; n >= 1; n--) {
    const prefix = RECIPIENT_CANONICAL.get(words.slice(0, n).join(' ').toLowerCase());
    if (prefix) return prefix;
  }
  return name;
}

function noticeChannels(sentence: string): string | undefined {
  const out: string[] = [];
  if (/\be-?mail/i.test(sentence)) out.push('email');
  if (/\b(?:notice\s(?:on|within|in)\s(?:our|the)\s(?:website|site|service|app|product|platform|services)|in-app|in-product|within\sthe\s(?:service|app|product)|prominent\snotice|banner|announcements?|notification\sin|on\sour\s(?:home\s?page|website|site))/i.test(sentence)) out.push('in-product');
  if (/\bpost(?:ing|ed|s)?\b/i.test(sentence)) out.push('posted');
  return out.length ? out.join(', ') : undefined;
}

function retentionSubject(sentence: string): string | undefined {
  // "Authentication logs: retained for 12 months" / "Audit Logs — 2 years"
  const m = /^([\p{L}][\p{L}\d' /&-]{1,40}?)\s?(?::|\s[—–|-]\s)/u.exec(sentence);
  if (!m) return undefined;
  const label = m[1]!.trim();
  if (/^(?:we|you|our|the|this|note|retention|data\sretention)$/i.test(label)) return undefined;
  return label;
}

/** The detail for a rule hit, or undefined. `matched` is the hit's text, `name` a named capture. */
export function detailFor(kind: DetailKind | undefined, sentence: string, matched: string, name: string | undefined, fixed?: string): string | undefined {
  switch (kind) {
    case undefined:
      return undefined;
    case 'fixed':
      return fixed;
    case 'recipient':
      return canonicalRecipient(name ?? matched);
    case 'law':
      for (const [re, short] of LAW_NAMES) if (re.test(matched)) return short;
      return matched;
    case 'ai-provider': {
      const direct = AI_PROVIDERS.find((p) => matched === p);
      if (direct) return direct === 'ChatGPT' ? 'OpenAI' : direct === 'Claude' ? 'Anthropic' : direct;
      const inSentence = AI_PROVIDERS.find((p) => new RegExp(String.raw`\b${p}\b`).test(sentence));
      return inSentence;
    }
    case 'retention-data':
      return retentionSubject(sentence);
    case 'notice-channel':
      return noticeChannels(sentence);
  }
}
