// Debug helper: prints the card of a plain-text policy. Usage: npx tsx tests/eval/show-card.ts FILE
import { readFileSync } from 'node:fs';
import { summarize } from '../../lib/engine/index.ts';
const f = process.argv[2]!;
const text = readFileSync(f, 'utf8');
const t0 = performance.now();
const card = summarize({ url: 'file://' + f, title: '', text, blocks: [] }, { analyzedAt: 'x' });
const ms = performance.now() - t0;
console.log(card.service, card.source.lastUpdated, card.policyScore, ms.toFixed(1) + 'ms');
for (const x of card.findings) console.log(`${x.section}/${x.id} ${x.status} ${x.value ?? ''} ${x.detail ? '[' + x.detail + ']' : ''} :: ${x.evidence.map((e) => e.text.slice(0, 70)).join(' || ').slice(0, 200)}`);
