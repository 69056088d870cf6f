/**
 * Writes `lib/engine/literal-gates.json`: for every regex the engine gates
 * (`gatedRegexes`), the clauses of strings any match must contain
 * (`analyseLiterals`). Run with `npm run gates` after changing a rule; a test
 * fails when the table is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../rules';
import { analyseLiterals, type Cnf } from './literal-analysis';
import { gateKey } from './literal-gate';
import { gatedRegexes } from './match';

/** The table as it should be: keys sorted, regexes without a gate left out. */
export function literalGateTable(): Record<string, Cnf> {
  const table: Record<string, Cnf> = {};
  for (const re of gatedRegexes(RULES)) {
    const need = analyseLiterals(re);
    if (need) table[gateKey(re)] = need;
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The file's text for a table: one regex per line, so a rule change shows as a line change. */
export function literalGateFile(table: Record<string, Cnf>): string {
  return `{\n${Object.entries(table)
    .map(([key, cnf]) => `${JSON.stringify(key)}: ${JSON.stringify(cnf)}`)
    .join(',\n')}\n}\n`;
}

if (process.argv[1]?.endsWith('generate-literal-gates.ts')) {
  const table = literalGateTable();
  writeFileSync(join(import.meta.dirname ?? '.', 'literal-gates.json'), literalGateFile(table));
  console.log(`lib/engine/literal-gates.json: ${Object.keys(table).length} gated regexes`);
}
