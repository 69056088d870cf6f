import {
  checkCards,
  checkRunsHere,
  mergeChecks,
  type CardChecker,
  type CheckRequest,
  type CheckResult,
  type RunChecker,
} from './card-check';
import { readSplit, type ImportPart, type ImportSlice } from './worker-jobs';
import { MIN_SPLIT_BYTES } from './split';
import type { WorkerJob, WorkerReply } from './transfer.worker';

type Pending = { job: WorkerJob; resolve: (r: WorkerReply) => void; reject: (e: Error) => void };

/**
 * One worker per core (at most 4), started when the library page opens and
 * kept warm while it stays open, so an export or import never waits for
 * workers to start. Jobs go to whichever worker is free.
 */
class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Pending[] = [];
  private readonly running = new Map<Worker, Pending>();
  private nextId = 0;
  readonly size: number;
  broken = false;

  constructor() {
    this.size = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
    for (let i = 0; i < this.size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./transfer.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ reply?: WorkerReply; error?: string }>) => {
      const job = this.running.get(worker);
      this.running.delete(worker);
      this.idle.push(worker);
      if (job) {
        if (e.data.reply) job.resolve(e.data.reply);
        else job.reject(new Error(e.data.error ?? 'the library worker failed'));
      }
      this.pump();
    };
    worker.onerror = (e) => {
      // A worker that cannot start or dies: fail its job (callers fall back to the page) and stop using workers.
      this.broken = true;
      const job = this.running.get(worker);
      this.running.delete(worker);
      job?.reject(new Error(e.message || 'the library worker could not start'));
      for (const p of this.queue.splice(0)) p.reject(new Error('the library workers are not available'));
    };
    return worker;
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.running.set(worker, job);
      worker.postMessage({ id: this.nextId++, job: job.job });
    }
  }

  run(job: WorkerJob): Promise<WorkerReply> {
    if (this.broken) return Promise.reject(new Error('the library workers are not available'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }
}

let pool: WorkerPool | undefined;

/** The page's workers, started on first use (the library page starts them on load). */
export function cardWorkers(): WorkerPool | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    pool ??= new WorkerPool();
  } catch (e) {
    console.warn('library: workers cannot start', e);
    return undefined;
  }
  return pool.broken || pool.size < 2 ? undefined : pool;
}

/**
 * Spreads card validation over the workers, each taking a consecutive run
 * of cards, so the first problem reported is still the first in the file.
 * Falls back to this thread when workers cannot run.
 */
export const checkInWorkers: CardChecker = async (request) => {
  const workers = cardWorkers();
  if (!workers || request.items.length < 64) return checkCards(request);
  const size = Math.ceil(request.items.length / workers.size);
  try {
    const runs = Array.from({ length: workers.size }, (_, k) => {
      const part: CheckRequest = { ...request, items: request.items.slice(k * size, (k + 1) * size), offset: request.offset + k * size };
      return workers.run({ kind: 'check', request: part }).then((r) => (r as { result: CheckResult }).result);
    });
    return mergeChecks(await Promise.all(runs));
  } catch (e) {
    // A worker that cannot start (or dies) must not lose the user's file: do it here instead.
    console.warn('library: validating on the page, workers failed', e);
    return checkCards(request);
  }
};

/**
 * Checks stored export runs in the workers, each taking a consecutive share
 * (so the first problem is still the first in the file). Falls back to this
 * thread when workers cannot run.
 */
export const checkRunsInWorkers: RunChecker = async (runs) => {
  const workers = cardWorkers();
  if (!workers || runs.length < 2) return checkRunsHere(runs);
  const size = Math.ceil(runs.length / workers.size);
  try {
    const shares = Array.from({ length: workers.size }, (_, k) =>
      workers.run({ kind: 'runs', runs: runs.slice(k * size, (k + 1) * size) }).then((r) => (r as { result: CheckResult }).result),
    );
    return mergeChecks(await Promise.all(shares));
  } catch (e) {
    console.warn('library: checking the export on the page, workers failed', e);
    return checkRunsHere(runs);
  }
};

/**
 * Reads and checks an import file in the workers. A file big enough is split
 * at card boundaries (`findSplits`) so each worker decodes and parses only
 * its share; if a part cannot be read that way, or the file is small, every
 * worker parses the whole file and checks its own run of cards.
 */
export async function readImportInWorkers(file: Blob): Promise<ImportSlice[] | undefined> {
  const workers = cardWorkers();
  if (!workers) return undefined;
  try {
    const split = await readSplit(file, workers.size, (range, index, count) =>
      workers.run({ kind: 'import-part', file, range, index, count }).then((r) => (r as { part: ImportPart }).part),
    );
    if (split) return split;
    // Large files are meant to split; say so when one did not (every worker then parses the whole file).
    if (file.size >= MIN_SPLIT_BYTES) console.warn('library: the import file could not be split, reading it whole in every worker');
    return await Promise.all(
      Array.from({ length: workers.size }, (_, part) =>
        workers.run({ kind: 'import', file, part, parts: workers.size }).then((r) => (r as { slice: ImportSlice }).slice),
      ),
    );
  } catch (e) {
    console.warn('library: importing on the page, workers failed', e);
    return undefined;
  }
}

