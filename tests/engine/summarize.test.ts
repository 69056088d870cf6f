import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cardSchema, isTaxonomyId, type Card, type Finding } from '../../lib/schema';
import { classify, ENGINE_VERSION, summarize } from '../../lib/engine';

const SEEDS = join(__dirname, '../../../shared/seeds');
const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
const AT = '2025-01-01T00:00:00.000Z';

function card(text: string, url = 'file:///policy.txt', title = ''): Card {
  return summarize({ url, title, text, blocks: [] }, { analyzedAt: AT });
}

/** Invariants every card must satisfy, whatever the input. */
export function checkCard(c: Card, text: string): void {
  expect(cardSchema.safeParse(c).success).toBe(true);
  const keys = new Set<string>();
  let lastStart = -1;
  for (const f of c.findings) {
    expect(isTaxonomyId(f.section, f.id)).toBe(true);
    expect(f.evidence.length).toBeGreaterThan(0);
    for (const e of f.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    const key = `${f.section}|${f.id}|${f.status}|${f.value ?? ''}|${f.detail ?? ''}`;
    expect(keys.has(key)).toBe(false);
    keys.add(key);
    expect(f.evidence[0]!.start).toBeGreaterThanOrEqual(lastStart);
    lastStart = f.evidence[0]!.start;
  }
}

function find(c: Card | Finding[], section: string, id: string, status?: 'yes' | 'no'): Finding[] {
  const fs = Array.isArray(c) ? c : c.findings;
  return fs.filter((f) => f.section === section && f.id === id && (!status || f.status === status));
}

describe('card contract', () => {
  const text = 'Privacy Policy\nLast updated: March 3, 2014\nWe collect your email address. We do not sell your personal information.\n© 2014 Acme Widgets';
  test('fills every field', () => {
    const c = card(text, 'https://www.acme.example.com/privacy', 'Privacy Policy | Acme');
    checkCard(c, text);
    expect(c.engineVersion).toBe(ENGINE_VERSION);
    expect(c.analyzedAt).toBe(AT);
    expect(c.source.textHash).toBe(createHash('sha256').update(text).digest('hex'));
    expect(c.source.textLength).toBe(text.length);
    expect(c.source.lastUpdated).toBe('2014-03-03');
    expect(c.id).toBe(createHash('sha256').update(`https://www.acme.example.com/privacy\n${c.source.textHash}`).digest('hex').slice(0, 24));
    expect(c.service).toEqual({ name: 'Acme', domain: 'acme.example.com' });
  });
  test('is deterministic', () => {
    expect(card(text)).toEqual(card(text));
  });
  test('empty text gives an empty, valid card', () => {
    const c = card('');
    checkCard(c, '');
    expect(c.findings).toEqual([]);
    expect(c.policyScore).toBe(0);
  });
  test('classify offsets index into the segment', () => {
    const seg = 'Cookies. We do not sell, rent or trade your personal information to anyone.';
    const fs = classify(seg);
    for (const f of fs) for (const e of f.evidence) expect(seg.slice(e.start, e.end)).toBe(e.text);
    expect(find(fs, 'sharing', 'sale', 'no')).toHaveLength(1);
    expect(find(fs, 'sharing', 'sale', 'yes')).toHaveLength(0);
  });
});

describe('policyScore', () => {
  test('a news article and a shop page score low', () => {
    const news = 'City council approves new park budget\nThe council voted on Tuesday to approve a budget for the riverside park. Residents said the plan would add playgrounds and bike lanes. The mayor said construction starts next spring and will take two years. Critics worry about traffic during the works. ' + 'The project follows a public consultation. '.repeat(10);
    const shop = 'Acme Shoes\nAdd to cart\nRunning shoe, size 42, $89.99. Free shipping on orders over $50. Returns within 30 days. Customer reviews: 4.5 stars. Sign up for our newsletter to receive 10% off your first order. Contact us for help with sizing.';
    expect(card(news, 'https://news.example.com/a', 'Park budget').policyScore).toBeLessThan(0.3);
    expect(card(shop, 'https://shop.example.com/p', 'Running shoe').policyScore).toBeLessThan(0.35);
  });
});

describe.skipIf(seedFiles.length === 0)('seed policies', () => {
  const seeds = Object.fromEntries(seedFiles.map((f) => [f, readFileSync(join(SEEDS, f), 'utf8')]));
  test.each(seedFiles)('%s: valid card, high policy score', (f) => {
    const text = seeds[f]!;
    const c = card(text, `file:///seeds/${f}`);
    checkCard(c, text);
    expect(c.policyScore).toBeGreaterThan(0.7);
  });

  test('Planim (000): values and negations', () => {
    const c = card(seeds[seedFiles[0]!]!);
    expect(c.service).toEqual({ name: 'Planim', domain: 'planim.app' });
    expect(c.source.lastUpdated).toBe('2026-02-08');
    expect(find(c, 'sharing', 'sale', 'no')).toHaveLength(1);
    expect(find(c, 'sharing', 'sale', 'yes')).toHaveLength(0);
    expect(find(c, 'ai', 'training', 'no')).toHaveLength(1);
    expect(find(c, 'ai', 'training', 'yes')).toHaveLength(0);
    expect(find(c, 'cookies', 'third_party', 'no')).toHaveLength(1);
    expect(find(c, 'cookies', 'advertising', 'yes')).toHaveLength(0);
    expect(find(c, 'children', 'min_age')[0]?.value).toBe('16');
    expect(find(c, 'retention', 'after_closure')[0]?.value).toBe('P30D');
    expect(find(c, 'ai', 'providers').map((f) => f.detail)).toContain('OpenAI');
    const named = find(c, 'sharing', 'named').map((f) => f.detail);
    expect(named).toEqual(expect.arrayContaining(['PostHog', 'Cloudflare', 'OpenAI']));
    for (const id of ['access', 'correct', 'delete', 'portability', 'withdraw_consent', 'object']) expect(find(c, 'rights', id, 'yes')).toHaveLength(1);
    for (const id of ['contact', 'account', 'device_ids', 'device_info', 'activity', 'cookies', 'location']) expect(find(c, 'collected', id, 'yes').length).toBeGreaterThan(0);
  });

  test('Plenum (001): CCPA and GDPR rights, retention periods, named providers', () => {
    const c = card(seeds[seedFiles[1]!]!);
    expect(c.service.name).toBe('Plenum');
    expect(find(c, 'sharing', 'sale', 'no')).toHaveLength(1);
    expect(find(c, 'sharing', 'sale', 'yes')).toHaveLength(0);
    expect(find(c, 'rights', 'opt_out_sale', 'yes')).toHaveLength(1);
    expect(find(c, 'cookies', 'dnt', 'no')).toHaveLength(1);
    expect(find(c, 'cookies', 'dnt', 'yes')).toHaveLength(0);
    expect(find(c, 'retention', 'stated').map((f) => f.value)).toEqual(expect.arrayContaining(['P7Y', 'P2Y']));
    expect(find(c, 'rights', 'response_time')[0]?.value).toBe('P30D');
    expect(find(c, 'changes', 'advance_notice')[0]?.value).toBe('P30D');
    expect(find(c, 'children', 'min_age')[0]?.value).toBe('18');
    expect(find(c, 'sharing', 'named').map((f) => f.detail)).toEqual(expect.arrayContaining(['Stripe', 'Supabase', 'Twilio', 'Sentry', 'Zillow']));
    expect(find(c, 'meta', 'laws').map((f) => f.detail)).toEqual(expect.arrayContaining(['GDPR', 'CCPA', 'CPRA']));
    for (const id of ['access', 'correct', 'delete', 'portability', 'object', 'restrict', 'withdraw_consent', 'non_discrimination', 'agent', 'complaint']) expect(find(c, 'rights', id, 'yes')).toHaveLength(1);
  });

  test('Plugantic (002): retention details and DPO', () => {
    const c = card(seeds[seedFiles[2]!]!);
    expect(c.service).toEqual({ name: 'Plugantic', domain: 'plugantic.com' });
    const stated = find(c, 'retention', 'stated').map((f) => [f.value, f.detail]);
    expect(stated).toEqual(expect.arrayContaining([['P12M', 'Authentication logs'], ['P90D', 'API usage logs'], ['P24M', 'Support communications']]));
    expect(find(c, 'meta', 'dpo')[0]?.value).toBe('dpo@plugantic.com');
    expect(find(c, 'rights', 'contact').map((f) => f.value)).toContain('hello@plugantic.com');
    expect(find(c, 'sharing', 'sale', 'no')).toHaveLength(1);
    expect(find(c, 'sharing', 'sale', 'yes')).toHaveLength(0);
    // one verdict: "we do not store *full* card numbers" is a partial denial beside billing data collected
    const financial = find(c, 'collected', 'financial');
    expect(financial.map((f) => f.status)).toEqual(['yes']);
    expect(financial[0]!.evidence.filter((e) => e.contrary).map((e) => e.text)).toEqual(['We do not store full credit card numbers on our servers.']);
    expect(find(c, 'international', 'safeguards')).toHaveLength(1);
  });
});
