import { EXPORT_FORMAT, EXPORT_VERSION, exportDocumentSchema, type Card, type ExportDocument } from '../schema';
import { formatCardText } from './format-card';
import { summarizeAll } from './summarize-pool';
import { jsonText, terminalText } from './terminal-text';

export interface SummarizeArgs {
  inputs: string[];
  json: boolean;
  /** The running script, so many inputs can be spread over worker threads. */
  workerScript?: URL;
}

/**
 * `summarize [--json] INPUT...`: a readable card per input, or one export
 * document (validated by the same schema the extension's import uses).
 * Returns the process exit code.
 */
export async function runSummarize(args: SummarizeArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (args.inputs.length === 0) {
    err('usage: summarize [--json] INPUT...  (INPUT: file.html, file.txt, -, or an http(s) URL)');
    return 2;
  }
  const cards: Card[] = [];
  const errors: string[] = [];
  for (const result of await summarizeAll(args.inputs, args.workerScript)) {
    if ('card' in result) cards.push(result.card);
    else errors.push(`${result.input}: ${result.error}`);
  }
  // Input names and error messages can quote a page: printed without its control characters.
  for (const message of errors) err(terminalText(`summarize: ${message}`));
  if (args.json) {
    const document: ExportDocument = exportDocumentSchema.parse({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date().toISOString(),
      cards,
    });
    out(`${jsonText(document, 2)}\n`);
  } else {
    out(terminalText(cards.map(formatCardText).join('\n')));
  }
  return errors.length > 0 ? 1 : 0;
}
