import { TAXONOMY, type Card, type Finding, type Section } from '../../lib/schema';

/** A small deterministic PRNG (mulberry32): the same seed gives the same library every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['North', 'Bright', 'Pixel', 'Cloud', 'Blue', 'Green', 'Swift', 'Lumen', 'Atlas', 'Nova', 'Cedar', 'Harbor', 'Quill', 'Orbit', 'Maple', 'Echo', 'Summit', 'Willow', 'Beacon', 'Vertex'];
const NOUNS = ['Notes', 'Cart', 'Gram', 'Mail', 'Maps', 'Bank', 'Health', 'Games', 'Docs', 'Travel', 'Music', 'Fit', 'Chat', 'Shop', 'News', 'Pay', 'Drive', 'Learn', 'Home', 'Tickets'];
const TLDS = ['com', 'io', 'app', 'net', 'co.uk', 'de', 'fr'];
const DURATIONS = ['P30D', 'P90D', 'P6M', 'P1Y', 'P2Y', 'P7Y', 'P13M', 'P180D', 'PT24H'];
const DETAILS = ['Server logs', 'Order records', 'Support tickets', 'Backups', 'Marketing data', 'Account data'];
const RECIPIENTS = ['Stripe', 'PostHog', 'Google Analytics', 'Amazon Web Services', 'Zendesk', 'Mailchimp', 'Segment'];

// Realistic policy sentences, about the length the engine quotes.
const SENTENCES = [
  'We collect your name, email address and phone number when you create an account or contact our support team.',
  'Our servers automatically record your IP address, browser type, operating system and the pages you visit.',
  'We share personal information with service providers who host our infrastructure, process payments and deliver email on our behalf.',
  'We do not sell your personal information, and we have not sold personal information in the preceding twelve months.',
  'We may share information with advertising partners so that they can show you interest-based ads on other websites.',
  'We retain server logs for a limited period, after which they are deleted or anonymized in accordance with our retention schedule.',
  'You may request access to, correction of, or deletion of your personal information by contacting our privacy team.',
  'If we are involved in a merger, acquisition or sale of assets, your information may be transferred as part of that transaction.',
  'We use cookies, pixels and similar technologies to remember your preferences and measure the performance of our services.',
  'All data is encrypted in transit using TLS 1.2 or later and encrypted at rest using AES-256.',
  'You can opt out of marketing emails at any time by clicking the unsubscribe link at the bottom of each message.',
  'Our services are not directed to children under 13, and we do not knowingly collect personal information from them.',
  'We transfer personal information to the United States and other countries under the European Commission’s Standard Contractual Clauses.',
  'We may update this policy from time to time and will notify you by email before material changes take effect.',
];

/** All (section, id) pairs of the taxonomy. */
const IDS: Array<[Section, string]> = (Object.keys(TAXONOMY) as Section[]).flatMap((s) =>
  (TAXONOMY[s] as readonly string[]).map((id) => [s, id] as [Section, string]),
);

function findingFor(random: () => number, section: Section, id: string, offset: number): Finding {
  const evidence = Array.from({ length: random() < 0.3 ? 2 : 1 }, (_, i) => {
    const text = SENTENCES[Math.floor(random() * SENTENCES.length)]!;
    const start = offset + i * 400;
    return { start, end: start + text.length, text };
  });
  const f: Finding = { section, id, status: random() < 0.8 ? 'yes' : 'no', evidence };
  if (section === 'retention' && id === 'stated') {
    f.status = 'yes';
    f.value = DURATIONS[Math.floor(random() * DURATIONS.length)]!;
    if (random() < 0.6) f.detail = DETAILS[Math.floor(random() * DETAILS.length)]!;
  } else if (section === 'sharing' && id === 'named') {
    f.status = 'yes';
    f.detail = RECIPIENTS[Math.floor(random() * RECIPIENTS.length)]!;
  } else if (section === 'meta' && id === 'last_updated') {
    f.status = 'yes';
    f.value = `20${String(18 + Math.floor(random() * 8))}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
  }
  return f;
}

/**
 * `count` cards as the engine would write them: 20–60 findings each with
 * quoted evidence, about one URL in ten with two versions.
 */
export function generateCards(count: number, seed = 42): Card[] {
  const random = rng(seed);
  const cards: Card[] = [];
  let site = 0;
  while (cards.length < count) {
    site++;
    const name = `${WORDS[site % WORDS.length]} ${NOUNS[Math.floor(site / WORDS.length) % NOUNS.length]}${site >= 400 ? ` ${site}` : ''}`;
    const domain = `${name.toLowerCase().replace(/\s+/g, '')}.${TLDS[site % TLDS.length]}`;
    const url = `https://www.${domain}/legal/privacy`;
    const versions = random() < 0.1 ? 2 : 1;
    for (let v = 0; v < versions && cards.length < count; v++) {
      const n = 20 + Math.floor(random() * 41);
      const picked = new Set<number>();
      while (picked.size < n) picked.add(Math.floor(random() * IDS.length));
      const findings = [...picked].sort((a, b) => a - b).map((i, k) => findingFor(random, IDS[i]![0], IDS[i]![1], k * 800));
      const hash = `${site.toString(16).padStart(8, '0')}${v}`.padEnd(64, 'a');
      const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 700) * 86_400_000 + v * 86_400_000 * 30);
      const lastUpdated = findings.find((f) => f.section === 'meta' && f.id === 'last_updated')?.value;
      // Every quote lies inside the text, as the engine writes them (import checks it).
      const textLength = Math.max(40_000, ...findings.flatMap((f) => f.evidence.map((e) => e.end)));
      cards.push({
        id: `${url}#${hash.slice(0, 16)}`,
        service: { name, domain },
        source: { url, title: `${name} Privacy Policy`, textLength, textHash: hash, ...(lastUpdated ? { lastUpdated } : {}) },
        engineVersion: '1.0.0',
        analyzedAt: day.toISOString(),
        policyScore: 0.9,
        findings,
      });
    }
  }
  return cards;
}
