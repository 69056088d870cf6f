/** Which service a policy belongs to: name and domain, from page metadata and the policy's own words. */
import type { ExtractedPage } from '../schema';

/** Domains that appear in many policies but never name the service itself. */
const FOREIGN_DOMAINS = new Set([
  'google.com', 'facebook.com', 'twitter.com', 'apple.com', 'microsoft.com', 'adobe.com', 'mozilla.org', 'w3.org',
  'aboutads.info', 'networkadvertising.org', 'youronlinechoices.com', 'youronlinechoices.eu', 'allaboutcookies.org',
  'ftc.gov', 'example.com', 'optout.aboutads.info', 'truste.com', 'privacyshield.gov', 'export.gov', 'linkedin.com',
  'instagram.com', 'youtube.com', 'amazon.com', 'yahoo.com', 'gmail.com', 'outlook.com', 'hotmail.com',
  'verisign.com', 'bbb.org', 'networkadvertising.org', 'w3.org', 'adobe.com', 'macromedia.com', 'aboutcookies.org', 'allaboutcookies.org', 'google-analytics.com', 'doubleclick.net',
  'oag.ca.gov', 'ico.org.uk', 'cnil.fr', 'edpb.europa.eu', 'europa.eu', 'policies.google.com', 'tools.google.com',
]);

const DOMAIN_RE = /\b(?:[a-z0-9-]{1,63}\.){1,3}(?:com|app|io|org|net|co|ai|dev|fr|de|uk|eu|us|ca|me|so|tv|edu|gov|info|biz|xyz|tech|cloud|blog|page|site|online|store|shop|news|health|studio|design)\b/gi;

const GENERIC_NAME = /^(?:privacy|privacy\s(?:policy|notice|statement)|home|welcome|untitled|terms|legal|policy|the\scompany|company|we|us)$/i;

function hostOf(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    /* not a URL: fall through */
  }
  return '';
}

/** The most frequent non-foreign domain mentioned in the text (file: input has no host). */
function domainFromText(text: string, nameHint?: string): string {
  const counts = new Map<string, number>();
  DOMAIN_RE.lastIndex = 0;
  const limit = Math.min(text.length, 400_000);
  const slice = text.slice(0, limit);
  for (let m = DOMAIN_RE.exec(slice); m; m = DOMAIN_RE.exec(slice)) {
    const d = m[0].toLowerCase().replace(/^www\d?\./, '');
    const before = slice[m.index - 1];
    if (before === '.' || before === '/' && !/https?:\/\/$/.test(slice.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (FOREIGN_DOMAINS.has(d) || [...FOREIGN_DOMAINS].some((f) => d.endsWith(`.${f}`))) continue;
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let best = '';
  let bestScore = 0;
  for (const [d, n] of counts) {
    const score = n + (nameHint && d.includes(nameHint.toLowerCase().replace(/[^a-z0-9]/g, '')) ? 100 : 0);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function clean(name: string): string {
  return name.replace(/\s+/g, ' ').replace(/^[\s"“'|:-]+|[\s"”'|:,-]+$/g, '').trim();
}

/** `Plenum Inc. ("Plenum", "we")` → Plenum; `how Planim ("we", "us")` → Planim. */
function nameFromWeClause(text: string): string | undefined {
  const head = text.slice(0, 6000);
  const m = /([A-Z][\w&.'’-]{1,40}(?:\s(?:[A-Z][\w&.'’-]{0,40}|of|and|&)){0,4})\s?\((?:collectively,?\s)?(?:hereinafter\s)?(?:referred\sto\sas\s)?["“']([^"”']{1,40})["”']/.exec(head);
  if (!m) return undefined;
  const quoted = clean(m[2] ?? '');
  if (quoted && !/^(?:we|us|our|company|the\scompany|service|site|website)$/i.test(quoted)) return quoted;
  if (/^(?:Our|The|This|These|Your)\s/.test(clean(m[1] ?? '')) && !quoted) return undefined;
  const outer = clean(m[1] ?? '').replace(/^(?:This|The|Our)\s(?:Privacy\s)?(?:Policy|Notice|Statement)?\s?(?:explains|describes)?\s?(?:how\s)?/i, '');
  return outer && !GENERIC_NAME.test(outer) ? outer : undefined;
}

/** "Privacy Policy for Brightline Media", "Acme Privacy Policy", "Hollow Oak Trust is a registered charity". */
function nameFromOpening(text: string): string | undefined {
  const head = text.slice(0, 1500);
  const of = /\bprivacy\s(?:policy|notice|statement)\s(?:of|for)\s([A-Z][\w&.'’-]{1,40}(?:\s[A-Z][\w&.'’-]{0,40}){0,3})/i.exec(head);
  if (of && /^[A-Z]/.test(of[1] ?? '')) return clean(of[1] ?? '');
  const practices = /\b(?:[Dd]ata|[Pp]rivacy|[Ii]nformation)\s(?:[Pp]ractices|[Pp]olicy)\sof\s([A-Z][\w&.'’-]{1,40}(?:\s[A-Z][\w&.'’-]{0,40}){0,3})/.exec(head);
  if (practices) return clean(practices[1] ?? '');
  const isA = /(?:^|[.!?]\s|\n)([A-Z][\w&.'’-]{1,40}(?:\s[A-Z][\w&.'’-]{0,40}){0,4})\s(?:is|are)\s(?:a|an)\s(?:registered\s|small\s|leading\s)?(?:charity|company|corporation|business|service|platform|non-?profit|organi[sz]ation|website|app|application|startup|publisher|provider)\b/.exec(head);
  if (isA && !/^(?:This|It|The\sService|Our|We)$/i.test(isA[1] ?? '')) return clean(isA[1] ?? '');
  const titled = /^\W{0,5}([A-Z][\w&.'’-]{1,40}(?:\s[A-Z][\w&.'’-]{0,40}){0,3})\s(?:Online\s)?Privacy\s(?:Policy|Notice|Statement)\b/m.exec(head);
  if (titled && !/^(?:Our|The|Full|Online|Website)$/i.test(titled[1] ?? '')) return clean(titled[1] ?? '');
  return undefined;
}

function nameFromCopyright(text: string): string | undefined {
  const m = /(?:©|\(c\)|copyright)\s?(?:\d{4}(?:\s?[-–]\s?\d{4})?,?\s)?([A-Z][\w&.'’-]{1,40}(?:\s[A-Z][\w&.'’-]{0,40}){0,3})/i.exec(text);
  return m ? clean(m[1] ?? '').replace(/\s(?:All\sRights\sReserved)\.?$/i, '') || undefined : undefined;
}

function nameFromTitle(title: string): string | undefined {
  const parts = title.split(/\s[|–—-]\s|\s[|:]\s?|·|,\s/).map(clean).filter(Boolean);
  const useful = parts.filter((p) => !/privacy|policy|notice|statement|terms|cookie/i.test(p));
  if (useful[0] && !GENERIC_NAME.test(useful[0])) return useful[0];
  const stripped = clean(title.replace(/(?:['’]s)?\s?(?:online\s)?(?:privacy|cookie)\s(?:policy|notice|statement|center|centre)/i, ''));
  return stripped && !GENERIC_NAME.test(stripped) ? stripped : undefined;
}

function nameFromDomain(domain: string): string | undefined {
  const label = domain.split('.').filter((l) => l.length > 2 || domain.split('.').length === 2)[0];
  if (!label) return undefined;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The service's name and domain for the card. Never empty: "Unknown service" as last resort. */
export function serviceOf(page: Pick<ExtractedPage, 'url' | 'title' | 'text' | 'siteName'>): { name: string; domain: string } {
  const weName = nameFromWeClause(page.text);
  const site = page.siteName ? clean(page.siteName) : undefined;
  const titleName = nameFromTitle(page.title);
  let domain = hostOf(page.url);
  const name0 = (site && !GENERIC_NAME.test(site) ? site : undefined) ?? weName ?? titleName ?? nameFromOpening(page.text) ?? nameFromCopyright(page.text);
  if (!domain) domain = domainFromText(page.text, name0);
  const name = name0 ?? (domain ? nameFromDomain(domain) : undefined) ?? 'Unknown service';
  return { name: name.slice(0, 80), domain };
}
