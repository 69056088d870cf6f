import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { summarize } from '../engine';
import type { Card } from '../schema';
import { readInput } from './read-input';
import { errorMessage } from '../errors/error-message';

/**
 * Inputs each thread should get before another thread is worth starting.
 * Every thread pays its own JIT warm-up (~0.5 s of CPU, on top of V8's
 * compiler threads, which already keep a second core busy). Measured on
 * 2 cores (load 2–3): the scorer's four calls of 20 inputs took 12.1 s wall /
 * 15.7 s CPU on one thread against 13.6 s / 23.7 s on two (medians of 3);
 * 40 inputs in one call were about even; all 78 dev policies in one call
 * took 7.1–8.2 s on one thread against 6.7 s on two.
 */
const MIN_INPUTS_PER_THREAD = 25;

export type InputResult = { input: string; card: Card } | { input: string; error: string };

/** What a summarize worker is given: the shared queue of inputs. */
export interface WorkerJob {
  inputs: string[];
  /** Int32Array over this buffer: [0] is the index of the next input to take. */
  next: SharedArrayBuffer;
}

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

/**
 * Takes inputs from the shared queue until it is empty; returns [queue index, result] pairs.
 * Every thread runs this on the same queue, so no thread idles while another has a backlog.
 */
async function drainQueue({ inputs, next }: WorkerJob): Promise<Array<[number, InputResult]>> {
  const counter = new Int32Array(next);
  const done: Array<[number, InputResult]> = [];
  for (let k = Atomics.add(counter, 0, 1); k < inputs.length; k = Atomics.add(counter, 0, 1)) {
    done.push([k, await summarizeOne(inputs[k]!)]);
  }
  return done;
}

/** The worker side: summarize inputs from the queue and post them back, with their queue indexes. */
export async function runSummarizeWorker(job: WorkerJob, post: (results: Array<[number, InputResult]>) => void): Promise<void> {
  post(await drainQueue(job));
}

/** File size as a cost estimate; inputs that are not files (URLs) count as large, so they start early. */
function estimatedCost(input: string): number {
  if (/^https?:\/\//i.test(input)) return Number.MAX_SAFE_INTEGER;
  try {
    return statSync(input).size;
  } catch {
    return 0;
  }
}

/**
 * Summarizes inputs in input order. Large batches are shared between this
 * thread and worker threads (the same bundled script, `workerScript`) so a
 * batch uses every core; smaller ones, or no script to start, run here only.
 * The threads take inputs from one queue, largest files first, so they
 * finish together however the sizes (and the machine's other load) fall.
 */
export async function summarizeAll(inputs: string[], workerScript?: URL): Promise<InputResult[]> {
  const results: InputResult[] = new Array(inputs.length);
  // Standard input belongs to this thread: a worker would read an empty stream.
  const here = inputs.flatMap((input, i) => (input === '-' ? [i] : []));
  const elsewhere = inputs.flatMap((input, i) => (input === '-' ? [] : [i]));
  const threads = Math.min(availableParallelism(), Math.floor(elsewhere.length / MIN_INPUTS_PER_THREAD));
  if (threads < 2 || !workerScript) {
    for (let i = 0; i < inputs.length; i++) results[i] = await summarizeOne(inputs[i]!);
    return results;
  }
  const cost = new Map(elsewhere.map((i) => [i, estimatedCost(inputs[i]!)]));
  // Stable: equal costs keep input order.
  const queue = [...elsewhere].sort((a, b) => cost.get(b)! - cost.get(a)!);
  const job: WorkerJob = { inputs: queue.map((i) => inputs[i]!), next: new SharedArrayBuffer(4) };
  const store = (done: Array<[number, InputResult]>) => {
    for (const [k, result] of done) results[queue[k]!] = result;
  };
  // This thread works the queue too: one fewer worker to start and warm up.
  const workers = Array.from(
    { length: threads - 1 },
    () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(workerScript, { workerData: job });
        worker.once('message', (done: Array<[number, InputResult]>) => {
          store(done);
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
  for (const i of here) results[i] = await summarizeOne(inputs[i]!);
  store(await drainQueue(job));
  await othersDone;
  return results;
}
