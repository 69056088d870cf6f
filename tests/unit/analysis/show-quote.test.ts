import { describe, expect, test, vi } from 'vitest';
import { showQuote } from '@/lib/analysis/show-quote';
import { requestShowQuote } from '@/lib/messages/client';

const request = { type: 'show-quote' as const, tabId: 3, text: 'We do not sell your data.', start: 400, end: 425, position: 0.4 };

describe('showQuote (worker side of "Show on page")', () => {
  test.each<[string, () => Promise<unknown>, string]>([
    ['the page found and highlighted it', async () => ({ found: true, text: 'x' }), 'shown'],
    ['the sentence is gone', async () => ({ found: false }), 'not-found'],
    ['a malformed answer', async () => 'yes', 'not-found'],
    ['the tab closed', async () => Promise.reject(new Error('No tab with id: 3')), 'error'],
  ])('%s → %s', async (_name, highlight, kind) => {
    expect((await showQuote(request, { highlight })).kind).toBe(kind);
  });

  test('passes the quote, its offsets for the map and its place in the text to the page', async () => {
    const highlight = vi.fn(async () => ({ found: true }));
    await showQuote(request, { highlight });
    expect(highlight).toHaveBeenCalledWith(3, { text: request.text, start: 400, end: 425, position: 0.4 });
  });
});

describe('requestShowQuote (popup side)', () => {
  const quote = { text: 'A sentence.', start: 90, end: 101, position: 0.5 };

  test('sends a validated message with the offsets, clamps the position and validates the answer', async () => {
    const send = vi.fn(async () => ({ kind: 'shown' }));
    expect(await requestShowQuote(send, 3, { ...quote, position: 1.2 })).toEqual({ kind: 'shown' });
    expect(send).toHaveBeenCalledWith({ type: 'show-quote', tabId: 3, text: 'A sentence.', start: 90, end: 101, position: 1 });
    expect((await requestShowQuote(async () => ({ kind: 'bogus' }), 3, quote)).kind).toBe('error');
  });

  test.each([
    ['an empty quote', { ...quote, text: '' }],
    ['a negative offset', { ...quote, start: -1 }],
    ['a fractional offset', { ...quote, end: 100.5 }],
  ])('refuses %s without sending it', async (_name, bad) => {
    const send = vi.fn(async () => ({ kind: 'shown' }));
    expect((await requestShowQuote(send, 3, bad)).kind).toBe('error');
    expect(send).not.toHaveBeenCalled();
  });
});
