/**
 * Error analysis on the OPP-115 dev corpus, in process (no CLI):
 *
 *   npm run eval:errors -- [--category "Data Retention"] [--fp|--fn] [--limit N] [--doc] [--per-id] [--id sharing/named]
 *
 * Segment mode (default): classify() every segment, per-category P/R/F1 against
 * the majority gold, then the false positives / negatives of --category with text.
 * --doc: document level on the segments joined as text (summarize), per-section
 * micro F1, per-id table, negation tally; --id lists the policies an id is wrong on.
 * Reads the corpus from ../shared (research licence): never copy its text into the repo.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { classify, summarize } from '../../lib/engine';
import type { Finding } from '../../lib/schema';

const CATS9 = [
  'First Party Collection/Use', 'Third Party Sharing/Collection', 'User Choice/Control', 'User Access, Edit and Deletion',
  'Data Retention', 'Data Security', 'Policy Change', 'Do Not Track', 'International and Specific Audiences',
];
const CORE = ['First Party Collection/Use', 'Third Party Sharing/Collection', 'Data Retention', 'rights'];
const ACCESS = new Set(['access', 'correct', 'delete', 'portability']);
const CHOICE = new Set(['withdraw_consent', 'object', 'restrict']);
const SECTIONS = ['collected', 'sharing', 'retention', 'rights'] as const;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(name);

const corpus = resolve(arg('--corpus') ?? join(import.meta.dirname ?? '.', '../../../shared/corpus/opp115/dev'));
if (!existsSync(corpus)) {
  process.stderr.write(`corpus not found: ${corpus}\n`);
  process.exit(2);
}
const index = JSON.parse(readFileSync(join(corpus, 'index.json'), 'utf8')) as { label_space: Record<string, string[]> };
const dirs = readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort((a, b) => Number(a.split('_')[0]) - Number(b.split('_')[0]));

interface Gold {
  segments: Array<{ id: string; majority: string[] }>;
  doc: { yes: Record<string, string[]>; no: Record<string, string[]> };
}
interface Policy {
  dir: string;
  segments: Array<{ id: string; text: string }>;
  gold: Gold;
}
const policies: Policy[] = dirs.map((dir) => ({
  dir,
  segments: readFileSync(join(corpus, dir, 'segments.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string }),
  gold: JSON.parse(readFileSync(join(corpus, dir, 'gold.json'), 'utf8')) as Gold,
}));

function categories(findings: Finding[]): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    if (f.section === 'collected') out.add(CATS9[0]!);
    if (f.section === 'sharing') out.add(CATS9[1]!);
    if (f.section === 'retention') out.add('Data Retention');
    if (f.section === 'rights' && ACCESS.has(f.id)) out.add('User Access, Edit and Deletion');
    if (f.section === 'rights' && (f.id.startsWith('opt_out_') || CHOICE.has(f.id))) out.add('User Choice/Control');
    if (f.section === 'security') out.add('Data Security');
    if (f.section === 'changes') out.add('Policy Change');
    if (f.section === 'cookies' && f.id === 'dnt') out.add('Do Not Track');
    if (f.section === 'children' || f.section === 'international') out.add('International and Specific Audiences');
  }
  return out;
}

interface Count { tp: number; fp: number; fn: number }
const newCount = (): Count => ({ tp: 0, fp: 0, fn: 0 });
function prf(c: Count) {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
function add(c: Count, gold: boolean, pred: boolean) {
  if (gold && pred) c.tp++;
  else if (pred) c.fp++;
  else if (gold) c.fn++;
}
const f3 = (x: number) => x.toFixed(3);
const limit = Number(arg('--limit') ?? 20);

function segmentMode() {
  const counts: Record<string, Count> = Object.fromEntries([...CATS9, 'rights'].map((c) => [c, newCount()]));
  const focus = arg('--category');
  const errors: Array<{ kind: 'FP' | 'FN'; id: string; text: string; findings: string; gold: string }> = [];
  const t0 = performance.now();
  let n = 0;
  for (const p of policies) {
    const texts = new Map(p.segments.map((s) => [s.id, s.text]));
    for (const g of p.gold.segments) {
      const text = texts.get(g.id) ?? '';
      const fs = classify(text);
      n++;
      const pred = categories(fs);
      const gold = new Set(g.majority);
      for (const c of CATS9) add(counts[c]!, gold.has(c), pred.has(c));
      const gr = gold.has('User Access, Edit and Deletion') || gold.has('User Choice/Control');
      const pr = pred.has('User Access, Edit and Deletion') || pred.has('User Choice/Control');
      add(counts.rights!, gr, pr);
      if (focus) {
        const isRights = focus === 'rights';
        const gy = isRights ? gr : gold.has(focus);
        const py = isRights ? pr : pred.has(focus);
        if (gy !== py) {
          errors.push({
            kind: py ? 'FP' : 'FN',
            id: g.id,
            text,
            findings: fs.map((f) => `${f.section}/${f.id}:${f.status}${f.value ? `=${f.value}` : ''}`).join(' '),
            gold: g.majority.join(' | '),
          });
        }
      }
    }
  }
  const ms = performance.now() - t0;
  console.log(`segment level: ${n} segments, ${f3(ms / n)} ms/segment`);
  console.log(`  ${'category'.padEnd(40)} P      R      F1     TP   FP   FN`);
  for (const c of [...CATS9, 'rights']) {
    const m = prf(counts[c]!);
    console.log(`  ${c.padEnd(40)} ${f3(m.p)}  ${f3(m.r)}  ${f3(m.f1)}  ${String(counts[c]!.tp).padStart(4)} ${String(counts[c]!.fp).padStart(4)} ${String(counts[c]!.fn).padStart(4)}`);
  }
  const macro = (cs: string[]) => cs.reduce((s, c) => s + prf(counts[c]!).f1, 0) / cs.length;
  const micro = prf(CATS9.reduce((m, c) => ({ tp: m.tp + counts[c]!.tp, fp: m.fp + counts[c]!.fp, fn: m.fn + counts[c]!.fn }), newCount()));
  console.log(`  micro-9 F1 ${f3(micro.f1)}   macro-9 F1 ${f3(macro(CATS9))}   macro-core-4 F1 ${f3(macro(CORE))}`);
  if (focus) {
    const want = flag('--fp') ? 'FP' : flag('--fn') ? 'FN' : undefined;
    const shown = errors.filter((e) => !want || e.kind === want).slice(0, limit);
    // which findings cause the false positives
    const byFinding = new Map<string, number>();
    for (const e of errors.filter((x) => x.kind === 'FP')) for (const f of new Set(e.findings.split(' ').map((x) => x.split(':')[0]!))) byFinding.set(f, (byFinding.get(f) ?? 0) + 1);
    console.log(`FP segments by finding: ${[...byFinding].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log(`\n${focus}: ${errors.filter((e) => e.kind === 'FP').length} FP, ${errors.filter((e) => e.kind === 'FN').length} FN (showing ${shown.length})`);
    for (const e of shown) {
      console.log(`\n[${e.kind}] ${e.id}  gold: ${e.gold}\n  pred: ${e.findings || '(none)'}\n  ${e.text.slice(0, 700)}`);
    }
  }
}

function docMode() {
  const ls = index.label_space;
  const sec: Record<string, Count> = Object.fromEntries(SECTIONS.map((s) => [s, newCount()]));
  const perId: Record<string, Count> = {};
  const neg = { total: 0, right: 0, wrong: 0, both: 0, missed: 0, exclusiveWrong: 0, exclusiveTotal: 0 };
  const focusId = arg('--id');
  const wrong: string[] = [];
  let ms = 0;
  for (const p of policies) {
    const text = p.segments.map((s) => s.text).join('\n\n');
    const t0 = performance.now();
    const card = summarize({ url: `file:///${p.dir}.txt`, title: '', text, blocks: [] }, { analyzedAt: 'x' });
    ms += performance.now() - t0;
    const yes = new Set<string>();
    const no = new Set<string>();
    for (const f of card.findings) {
      if (!(ls[f.section] ?? []).includes(f.id)) continue;
      (f.status === 'yes' ? yes : no).add(`${f.section}/${f.id}`);
    }
    const gy = new Set(SECTIONS.flatMap((s) => (p.gold.doc.yes[s] ?? []).map((id) => `${s}/${id}`)));
    const gn = new Set(SECTIONS.flatMap((s) => (p.gold.doc.no[s] ?? []).map((id) => `${s}/${id}`)));
    for (const s of SECTIONS) {
      for (const id of ls[s] ?? []) {
        const l = `${s}/${id}`;
        perId[l] ??= newCount();
        add(sec[s]!, gy.has(l), yes.has(l));
        add(perId[l]!, gy.has(l), yes.has(l));
        if (focusId === l && gy.has(l) !== yes.has(l)) {
          const ev = card.findings.filter((f) => `${f.section}/${f.id}` === l && f.status === 'yes').flatMap((f) => f.evidence.map((e) => e.text.slice(0, 200)));
          wrong.push(`${yes.has(l) ? 'FP' : 'FN'} ${p.dir}${ev.length ? `\n    ${ev.slice(0, 4).join('\n    ')}` : ''}`);
        }
      }
    }
    for (const l of gn) {
      neg.total++;
      const v = yes.has(l) && no.has(l) ? 'both' : no.has(l) ? 'right' : yes.has(l) ? 'wrong' : 'missed';
      neg[v]++;
      if (!gy.has(l)) {
        neg.exclusiveTotal++;
        if (v === 'wrong') {
          neg.exclusiveWrong++;
          if (flag('--neg')) console.log(`explicit Does Not reported yes: ${p.dir} ${l}`);
        }
      }
      if (flag('--neg') && v === 'missed') console.log(`Does Not missed: ${p.dir} ${l}`);
    }
  }
  console.log(`document level (segments joined): ${policies.length} policies, ${f3(ms / policies.length)} ms/policy`);
  for (const s of SECTIONS) {
    const m = prf(sec[s]!);
    console.log(`  ${s.padEnd(12)} P ${f3(m.p)}  R ${f3(m.r)}  F1 ${f3(m.f1)}`);
  }
  const all = prf(SECTIONS.reduce((m, s) => ({ tp: m.tp + sec[s]!.tp, fp: m.fp + sec[s]!.fp, fn: m.fn + sec[s]!.fn }), newCount()));
  console.log(`  micro-all F1 ${f3(all.f1)} (P ${f3(all.p)} R ${f3(all.r)})`);
  console.log(`  negation: ${neg.total} gold "Does Not": right ${neg.right}, wrong ${neg.wrong}, both ${neg.both}, missed ${neg.missed}; exclusive wrong ${neg.exclusiveWrong}/${neg.exclusiveTotal}`);
  if (flag('--per-id')) {
    for (const [l, c] of Object.entries(perId)) {
      const m = prf(c);
      console.log(`  ${l.padEnd(34)} P ${f3(m.p)} R ${f3(m.r)} F1 ${f3(m.f1)}  tp ${c.tp} fp ${c.fp} fn ${c.fn}`);
    }
  }
  if (focusId) console.log(`\n${focusId} errors:\n${wrong.slice(0, limit).join('\n')}`);
}

if (flag('--doc')) docMode();
else segmentMode();
