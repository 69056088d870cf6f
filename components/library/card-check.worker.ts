// Zod must be told not to compile before any schema is built: this import comes first.
import '../../lib/messages/zod-jitless';
import { checkCards, type CheckRequest, type CheckResult } from '../../lib/library/card-check';
import { checkPacks, readImportSlice, type ImportSlice } from '../../lib/library/worker-jobs';
import { errorMessage } from '../../lib/errors/error-message';

/** What the library page asks of a worker (export and import), off the main thread. */
export type WorkerJob =
  | { kind: 'check'; request: CheckRequest }
  | { kind: 'packs'; dbName: string; first: number; last: number }
  | { kind: 'import'; file: Blob; part: number; parts: number };

export type WorkerReply =
  | { kind: 'check'; result: CheckResult }
  | { kind: 'packs'; result: CheckResult; blob: Blob; ids: string[] }
  | { kind: 'import'; slice: ImportSlice };

self.onmessage = async (event: MessageEvent<{ id: number; job: WorkerJob }>) => {
  const { id, job } = event.data;
  try {
    let reply: WorkerReply;
    if (job.kind === 'check') reply = { kind: 'check', result: checkCards(job.request) };
    else if (job.kind === 'packs') reply = { kind: 'packs', ...(await checkPacks(job.dbName, job.first, job.last)) };
    else reply = { kind: 'import', slice: await readImportSlice(job.file, job.part, job.parts) };
    self.postMessage({ id, reply });
  } catch (e) {
    self.postMessage({ id, error: errorMessage(e) });
  }
};
