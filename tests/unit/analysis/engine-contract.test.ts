import { describe, expect, test } from 'vitest';
import { hashText } from '@/lib/analysis/hash-text';
import { summarize } from '@/lib/engine';
import { makePage } from './fake-deps';

// The worker looks a card up by url + hashText(text) BEFORE running the engine;
// if the engine hashed differently, every popup open would silently re-analyse.
describe('engine contract used by analyzeTab', () => {
  test("the engine's textHash is hashText of the page text, and it keeps the given URL", async () => {
    const page = makePage({ url: 'https://example.com/privacy', text: 'Privacy Policy. We do not sell your data. Ünïcödé ✓' });
    const card = summarize(page, { analyzedAt: '2024-01-01T00:00:00.000Z' });
    expect(card.source.textHash).toBe(await hashText(page.text));
    expect(card.source.url).toBe(page.url);
    expect(card.analyzedAt).toBe('2024-01-01T00:00:00.000Z');
  });
});
