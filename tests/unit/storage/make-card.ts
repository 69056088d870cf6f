import type { Card, Finding } from '@/lib/schema';

let counter = 0;

/** A valid card with sensible defaults; override what a test cares about. */
export function makeCard(overrides: Partial<Omit<Card, 'source'>> & { source?: Partial<Card['source']> } = {}): Card {
  counter += 1;
  const source: Card['source'] = {
    url: 'https://example.com/privacy',
    title: 'Privacy Policy',
    textLength: 1000,
    textHash: `hash-${counter}`,
    ...overrides.source,
  };
  return {
    id: overrides.id ?? `${source.url}#${source.textHash}`,
    service: overrides.service ?? { name: 'Example', domain: 'example.com' },
    source,
    engineVersion: overrides.engineVersion ?? '1.0.0',
    analyzedAt: overrides.analyzedAt ?? '2024-05-01T10:00:00.000Z',
    policyScore: overrides.policyScore ?? 0.9,
    findings: overrides.findings ?? [],
  };
}

/** A valid finding quoting one sentence. */
export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    section: 'sharing',
    id: 'sale',
    status: 'no',
    evidence: [{ start: 0, end: 27, text: 'We do not sell your data.' }],
    ...overrides,
  } as Finding;
}
