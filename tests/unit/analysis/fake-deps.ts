import type { AnalyzeTabDeps } from '@/lib/analysis/analyze-tab';
import { sha256Hex } from '@/lib/engine';
import type { Card, ExtractedPage } from '@/lib/schema';
import type { PolicyLensDb } from '@/lib/storage';

export function makePage(overrides: Partial<ExtractedPage> = {}): ExtractedPage {
  const text = overrides.text ?? 'Privacy Policy. We do not sell your personal information.';
  return {
    url: 'https://example.com/privacy',
    title: 'Privacy Policy',
    text,
    blocks: text ? [{ kind: 'paragraph', start: 0, end: text.length }] : [],
    ...overrides,
  };
}

/**
 * Fake browser + engine around a real (fake-indexeddb) database. The fake
 * engine scores pages containing "privacy" as policies and records calls.
 */
export function fakeDeps(db: PolicyLensDb, page: unknown, overrides: Partial<AnalyzeTabDeps> = {}) {
  const calls = { summarize: 0, extract: 0, pagesSeen: [] as ExtractedPage[] };
  let clock = Date.parse('2024-06-01T12:00:00.000Z');
  const deps: AnalyzeTabDeps = {
    db,
    getTabUrl: async () => (page as ExtractedPage | undefined)?.url,
    isFileAccessAllowed: async () => false,
    extract: async () => {
      calls.extract += 1;
      return page;
    },
    summarize: (p, options): Card => {
      calls.summarize += 1;
      calls.pagesSeen.push(p);
      const textHash = sha256Hex(p.text);
      return {
        id: `${p.url}#${textHash}`,
        service: { name: 'Example', domain: new URL(p.url).hostname },
        source: { url: p.url, title: p.title, textLength: p.text.length, textHash },
        engineVersion: '1.0.0',
        analyzedAt: options.analyzedAt ?? 'unset',
        policyScore: /privacy/i.test(p.text) ? 0.9 : 0.1,
        findings: [],
      };
    },
    engineVersion: '1.0.0',
    now: () => {
      clock += 60_000;
      return new Date(clock).toISOString();
    },
    ...overrides,
  };
  return { deps, calls };
}
