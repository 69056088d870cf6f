import { describe, expect, test, vi } from 'vitest';
import { requestAnalyzeTab } from '@/lib/messages';
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
