/**
 * Where an import's time goes, stage by stage, in Node (not a test): the
 * worker part of a 10,000-card import (`readImportPart` on each half of an
 * export file), with each stage timed on its own. `npx tsx tests/bench/import-profile.ts`.
 */
import '../../lib/messages/zod-jitless';
import { performance } from 'node:perf_hooks';
import { buildExportDocument } from '../../lib/transfer/export-format';
import { findSplits, partText, cardSpans } from '../../lib/transfer/split';
import { readImportPart } from '../../lib/transfer/worker-jobs';
import { checkCards } from '../../lib/transfer/card-check';
import { findDuplicateKey, meaningProblem } from '../../lib/transfer/card-meaning';
import { cardSchema } from '../../lib/schema';
import { summarizeCard } from '../../lib/card-facts/summary';
import { generateCards } from './generate-cards';

const COUNT = Number(process.env.BENCH_CARDS ?? 10_000);
const PARTS = 2;

function time<T>(label: string, f: () => T, rows: Array<[string, number]>): T {
  const t = performance.now();
  const out = f();
  rows.push([label, performance.now() - t]);
  return out;
}

async function main() {
  const text = JSON.stringify(buildExportDocument(generateCards(COUNT)));
  const file = new Blob([text]);
  console.log(`${COUNT} cards, ${(file.size / 1e6).toFixed(0)} MB`);
  const ranges = (await findSplits(file, PARTS))!;
  for (let round = 0; round < 2; round++) {
    const rows: Array<[string, number]> = [];
    let t = performance.now();
    for (const [i, range] of ranges.entries()) await readImportPart(file, range, i, ranges.length);
    rows.push(['readImportPart, all parts (the whole worker job)', performance.now() - t]);
    for (const [i, range] of ranges.entries()) {
      const bytes = new Uint8Array(await file.slice(range[0], range[1]).arrayBuffer());
      const part = time(`  part ${i}: decode (fatal)`, () => partText(bytes, i, ranges.length), rows);
      const doc = time(`  part ${i}: JSON.parse`, () => JSON.parse(part) as { cards: unknown[] }, rows);
      time(`  part ${i}: cardSpans`, () => cardSpans(bytes, i, []), rows);
      time(`  part ${i}: findDuplicateKey (whole part)`, () => findDuplicateKey(part), rows);
      const parsed = time(`  part ${i}: zod safeParse each`, () => doc.cards.map((c) => cardSchema.safeParse(c).data!), rows);
      time(`  part ${i}: meaningProblem each`, () => parsed.forEach((c) => meaningProblem(c)), rows);
      time(`  part ${i}: summarizeCard each`, () => parsed.forEach((c) => summarizeCard(c)), rows);
      time(`  part ${i}: checkCards (no prepare)`, () => checkCards({ items: doc.cards, offset: 0, fromJson: false, prepare: false }), rows);
      time(`  part ${i}: checkCards (prepare)`, () => checkCards({ items: doc.cards, offset: 0, fromJson: false, prepare: true }), rows);
    }
    console.log(`\nround ${round + 1}`);
    for (const [label, ms] of rows) console.log(`${ms.toFixed(0).padStart(7)} ms  ${label}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
