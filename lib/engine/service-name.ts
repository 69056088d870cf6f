/**
 * Which service a policy belongs to: name and domain, from page metadata and
 * the policy's own words.
 *
 * The name is chosen by agreement: og:site_name / application-name, the page
 * title and the domain are checked against one another, and a `("…")`
 * definition in the text counts only when it agrees with one of them (so
 * `Children's Online Privacy Protection Act ("COPPA")` or `our websites
 * ("the Sites")` never become the card's title). Every page-controlled string
 * is capped first and read by linear code only (see docs/bounds.md).
 */
import type { ExtractedPage } from '../schema';
import { MAX_SITE_NAME, MAX_TITLE, capString } from './bounds';

/** Domains that appear in many policies but never name the service itself. */
const FOREIGN_DOMAINS = new Set([
  'google.com', 'facebook.com', 'twitter.com', 'apple.com', 'microsoft.com', 'adobe.com', 'mozilla.org', 'w3.org',
  'aboutads.info', 'networkadvertising.org', 'youronlinechoices.com', 'youronlinechoices.eu', 'allaboutcookies.org',
  'ftc.gov', 'example.com', 'optout.aboutads.info', 'truste.com', 'privacyshield.gov', 'export.gov', 'linkedin.com',
  'instagram.com', 'youtube.com', 'amazon.com', 'yahoo.com', 'gmail.com', 'outlook.com', 'hotmail.com',
  'verisign.com', 'bbb.org', 'macromedia.com', 'aboutcookies.org', 'google-analytics.com', 'doubleclick.net',
  'oag.ca.gov', 'ico.org.uk', 'cnil.fr', 'edpb.europa.eu', 'europa.eu', 'policies.google.com', 'tools.google.com',
]);

const DOMAIN_RE = /\b(?:[a-z0-9-]{1,63}\.){1,3}(?:com|app|io|org|net|co|ai|dev|fr|de|uk|eu|us|ca|me|so|tv|edu|gov|info|biz|xyz|tech|cloud|blog|page|site|online|store|shop|news|health|studio|design)\b/gi;

/** Names that say what the page is, not whose it is. */
const GENERIC_NAME = /^(?:privacy|privacy\s(?:policy|notice|statement|center|centre)|home|home\s?page|welcome|untitled|terms|legal|policy|policies|the\scompany|company|we|us|our|cookie\s(?:policy|notice)|data\sprotection|notice)$/i;

/**
 * Defined terms that are never the service: the sites and services in the
 * abstract, places, laws and regulators. `("the Sites")`, `("United States")`
 * and `("COPPA")` are what definitions in real policies produce.
 */
const NEVER_A_NAME = new Set([
  'site', 'sites', 'website', 'websites', 'service', 'services', 'platform', 'platforms', 'app', 'apps', 'application',
  'applications', 'company', 'companies', 'club', 'group', 'policy', 'notice', 'statement', 'agreement', 'terms', 'user',
  'users', 'you', 'your', 'member', 'members', 'customer', 'customers', 'affiliates', 'partners', 'content', 'products',
  'united states', 'united states of america', 'usa', 'us', 'u.s', 'u.s.', 'u.s.a', 'u.s.a.', 'america', 'european union',
  'eu', 'eea', 'european economic area', 'united kingdom', 'uk', 'great britain', 'california', 'canada', 'switzerland',
  'gdpr', 'uk gdpr', 'ccpa', 'cpra', 'coppa', 'caloppa', 'lgpd', 'pipeda', 'hipaa', 'ferpa', 'glba', 'vcdpa', 'pipl', 'appi',
  'can-spam', 'vppa', 'dpa', 'ftc', 'ico', 'cnil', 'data protection act', 'personal information', 'personal data',
  'information', 'data', 'cookies', 'privacy shield', 'controller', 'processor', 'we', 'our', 'ours', 'this', 'it',
  'use', 'security', 'accessibility', 'help', 'help center', 'faq', 'contact', 'contact us', 'about', 'about us', 'llc', 'inc', 'full',
]);

/** Corporate suffixes and articles left out when names are compared. */
const NAME_NOISE = new Set(['the', 'inc', 'llc', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company', 'gmbh', 'plc', 'sa', 'ag', 'bv', 'sas', 'srl', 'pty', 'lp', 'llp', 'group', 'holdings']);

/** Domain labels that are no one's name (`www.`, `legal.acme.com`, `.co.uk`). */
const HOST_NOISE = new Set(['www', 'www2', 'en', 'us', 'uk', 'eu', 'de', 'fr', 'm', 'legal', 'privacy', 'policies', 'policy', 'help', 'support', 'docs', 'about', 'app', 'web', 'co', 'com', 'org', 'net', 'gov', 'ac', 'edu']);

/** Quoted terms that define the first party itself: `("Acme", "we", "us")`. */
const SELF_TERM = /^(?:we|us|our|company|the\scompany|controller)$/i;

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
    if (before === '.' || (before === '/' && !/https?:\/\/$/.test(slice.slice(Math.max(0, m.index - 8), m.index)))) continue;
    if (FOREIGN_DOMAINS.has(d) || [...FOREIGN_DOMAINS].some((f) => d.endsWith(`.${f}`))) continue;
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let best = '';
  let bestScore = 0;
  const hint = nameHint ? keyOf(nameHint) : '';
  for (const [d, n] of counts) {
    const score = n + (hint && d.replace(/[^a-z0-9]/g, '').includes(hint) ? 100 : 0);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

const TRIM_LEAD = new Set([' ', '"', '“', "'", '|', ':', '-', '#', '*', '_', '(', '[']);
const TRIM_TAIL = new Set([' ', '"', '”', "'", '|', ':', ',', '-', '#', '*', '_', ')', ']']);

/**
 * Collapses whitespace and trims quotes, bars, colons, commas and dashes from
 * both ends. Index loops, not `[…]+$`: that regex restarts at every dash of a
 * `a------…a` title and took minutes on 400k chars.
 */
export function clean(name: string): string {
  const s = name.replace(/\s+/g, ' ');
  let a = 0;
  let b = s.length;
  while (a < b && TRIM_LEAD.has(s[a]!)) a++;
  while (b > a && TRIM_TAIL.has(s[b - 1]!)) b--;
  return s.slice(a, b);
}

/** Lower-case letters and digits of a name without corporate suffixes: "Acme, Inc." → "acme". */
function keyOf(name: string): string {
  const words = name
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !NAME_NOISE.has(w));
  return words.join('').replace(/[^a-z0-9]/g, '');
}

/** First letters of a name of several words: "British Broadcasting Corporation" → "bbc". */
function initialsOf(name: string): string {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !/^(?:of|and|the|for|&)$/i.test(w));
  return words.length >= 2 ? words.map((w) => w[0]!.toLowerCase()).join('') : '';
}

/** The words of a name that can carry it ("The Motley Fool" → motley, fool). */
function wordsOf(name: string): string[] {
  return name.normalize('NFKD').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 4 && !NAME_NOISE.has(w));
}

/**
 * Whether two names name the same thing: equal keys, one the other's prefix
 * ("Acme" / "Acme Widgets"), a whole word of one equal to the other ("The
 * Motley Fool" / fool.com), or initials ("British Broadcasting Corporation" / bbc).
 */
export function namesAgree(a: string, b: string): boolean {
  const ka = keyOf(a);
  const kb = keyOf(b);
  if (ka.length < 2 || kb.length < 2) return false;
  if (ka === kb) return true;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  if (short.length >= 3 && long.startsWith(short)) return true;
  if (wordsOf(a).includes(kb) || wordsOf(b).includes(ka)) return true;
  // "The Guardian" / theguardian.com: the article is part of the brand
  const ta = a.toLowerCase().replace(/[^a-z0-9]/g, '');
  const tb = b.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (ta.length >= 3 && ta === tb) return true;
  const ia = initialsOf(a);
  const ib = initialsOf(b);
  return (ia.length >= 2 && ia === kb) || (ib.length >= 2 && ib === ka);
}

/** A name fit for a card title: not generic, not a place, law or "the Sites". */
function usable(name: string | undefined): name is string {
  if (!name) return false;
  const n = clean(name);
  if (n.length < 2 || n.length > 80 || GENERIC_NAME.test(n)) return false;
  // a sentence (a plain-text first line, a definition) is not a name
  if (/["“”()]/.test(n) || n.split(' ').length > 8) return false;
  const bare = n.toLowerCase().replace(/^the\s/, '');
  if (NEVER_A_NAME.has(n.toLowerCase()) || NEVER_A_NAME.has(bare)) return false;
  // "the Sites", "our Services": an article or possessive before a common noun is a defined term, not a brand
  if (/^(?:the|our|this|these|its|their)\s/i.test(n) && NEVER_A_NAME.has(bare.replace(/^(?:our|this|these|its|their)\s/, ''))) return false;
  // "14 January 2015" is a date line, not a brand
  return /\p{L}/u.test(n) && !/\b(?:19|20)\d{2}\b/.test(n);
}

interface Definition {
  /** The quoted short name, when it is not "we"/"us". */
  quoted?: string;
  /** The name before the parenthesis. */
  outer?: string;
  /** The parenthesis also says "we"/"us"/"the Company": it defines the first party. */
  self: boolean;
}

// names stay on one line: a title line above "Acme ("we")" is not part of the name
const DEFINITION_RE = /([A-Z][\w&.'’-]{1,40}(?:[ \t](?:[A-Z][\w&.'’-]{0,40}|of|and|&)){0,4})[ \t]?\((?:collectively,?\s)?(?:hereinafter\s)?(?:referred\sto\sas\s)?((?:["“'][^"”'()]{1,40}["”'](?:,?\s(?:or\s|and\s)?)?){1,6})/g;
const QUOTED_RE = /["“']([^"”'()]{1,40})["”']/g;

/** `Plenum Inc. ("Plenum", "we")`, `how Planim ("we", "us")`, `websites ("the Sites")`: definitions in the opening. */
function definitions(text: string): Definition[] {
  const head = text.slice(0, 6000);
  const out: Definition[] = [];
  DEFINITION_RE.lastIndex = 0;
  for (let m = DEFINITION_RE.exec(head); m && out.length < 20; m = DEFINITION_RE.exec(head)) {
    const terms: string[] = [];
    QUOTED_RE.lastIndex = 0;
    for (let q = QUOTED_RE.exec(m[2] ?? ''); q; q = QUOTED_RE.exec(m[2] ?? '')) terms.push(clean(q[1] ?? ''));
    const self = terms.some((t) => SELF_TERM.test(t));
    const quoted = terms.find((t) => !SELF_TERM.test(t) && usable(t));
    const outer = clean(m[1] ?? '').replace(/^(?:This|The|Our)\s(?:Privacy\s)?(?:Policy|Notice|Statement)?\s?(?:explains|describes)?\s?(?:how\s)?/i, '');
    out.push({ quoted, outer: usable(outer) && !/^(?:Our|The|This|These|Your)\s/.test(outer) ? outer : undefined, self });
  }
  return out;
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
  if (titled && !/^(?:Our|The|This|Full|Online|Website)$/i.test(titled[1] ?? '')) return clean(titled[1] ?? '');
  return undefined;
}

/** `© 2024 Acme Widgets`, `Copyright 2024 Acme`: a year or the sign, and a capitalised name. */
function nameFromCopyright(text: string): string | undefined {
  const m = /(?:©|\([cC]\)|[Cc]opyright\s(?:©\s?)?(?=\d))\s?(?:\d{4}(?:\s?[-–]\s?\d{4})?,?\s)?([A-Z][\w&.'’-]{1,40}(?:\s[A-Z][\w&.'’-]{0,40}){0,3})/.exec(text);
  return m ? clean(m[1] ?? '').replace(/\s(?:All\sRights\sReserved)\.?$/i, '') || undefined : undefined;
}

/** Words around the name in a title that say what the page is. */
const PAGE_WORDS = /\b(?:data|privacy|information)\s(?:practices|policy|policies)\b|(?:['’]s)?\s?(?:online\s)?(?:privacy|cookie|data\sprotection)\s(?:policy|notice|statement|center|centre|information)|\b(?:privacy|cookie)\b|\b(?:policy|notice|statement|terms(?:\sof\s(?:use|service))?|legal)\b/gi;
/** "Last updated: 14 January 2015" and everything after it in a title part is a date line. */
const DATE_LINE = /\b(?:last\s)?(?:updated|modified|revised|effective)\b/i;

/** Names a title offers: its parts between separators, each without page words. */
function namesFromTitle(title: string): string[] {
  const parts = title.split(/\s[|–—-]\s|\s?[|:]\s|·|,\s/).map(clean).filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    const dated = DATE_LINE.exec(p);
    const undated = dated ? p.slice(0, dated.index) : p;
    const stripped = clean(undated.replace(PAGE_WORDS, ' ').replace(/^\s*(?:for|of|at|and|&)\s/i, '').replace(/\s(?:for|of|at|and|&)\s*$/i, ''));
    if (usable(stripped) && !out.includes(stripped)) out.push(stripped);
  }
  return out;
}

/** The labels of a host that can be a name: acme.example.com → acme, example; bbc.co.uk → bbc. */
function hostLabels(domain: string): string[] {
  const labels = domain.split('.');
  return labels.slice(0, -1).filter((l) => l.length >= 2 && !HOST_NOISE.has(l));
}

function nameFromDomain(domain: string): string | undefined {
  const label = hostLabels(domain)[0];
  return label ? label.charAt(0).toUpperCase() + label.slice(1) : undefined;
}

/**
 * The service's name and domain for the card. Never empty: "Unknown service"
 * as last resort. The choice, in order:
 * 1. the site name, when the title or the domain agrees with it;
 * 2. a name in the title that the domain or a first-party definition agrees with;
 * 3. a `("…")` definition that agrees with the site name, the title or the domain;
 * 4. the site name alone, then a first-party definition (`Acme ("we")`) when the
 *    page has no metadata to check it against (plain text), then the title alone;
 * 5. the opening ("Privacy Policy for …", "… is a company"), the © line, the domain.
 */
export function serviceOf(page: Pick<ExtractedPage, 'url' | 'title' | 'text' | 'siteName'>): { name: string; domain: string } {
  const title = capString(page.title, MAX_TITLE);
  const siteRaw = page.siteName ? clean(capString(page.siteName, MAX_SITE_NAME)) : undefined;
  const site = usable(siteRaw) ? siteRaw : undefined;
  const titles = namesFromTitle(title);
  const defs = definitions(page.text);
  const urlHost = hostOf(page.url);
  const defNames = defs.flatMap((d) => [d.quoted, d.outer]).filter((n): n is string => n !== undefined);
  const domain = urlHost || domainFromText(page.text, site ?? titles[0] ?? defNames[0]);
  const labels = hostLabels(domain);
  const agreesWithDomain = (n: string): boolean => labels.some((l) => namesAgree(n, l));
  const selfNames = defs.filter((d) => d.self).flatMap((d) => [d.quoted, d.outer]).filter((n): n is string => n !== undefined);

  const titleOnDomain = titles.find(agreesWithDomain);
  const name =
    (site && (titles.some((t) => namesAgree(site, t)) || agreesWithDomain(site)) ? site : undefined) ??
    (titleOnDomain ? brandPrefix(titleOnDomain, labels) : undefined) ??
    titles.find((t) => selfNames.some((d) => namesAgree(t, d))) ??
    defs.map((d) => pickDefinition(d, (n) => agreesWithDomain(n) || (site !== undefined && namesAgree(n, site)) || titles.some((t) => namesAgree(n, t)))).find(Boolean) ??
    site ??
    (!urlHost && !site ? defs.filter((d) => d.self).map((d) => d.quoted ?? d.outer).find(Boolean) : undefined) ??
    titles[0] ??
    [nameFromOpening(page.text), nameFromCopyright(page.text)].find(usable) ??
    (domain ? nameFromDomain(domain) : undefined) ??
    'Unknown service';
  return { name: capString(name, 80), domain };
}

/**
 * A title that only starts with the brand ("Honda Cars Motorcycles Watercraft
 * ATVs", host honda.com) is cut to the words that spell a domain label.
 */
function brandPrefix(title: string, labels: string[]): string {
  const words = title.split(' ');
  for (let n = 1; n < words.length; n++) {
    const head = words.slice(0, n).join(' ');
    // "Honda" for honda.com; "lynda.com" written as a word is the brand too
    if (labels.includes(keyOf(head)) || labels.some((l) => head.toLowerCase().startsWith(`${l}.`))) return head;
  }
  return title;
}

/** The form of a definition to show, when either form agrees: the short quoted name first. */
function pickDefinition(d: Definition, agrees: (n: string) => boolean): string | undefined {
  if (d.quoted && agrees(d.quoted)) return d.quoted;
  if (d.outer && agrees(d.outer)) return d.quoted && namesAgree(d.quoted, d.outer) ? d.quoted : d.outer;
  return undefined;
}
