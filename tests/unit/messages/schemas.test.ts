import { describe, expect, test } from 'vitest';
import { analyzeResultSchema, requestSchema } from '@/lib/messages';
import { makeCard } from '../storage/make-card';

describe('requestSchema', () => {
  test('accepts analyze-tab with and without force', () => {
    expect(requestSchema.parse({ type: 'analyze-tab', tabId: 3 })).toEqual({ type: 'analyze-tab', tabId: 3 });
    expect(requestSchema.parse({ type: 'analyze-tab', tabId: 3, force: true })).toMatchObject({ force: true });
  });
  test('accepts wake', () => {
    expect(requestSchema.parse({ type: 'wake' })).toEqual({ type: 'wake' });
  });
  test.each([
    { type: 'analyze-tab' },
    { type: 'analyze-tab', tabId: -1 },
    { type: 'analyze-tab', tabId: 1.5 },
    { type: 'analyze-tab', tabId: '3' },
    { type: 'get-card', id: 'x' },
    { type: 'delete-everything' },
    null,
    'analyze-tab',
  ])('rejects %j', (raw) => {
    expect(requestSchema.safeParse(raw).success).toBe(false);
  });
});

describe('analyzeResultSchema', () => {
  test('accepts each result kind', () => {
    const card = makeCard();
    for (const result of [
      { kind: 'card', card, origin: 'saved' },
      { kind: 'card', card, origin: 'analyzed', previousVersionAt: '2024-01-01T00:00:00Z', truncated: { analyzedChars: 1, totalChars: 2 } },
      { kind: 'not-policy', card },
      { kind: 'empty' },
      { kind: 'restricted', message: 'No.' },
      { kind: 'error', message: 'Broken.' },
    ]) {
      expect(analyzeResultSchema.safeParse(result).success).toBe(true);
    }
  });
  test('rejects a card result whose card is invalid', () => {
    const card = { ...makeCard(), policyScore: 3 };
    expect(analyzeResultSchema.safeParse({ kind: 'card', card, origin: 'saved' }).success).toBe(false);
  });
  test('rejects an error without a message', () => {
    expect(analyzeResultSchema.safeParse({ kind: 'error', message: '' }).success).toBe(false);
  });
});
