import { createInterface } from 'node:readline';
import { runClassify } from './classify-command';
import { runSummarize } from './summarize-command';

const USAGE = `usage:
  cli summarize [--json] INPUT...   INPUT: page.html, policy.txt, - (stdin) or an http(s) URL
  cli classify < segments.jsonl     JSON lines {"id","text"} in, one result line out`;

/** Thin entry: parse argv, dispatch, exit with the command's code. */
async function main(argv: string[]): Promise<number> {
  const out = (s: string) => process.stdout.write(s);
  const err = (s: string) => process.stderr.write(`${s}\n`);
  const [command, ...rest] = argv;
  if (command === 'summarize') {
    return runSummarize({ json: rest.includes('--json'), inputs: rest.filter((a) => a !== '--json') }, out, err);
  }
  if (command === 'classify') {
    return runClassify(createInterface({ input: process.stdin, crlfDelay: Infinity }), out);
  }
  err(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`cli: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
