import { checkCards, mergeChecks, type CardChecker, type CheckRequest, type CheckResult } from '../../lib/library/card-check';

/**
 * Spreads card validation over one worker per core (at most 4), each taking
 * a consecutive run of cards, so the first problem reported is still the
 * first in the file. Workers are started per call and ended after it: the
 * page holds no threads while idle. Falls back to this thread when workers
 * cannot start.
 */
export const checkInWorkers: CardChecker = async (request) => {
  const n = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
  if (typeof Worker === 'undefined' || request.items.length < 64 || n === 1) return checkCards(request);
  const size = Math.ceil(request.items.length / n);
  const workers: Worker[] = [];
  try {
    const runs = Array.from({ length: n }, (_, k) => {
      const part: CheckRequest = { ...request, items: request.items.slice(k * size, (k + 1) * size), offset: request.offset + k * size };
      const worker = new Worker(new URL('./card-check.worker.ts', import.meta.url), { type: 'module' });
      workers.push(worker);
      return new Promise<CheckResult>((resolve, reject) => {
        worker.onmessage = (e: MessageEvent<{ result?: CheckResult; error?: string }>) =>
          e.data.result ? resolve(e.data.result) : reject(new Error(e.data.error ?? 'validation failed'));
        worker.onerror = (e) => reject(new Error(e.message || 'the validation worker could not start'));
        worker.postMessage({ id: k, request: part });
      });
    });
    return mergeChecks(await Promise.all(runs));
  } catch (e) {
    // A worker that cannot start (or dies) must not lose the user's file: do it here instead.
    console.warn('library: validating on the page, workers failed', e);
    return checkCards(request);
  } finally {
    for (const w of workers) w.terminate();
  }
};
