import { describe, expect, test } from 'vitest';
import { sha256Hex, summarize } from '@/lib/engine';
import { makePage } from './fake-deps';

// The worker looks a card up by url + sha256Hex(text) BEFORE running the engine;
// if the engine hashed differently, every popup open would silently re-analyse.
describe('engine contract used by analyzeTab', () => {
  test("the engine's textHash is the SHA-256 of the page text, and it keeps the given URL", async () => {
    const page = makePage({ url: 'https://example.com/privacy', text: 'Privacy Policy. We do not sell your data. Ünïcödé ✓' });
    const card = summarize(page, { analyzedAt: '2024-01-01T00:00:00.000Z' });
    expect(card.source.textHash).toBe(sha256Hex(page.text));
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(card.source.url).toBe(page.url);
    expect(card.analyzedAt).toBe('2024-01-01T00:00:00.000Z');
  });
});
