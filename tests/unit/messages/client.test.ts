import { describe, expect, test, vi } from 'vitest';
import { analyzeTabRequestSchema, receiveAnalyzeResult, requestAnalyzeTab } from '@/lib/messages';
import { firstAnalyzeRequest, takeOnce } from '@/lib/messages/first-request';
import { makeCard } from '../storage/make-card';

describe('requestAnalyzeTab', () => {
  test('sends a valid analyze-tab request and returns the validated answer', async () => {
    const card = makeCard();
    const send = vi.fn(async () => ({ kind: 'card', card, origin: 'analyzed' }));
    const result = await requestAnalyzeTab(send, 12, { force: true });
    expect(send).toHaveBeenCalledWith({ type: 'analyze-tab', tabId: 12, force: true });
    expect(result).toEqual({ kind: 'card', card, origin: 'analyzed' });
  });

  test('leaves force out unless asked', async () => {
    const send = vi.fn(async () => ({ kind: 'empty' }));
    await requestAnalyzeTab(send, 12);
    expect(send).toHaveBeenCalledWith({ type: 'analyze-tab', tabId: 12 });
  });

  test('a malformed answer becomes an error result', async () => {
    const result = await requestAnalyzeTab(async () => ({ kind: 'card', card: { id: 1 } }), 1);
    expect(result.kind).toBe('error');
  });

  test('an undefined answer (no listener) becomes an error result', async () => {
    expect((await requestAnalyzeTab(async () => undefined, 1)).kind).toBe('error');
  });

  test('a rejected send becomes an error result naming the cause', async () => {
    const result = await requestAnalyzeTab(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }, 1);
    expect(result).toMatchObject({ kind: 'error' });
    expect(result.kind === 'error' && result.message).toMatch(/Receiving end does not exist/);
  });

  test.each([-4, 1.5, Number.MAX_SAFE_INTEGER + 2])('an invalid tab id (%d) is an error result, never sent', async (tabId) => {
    const send = vi.fn(async () => ({ kind: 'empty' }));
    expect(await requestAnalyzeTab(send, tabId)).toMatchObject({ kind: 'error' });
    expect(send).not.toHaveBeenCalled();
  });
});

describe('receiveAnalyzeResult (the popup’s first request, sent before zod loads)', () => {
  test('validates an answer already on its way', async () => {
    const card = makeCard();
    expect(await receiveAnalyzeResult(Promise.resolve({ kind: 'card', card, origin: 'analyzed' }))).toEqual({ kind: 'card', card, origin: 'analyzed' });
  });

  test.each([
    ['a malformed answer', async () => ({ kind: 'card', card: { id: 1 } }), /did not understand/],
    ['no answer', async () => undefined, /did not understand/],
    ['a rejected send', async () => Promise.reject(new Error('Receiving end does not exist.')), /Receiving end does not exist/],
  ])('%s becomes an error result', async (_name, answer, message) => {
    const result = await receiveAnalyzeResult(answer());
    expect(result.kind).toBe('error');
    expect(result.kind === 'error' && result.message).toMatch(message);
  });
});

describe('firstAnalyzeRequest', () => {
  // Built without zod, it must send exactly what the schema accepts, and nothing it refuses.
  test.each([0, 7, 123_456, -1, 1.5, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, Number.NaN, undefined])(
    'tab id %s: sent iff analyzeTabRequestSchema accepts it',
    (tabId) => {
      const request = firstAnalyzeRequest(tabId);
      const accepted = analyzeTabRequestSchema.safeParse({ type: 'analyze-tab', tabId }).success;
      expect(request !== undefined).toBe(accepted);
      if (request) expect(analyzeTabRequestSchema.parse(request)).toEqual({ type: 'analyze-tab', tabId });
    },
  );
});

describe('takeOnce', () => {
  test('gives the held value once, then undefined', () => {
    const take = takeOnce('answer');
    expect(take()).toBe('answer');
    expect(take()).toBeUndefined();
  });
});
