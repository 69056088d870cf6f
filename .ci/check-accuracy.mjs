// Fails CI when the engine's OPP-115 dev accuracy falls under the floors, so
// accuracy cannot silently regress: issue 3's floors (segment macro-4 F1
// 0.75, document micro F1 0.78) and no explicit "Does Not" reported as yes.
// Engine 1.2.0 measures 0.806 and 0.832; never lower the floors quietly.
import { readFileSync } from 'node:fs';

const FLOORS = {
  'segment macro F1, 4 core categories': [(r) => r.segment?.macro_core4?.f1, 0.75],
  'document micro F1, 4 sections': [(r) => r.document?.micro_all?.f1, 0.78],
};

const result = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let failed = false;
for (const [name, [read, floor]] of Object.entries(FLOORS)) {
  const value = read(result);
  const ok = typeof value === 'number' && value >= floor;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${typeof value === 'number' ? value.toFixed(3) : 'missing'} (floor ${floor})`);
}
const wrong = result.document?.negation?.exclusive?.wrong;
console.log(`${wrong === 0 ? 'ok  ' : 'FAIL'} explicit "Does Not" reported as yes: ${wrong ?? 'missing'} (must be 0)`);
failed ||= wrong !== 0;
process.exit(failed ? 1 : 0);
