import type { Card, Finding, Section, Status } from '../../../lib/schema';

let counter = 0;

/** A finding with one quote; the quote text says what it is, so failures read well. */
export function finding(
  section: Section,
  id: string,
  status: Status = 'yes',
  extra: { value?: string; detail?: string } = {},
): Finding {
  // Quotes stay inside the card's 1000-character text and match their offsets, as the engine writes them.
  const start = (counter++ % 80) * 10;
  const text = `${section}/${id} ${status} ${extra.value ?? ''}`.trim();
  return { section, id, status, ...extra, evidence: [{ start, end: start + text.length, text }] };
}

/** A valid card; `url` and `hash` decide its identity as storage sees it. */
export function makeCard(
  name: string,
  findings: Finding[] = [],
  opts: { url?: string; hash?: string; analyzedAt?: string; lastUpdated?: string; domain?: string } = {},
): Card {
  const url = opts.url ?? `https://${name.toLowerCase().replace(/\W+/g, '')}.example/privacy`;
  const hash = opts.hash ?? 'a1';
  return {
    id: `${url}#${hash}`,
    service: { name, domain: opts.domain ?? new URL(url).hostname },
    source: {
      url,
      title: `${name} privacy policy`,
      textLength: 1000,
      textHash: hash,
      ...(opts.lastUpdated ? { lastUpdated: opts.lastUpdated } : {}),
    },
    engineVersion: 'test',
    analyzedAt: opts.analyzedAt ?? '2025-01-01T00:00:00.000Z',
    policyScore: 0.9,
    findings,
  };
}
