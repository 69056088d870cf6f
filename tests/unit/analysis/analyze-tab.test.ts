import { describe, expect, test } from 'vitest';
import { analyzeTab } from '@/lib/analysis/analyze-tab';
import { MAX_TEXT_CHARS } from '@/lib/analysis/cap-page';
import { PolicyLensDb, listVersions } from '@/lib/storage';
import { useTestDb } from '../support/test-db';
import { fakeDeps, makePage } from './fake-deps';

let db: PolicyLensDb;
useTestDb('analyze-test', (fresh) => (db = fresh));

const request = { type: 'analyze-tab' as const, tabId: 7 };

describe('analyzeTab', () => {
  test('analyses a policy page, saves it and returns the card', async () => {
    const { deps, calls } = fakeDeps(db, makePage());
    const result = await analyzeTab(request, deps);
    expect(result.kind).toBe('card');
    if (result.kind !== 'card') return;
    expect(result.origin).toBe('analyzed');
    expect(result.previousVersionAt).toBeUndefined();
    expect(calls.summarize).toBe(1);
    expect(await db.cards.get(result.card.id)).toEqual(result.card);
  });

  test('a second analysis of the same text returns the stored card without running the engine', async () => {
    const { deps, calls } = fakeDeps(db, makePage());
    const first = await analyzeTab(request, deps);
    const second = await analyzeTab(request, deps);
    expect(calls.summarize).toBe(1);
    expect(second.kind).toBe('card');
    if (first.kind !== 'card' || second.kind !== 'card') return;
    expect(second.origin).toBe('saved');
    expect(second.card.analyzedAt).toBe(first.card.analyzedAt);
    expect(await db.cards.count()).toBe(1);
  });

  test('a stored card from an older engine is re-analysed', async () => {
    const { deps, calls } = fakeDeps(db, makePage());
    await analyzeTab(request, deps);
    const upgraded = fakeDeps(db, makePage(), {
      engineVersion: '2.0.0',
      summarize: (page, options) => ({ ...deps.summarize(page, options), engineVersion: '2.0.0' }),
    });
    const result = await analyzeTab(request, upgraded.deps);
    expect(calls.summarize).toBe(2); // the wrapped summarize counts on the first deps
    expect(result.kind === 'card' && result.card.engineVersion).toBe('2.0.0');
    expect(await db.cards.count()).toBe(1);
  });

  test('a PDF viewer is refused by its MIME type and nothing is saved', async () => {
    const { deps, calls } = fakeDeps(db, { ...makePage({ url: 'https://example.com/download/123' }), contentType: 'application/pdf' });
    expect(await analyzeTab(request, deps)).toMatchObject({ kind: 'restricted', message: expect.stringMatching(/PDF/) });
    expect(calls.summarize).toBe(0);
    expect(await db.cards.count()).toBe(0);
  });

  test('a card kept with "Analyse anyway" stays a card after an engine upgrade lowers its score', async () => {
    const lowScore = (deps: ReturnType<typeof fakeDeps>['deps'], version: string) =>
      fakeDeps(db, makePage(), {
        engineVersion: version,
        summarize: (page, options) => ({ ...deps.summarize(page, options), engineVersion: version, policyScore: 0.05 }),
      }).deps;
    const { deps } = fakeDeps(db, makePage());
    expect((await analyzeTab({ ...request, force: true }, lowScore(deps, '1.0.0'))).kind).toBe('card');
    const after = await analyzeTab(request, lowScore(deps, '2.0.0'));
    expect(after.kind).toBe('card');
    expect(after.kind === 'card' && after.card.engineVersion).toBe('2.0.0');
  });

  test('the #fragment is dropped from the stored URL', async () => {
    const { deps } = fakeDeps(db, makePage({ url: 'https://example.com/privacy#cookies' }));
    const result = await analyzeTab(request, deps);
    expect(result.kind === 'card' && result.card.source.url).toBe('https://example.com/privacy');
  });

  test('changed text for a known URL is a new version and reports the earlier date', async () => {
    const v1 = fakeDeps(db, makePage({ text: 'Privacy Policy v1. We collect your e-mail.' }));
    const first = await analyzeTab(request, v1.deps);
    const v2 = fakeDeps(db, makePage({ text: 'Privacy Policy v2. We collect your e-mail and location.' }), {
      now: () => '2025-01-01T00:00:00.000Z',
    });
    const second = await analyzeTab(request, v2.deps);
    if (first.kind !== 'card' || second.kind !== 'card') throw new Error('expected cards');
    expect(second.origin).toBe('analyzed');
    expect(second.previousVersionAt).toBe(first.card.analyzedAt);
    expect(await listVersions(db, 'https://example.com/privacy')).toHaveLength(2);
  });

  test('a page that does not look like a policy is not saved until forced', async () => {
    const { deps } = fakeDeps(db, makePage({ title: 'Lemon cake', text: 'Whisk the eggs with sugar and lemon zest.' }));
    const result = await analyzeTab(request, deps);
    expect(result.kind).toBe('not-policy');
    expect(await db.cards.count()).toBe(0);
    const forced = await analyzeTab({ ...request, force: true }, deps);
    expect(forced.kind).toBe('card');
    expect(await db.cards.count()).toBe(1);
  });

  test('an empty page says so and saves nothing', async () => {
    const { deps, calls } = fakeDeps(db, makePage({ text: '   \n ', blocks: [] }));
    expect(await analyzeTab(request, deps)).toEqual({ kind: 'empty' });
    expect(calls.summarize).toBe(0);
    expect(await db.cards.count()).toBe(0);
  });

  test('a restricted tab URL is refused before anything is injected', async () => {
    const { deps, calls } = fakeDeps(db, makePage(), { getTabUrl: async () => 'chrome://settings/' });
    const result = await analyzeTab(request, deps);
    expect(result).toEqual({ kind: 'restricted', message: "Policy Lens can't read browser pages like this one." });
    expect(calls.extract).toBe(0);
  });

  test('a hidden tab URL falls back to the browser error to spot restricted pages', async () => {
    const { deps } = fakeDeps(db, undefined, {
      getTabUrl: async () => undefined,
      extract: async () => {
        throw new Error('Cannot access contents of url "chrome://version/". Extension manifest must request permission to access this host.');
      },
    });
    const result = await analyzeTab(request, deps);
    expect(result.kind).toBe('restricted');
  });

  test('an injection failure becomes a sentence', async () => {
    const { deps } = fakeDeps(db, undefined, {
      extract: async () => {
        throw new Error('Script crashed');
      },
    });
    expect(await analyzeTab(request, deps)).toEqual({ kind: 'error', message: "Couldn't read this page: Script crashed." });
  });

  test('a malformed content-script answer is an error, not a crash', async () => {
    const { deps, calls } = fakeDeps(db, { url: 'https://example.com/privacy', text: 42 });
    const result = await analyzeTab(request, deps);
    expect(result.kind).toBe('error');
    expect(calls.summarize).toBe(0);
  });

  test('a closed tab is an error', async () => {
    const { deps } = fakeDeps(db, makePage(), {
      getTabUrl: async () => {
        throw new Error('No tab with id: 7.');
      },
    });
    expect((await analyzeTab(request, deps)).kind).toBe('error');
  });

  test('an engine crash is an error and nothing is written', async () => {
    const { deps } = fakeDeps(db, makePage(), {
      summarize: () => {
        throw new Error('boom');
      },
    });
    expect(await analyzeTab(request, deps)).toEqual({ kind: 'error', message: "Couldn't analyse this page: boom" });
    expect(await db.cards.count()).toBe(0);
  });

  test('a huge page is analysed up to the cap and says so', async () => {
    const paragraph = 'Privacy notice paragraph about how we handle data. '.repeat(20);
    const text = Array.from({ length: Math.ceil((MAX_TEXT_CHARS * 1.2) / paragraph.length) }, () => paragraph).join('\n');
    let offset = 0;
    const blocks = text.split('\n').map((part) => {
      const block = { kind: 'paragraph' as const, start: offset, end: offset + part.length };
      offset += part.length + 1;
      return block;
    });
    const { deps, calls } = fakeDeps(db, makePage({ text, blocks }));
    const result = await analyzeTab(request, deps);
    expect(result.kind).toBe('card');
    if (result.kind !== 'card') return;
    expect(result.truncated?.totalChars).toBe(text.length);
    expect(result.truncated?.analyzedChars).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(calls.pagesSeen[0]?.text.length).toBe(result.truncated?.analyzedChars);
    expect(calls.pagesSeen[0]?.blocks.every((b) => b.end <= MAX_TEXT_CHARS)).toBe(true);
  });
});
