// Zod must be told not to compile before any schema is built: this import comes first.
import '../messages/zod-jitless';
import { checkCards, checkRunsHere, type CheckRequest, type CheckResult, type StoredRun } from './card-check';
import { readImportPart, readImportSlice, type ImportPart, type ImportSlice } from './worker-jobs';
import { errorMessage } from '../errors/error-message';

/** What the library page asks of a worker (export and import), off the main thread. */
export type WorkerJob =
  | { kind: 'check'; request: CheckRequest }
  | { kind: 'runs'; runs: StoredRun[] }
  | { kind: 'import'; file: Blob; part: number; parts: number }
  | { kind: 'import-part'; file: Blob; range: [number, number]; index: number; count: number };

export type WorkerReply =
  | { kind: 'check'; result: CheckResult }
  | { kind: 'runs'; result: CheckResult }
  | { kind: 'import'; slice: ImportSlice }
  | { kind: 'import-part'; part: ImportPart };

self.onmessage = async (event: MessageEvent<{ id: number; job: WorkerJob }>) => {
  const { id, job } = event.data;
  try {
    let reply: WorkerReply;
    if (job.kind === 'check') reply = { kind: 'check', result: checkCards(job.request) };
    else if (job.kind === 'runs') reply = { kind: 'runs', result: await checkRunsHere(job.runs) };
    else if (job.kind === 'import') reply = { kind: 'import', slice: await readImportSlice(job.file, job.part, job.parts) };
    else reply = { kind: 'import-part', part: await readImportPart(job.file, job.range, job.index, job.count) };
    self.postMessage({ id, reply });
  } catch (e) {
    self.postMessage({ id, error: errorMessage(e) });
  }
};
