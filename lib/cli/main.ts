import { createInterface } from 'node:readline';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runClassify } from './classify-command';
import { runSummarize } from './summarize-command';
import { runSummarizeWorker, type WorkerJob } from './summarize-pool';
import { errorMessage } from '../errors/error-message';
import { terminalText } from './terminal-text';

const USAGE = `usage:
  cli summarize [--json] INPUT...   INPUT: page.html, policy.txt, - (stdin) or an http(s) URL
  cli classify < segments.jsonl     JSON lines {"id","text"} in, one result line out`;

/** Thin entry: parse argv, dispatch, exit with the command's code. */
async function main(argv: string[]): Promise<number> {
  const out = (s: string) => process.stdout.write(s);
  const err = (s: string) => process.stderr.write(`${terminalText(s)}\n`);
  const [command, ...rest] = argv;
  if (command === 'summarize') {
    const inputs = rest.filter((a) => a !== '--json');
    // The script workers start: launch.mjs bundles this file with import.meta.url
    // set to run-bundle.cjs, which runs the same bundle in the worker.
    const workerScript = new URL(import.meta.url);
    return runSummarize({ json: rest.includes('--json'), inputs, workerScript }, out, err);
  }
  if (command === 'classify') {
    return runClassify(createInterface({ input: process.stdin, crlfDelay: Infinity }), out);
  }
  err(USAGE);
  return 2;
}

/** Ends the process with the command's exit code, reporting anything unexpected in one line. */
function finish(run: Promise<number>): void {
  run.then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${terminalText(`cli: ${errorMessage(error)}`)}\n`);
      process.exitCode = 1;
    },
  );
}

if (isMainThread) {
  finish(main(process.argv.slice(2)));
} else {
  // A summarize worker started by summarize-pool (through run-bundle.cjs).
  void runSummarizeWorker(workerData as WorkerJob, (results) => parentPort?.postMessage(results));
}
