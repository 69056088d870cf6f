import { summarize } from '../engine';
import { EXPORT_FORMAT, EXPORT_VERSION, exportDocumentSchema, type Card, type ExportDocument } from '../schema';
import { formatCardText } from './format-card';
import { readInput } from './read-input';

export interface SummarizeArgs {
  inputs: string[];
  json: boolean;
}

/** Cards for every input, in input order; a failing input is reported and skipped. */
async function summarizeInputs(inputs: string[], errors: string[]): Promise<Card[]> {
  const cards: Card[] = [];
  for (const input of inputs) {
    try {
      const page = await readInput(input);
      if (!page.text.trim()) throw new Error('no readable text');
      cards.push(summarize(page));
    } catch (error) {
      errors.push(`${input}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return cards;
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
  const errors: string[] = [];
  const cards = await summarizeInputs(args.inputs, errors);
  for (const message of errors) err(`summarize: ${message}`);
  if (args.json) {
    const document: ExportDocument = exportDocumentSchema.parse({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date().toISOString(),
      cards,
    });
    out(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    out(cards.map(formatCardText).join('\n'));
  }
  return errors.length > 0 ? 1 : 0;
}
