import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { summarize } from '../engine';
import type { Card } from '../schema';
import { readInput } from './read-input';
import { errorMessage } from '../errors/error-message';

/** Below this many inputs a worker's start-up costs more than it saves. */
const MIN_INPUTS_FOR_WORKERS = 4;

export type InputResult = { input: string; card: Card } | { input: string; error: string };

/** Reads, extracts and summarizes one input; never throws. */
export async function summarizeOne(input: string): Promise<InputResult> {
  try {
    const page = await readInput(input);
    if (!page.text.trim()) throw new Error('no readable text');
    return { input, card: summarize(page) };
  } catch (error) {
    return { input, error: errorMessage(error) };
  }
}

/** The worker side: summarize the inputs it was given, in order, and post them back. */
export async function runSummarizeWorker(inputs: string[], post: (results: InputResult[]) => void): Promise<void> {
  const results: InputResult[] = [];
  for (const input of inputs) results.push(await summarizeOne(input));
  post(results);
}

/**
 * Summarizes inputs in input order. Many inputs are shared between this
 * thread and worker threads (the same bundled script, `workerScript`) so a
 * batch uses every core; few inputs, or no script to start, run here only.
 */
export async function summarizeAll(inputs: string[], workerScript?: URL): Promise<InputResult[]> {
  const results: InputResult[] = new Array(inputs.length);
  // Standard input belongs to this thread: a worker would read an empty stream.
  const here = inputs.flatMap((input, i) => (input === '-' ? [i] : []));
  const elsewhere = inputs.flatMap((input, i) => (input === '-' ? [] : [i]));
  const threads = Math.min(availableParallelism(), Math.ceil(elsewhere.length / 2));
  if (!workerScript || elsewhere.length < MIN_INPUTS_FOR_WORKERS || threads < 2) {
    for (let i = 0; i < inputs.length; i++) results[i] = await summarizeOne(inputs[i]!);
    return results;
  }
  // Interleave so large and small files spread evenly across workers.
  const chunks: number[][] = Array.from({ length: threads }, () => []);
  elsewhere.forEach((inputIndex, k) => chunks[k % threads]!.push(inputIndex));
  // This thread takes the first share itself: one fewer worker to start and warm up.
  const [own = [], ...others] = chunks;
  const workers = others.map(
    (indexes) =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(workerScript, { workerData: { inputs: indexes.map((i) => inputs[i]) } });
        worker.once('message', (chunk: InputResult[]) => {
          chunk.forEach((result, k) => {
            results[indexes[k]!] = result;
          });
          resolve();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => {
          if (code !== 0) reject(new Error(`summarize worker exited with code ${code}`));
        });
      }),
  );
  // Handlers attach now, so a worker failing while this thread is busy is never an unhandled rejection.
  const othersDone = Promise.all(workers);
  for (const i of [...here, ...own]) results[i] = await summarizeOne(inputs[i]!);
  await othersDone;
  return results;
}
