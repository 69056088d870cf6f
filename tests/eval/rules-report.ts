/**
 * Which rule branches fire where (`npm run eval:rules`).
 *
 *   npm run eval:rules [-- --all] [--json FILE]
 *
 * Runs the engine over the OPP-115 dev policies and the ToS;DR dev quotes and
 * reports, per rule and per branch of each trigger pattern (see
 * `regex-branches.ts`), on how many dev sources it fires: OPP policies and
 * ToS;DR services. A trigger branch counts where its rule reported a hit in a
 * unit the branch matches; a guard (skipIf, unless, veto) counts where a
 * trigger of its rule matched and the guard would cancel it.
 *
 * A branch that fires on exactly one source has learned one policy's
 * wording: the report lists those first (issue 9, item 6). Branches that fire
 * nowhere on dev are listed with --all; they may be general language that the
 * rule's own examples cover.
 * Reads the corpora from ../shared (research licence): never copy their text into the repo.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { matchUnits } from '../../lib/engine/match';
import { segment } from '../../lib/engine/segment';
import type { Unit } from '../../lib/engine/types';
import { RULES, type Rule } from '../../lib/rules';
import { branchesOf, type Branch } from './regex-branches';
import { measureRegexSource } from './regex-source';
import { POLARITY_CASES } from '../engine/polarity/cases';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const shared = resolve(import.meta.dirname ?? '.', '../../../shared');
const oppDir = join(shared, 'corpus/opp115/dev');
const tosdrItems = join(shared, 'corpus/tosdr/dev/items.jsonl');
if (!existsSync(oppDir) || !existsSync(tosdrItems)) {
  process.stderr.write(`dev corpora not found under ${shared}\n`);
  process.exit(2);
}

/** One dev source: an OPP policy (its segments as one text) or a ToS;DR quote. */
interface Source {
  key: string;
  corpus: 'opp' | 'tosdr' | 'own';
  text: string;
}
const sources: Source[] = [];
for (const d of readdirSync(oppDir, { withFileTypes: true }).filter((x) => x.isDirectory())) {
  const segs = readFileSync(join(oppDir, d.name, 'segments.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
  sources.push({ key: `opp:${d.name}`, corpus: 'opp', text: segs.join('\n\n') });
}
for (const line of readFileSync(tosdrItems, 'utf8').split('\n').filter((l) => l.trim())) {
  const item = JSON.parse(line) as { service: string; text: string };
  sources.push({ key: `tosdr:${item.service}`, corpus: 'tosdr', text: item.text });
}
/**
 * Our own sentences: every rule's examples (fire and must-not-fire), the
 * polarity suite and the hand-written regression policies. A branch one dev policy needs that also fires on a sentence
 * we wrote is language written down with its expected status; a branch that
 * only the dev corpus holds up is the one-off to remove.
 */
const ownTexts = new Set<string>();
for (const rule of RULES) {
  for (const ex of rule.examples.match) ownTexts.add(typeof ex === 'string' ? ex : ex.text);
  for (const ex of rule.examples.noMatch) ownTexts.add(ex);
}
for (const c of POLARITY_CASES) ownTexts.add(c.text);
// the hand-written regression policies, one paragraph each
const regressionDir = join(import.meta.dirname ?? '.', '../regression/fixtures');
for (const f of readdirSync(regressionDir).filter((x) => x.endsWith('.txt'))) {
  for (const para of readFileSync(join(regressionDir, f), 'utf8').split(/\n\s*\n/)) if (para.trim()) ownTexts.add(para.trim());
}
[...ownTexts].forEach((text, i) => sources.push({ key: `own:${i}`, corpus: 'own', text }));

type Kind = 'trigger' | 'strong' | 'skipIf' | 'unless' | 'veto';
interface Row {
  rule: string;
  kind: Kind;
  /** Pattern index within its list. */
  pattern: number;
  branch: Branch;
  /** Why, for guards that state one. */
  why?: string;
  opp: Set<string>;
  tosdr: Set<string>;
  quotes: number;
  /** Own sentences (rule examples, polarity suite) it fires on. */
  own: number;
}

const rowsByRule = new Map<string, Row[]>();
const row = (rule: Rule, kind: Kind, pattern: number, branch: Branch, why?: string): Row => ({ rule: rule.id, kind, pattern, branch, why, opp: new Set(), tosdr: new Set(), quotes: 0, own: 0 });
for (const rule of RULES) {
  const rows: Row[] = [];
  (rule.strongPatterns ?? []).forEach((re, i) => branchesOf(re).forEach((b) => rows.push(row(rule, 'strong', i, b))));
  rule.patterns.forEach((re, i) => branchesOf(re).forEach((b) => rows.push(row(rule, 'trigger', i, b))));
  (rule.skipIf ?? []).forEach((s, i) => branchesOf(s.has).forEach((b) => rows.push(row(rule, 'skipIf', i, b, s.why))));
  (rule.unless ?? []).forEach((re, i) => branchesOf(re).forEach((b) => rows.push(row(rule, 'unless', i, b))));
  (rule.veto ?? []).forEach((re, i) => branchesOf(re).forEach((b) => rows.push(row(rule, 'veto', i, b))));
  rowsByRule.set(rule.id, rows);
}

function mark(r: Row, src: Source) {
  if (src.corpus === 'opp') r.opp.add(src.key);
  else if (src.corpus === 'own') r.own++;
  else {
    r.tosdr.add(src.key);
    r.quotes++;
  }
}

const triggers = new Map(RULES.map((rule) => [rule.id, [...(rule.strongPatterns ?? []), ...rule.patterns].map((re) => new RegExp(re.source, re.flags.replace('g', '')))]));
const anyTrigger = (rule: Rule, text: string) => triggers.get(rule.id)!.some((re) => re.test(text));

const t0 = performance.now();
for (const src of sources) {
  const units: Unit[] = segment({ text: src.text, blocks: [] });
  const byStart = new Map(units.map((u) => [u.start, u]));
  const fired = new Set<string>();
  for (const h of matchUnits(units)) {
    const unit = byStart.get(h.start);
    if (!unit || fired.has(`${h.rule}@${h.start}`)) continue;
    fired.add(`${h.rule}@${h.start}`);
    for (const r of rowsByRule.get(h.rule) ?? []) {
      if ((r.kind === 'trigger' || r.kind === 'strong') && r.branch.regex.test(unit.text)) mark(r, src);
    }
  }
  // guards: where a trigger of the rule matches and the guard would cancel it
  for (const unit of units) {
    for (const rule of RULES) {
      if (!rule.skipIf && !rule.unless && !rule.veto) continue;
      if (rule.hint && !rule.hint.test(unit.text)) continue;
      let triggered: boolean | undefined;
      for (const r of rowsByRule.get(rule.id)!) {
        if (r.kind !== 'skipIf' && r.kind !== 'unless' && r.kind !== 'veto') continue;
        if (!r.branch.regex.test(unit.text)) continue;
        if (r.kind === 'skipIf') {
          const lacks = rule.skipIf![r.pattern]!.lacks;
          if (lacks && lacks.test(unit.text)) continue;
        }
        triggered ??= anyTrigger(rule, unit.text);
        if (triggered) mark(r, src);
      }
    }
  }
}
const ms = performance.now() - t0;

const rows = [...rowsByRule.values()].flat();
// guards shared by many rules (the collection skip list) are one branch each, not one per rule
const uniq = new Map<string, Row>();
for (const r of rows) {
  const k = `${r.kind}|${r.branch.regex.source}|${r.rule.split('/')[0]}`;
  const u = uniq.get(k);
  if (!u) uniq.set(k, { ...r, opp: new Set(r.opp), tosdr: new Set(r.tosdr) });
  else {
    r.opp.forEach((x) => u.opp.add(x));
    r.tosdr.forEach((x) => u.tosdr.add(x));
    u.quotes = Math.max(u.quotes, r.quotes);
    u.own = Math.max(u.own, r.own);
  }
}
const all = [...uniq.values()];
const sourcesOf = (r: Row) => r.opp.size + r.tosdr.size;
/**
 * A branch that is one term of a word list ("IMEI", "latitude", a company
 * name) is vocabulary: rare on dev, common in the world. A branch of several
 * words is phrasing, the kind one policy's wording teaches.
 */
const isPhrasing = (r: Row) => /\\s|\(\?[=!]|\{\d/.test(r.branch.label);
const oneOff = all.filter((r) => sourcesOf(r) === 1 && isPhrasing(r));
/** One-offs that no sentence of our own exercises: only the dev corpus holds them up. */
const devOnly = oneOff.filter((r) => r.own === 0);
const none = all.filter((r) => sourcesOf(r) === 0);
const show = (r: Row) => {
  const where = [...r.opp, ...r.tosdr].join(', ');
  return `  ${r.rule} ${r.kind}[${r.pattern}]${r.why ? ` (${r.why})` : ''}\n    ${r.branch.label.slice(0, 160)}${where ? `\n    fires on: ${where}` : ''}${r.own ? `; own examples: ${r.own}` : ''}`;
};
const count = (k: Kind[]) => all.filter((r) => k.includes(r.kind));
const written = measureRegexSource();
console.log(`written as plain regex in lib/rules: ${written.regexChars} characters in ${written.regexLiterals} literals; as phrases: ${written.phrases} patterns, ${written.phraseChars} characters`);
console.log(`rules ${RULES.length}, sources: ${sources.filter((s) => s.corpus === 'opp').length} OPP policies + ${sources.filter((s) => s.corpus === 'tosdr').length} ToS;DR quotes (${ms.toFixed(0)} ms)`);
for (const [name, kinds] of [['trigger branches', ['trigger', 'strong']], ['guard branches', ['skipIf', 'unless', 'veto']]] as const) {
  const xs = count([...kinds]);
  const one = xs.filter((r) => sourcesOf(r) === 1);
  console.log(`${name}: ${xs.length}; fire on one source only: ${one.length} (${one.filter(isPhrasing).length} phrasing, ${one.filter((r) => !isPhrasing(r)).length} single terms); on none: ${xs.filter((r) => sourcesOf(r) === 0).length}`);
}
console.log(`\nphrasing branches that fire on one dev source only: ${oneOff.length}; of them on no sentence of our own (rule examples, polarity suite, regression policies): ${devOnly.length}`);
console.log(`\nphrasing branches that fire on one dev source and on no own sentence (${devOnly.length}):`);
for (const r of devOnly) console.log(show(r));
if (process.argv.includes('--all')) {
  console.log(`\nphrasing branches that fire on one dev source and on own sentences (${oneOff.length - devOnly.length}):`);
  for (const r of oneOff.filter((x) => x.own > 0)) console.log(show(r));
}
if (process.argv.includes('--all')) {
  console.log(`\nbranches that fire on no dev source (${none.length}):`);
  for (const r of none) console.log(show(r));
}
const out = arg('--json');
if (out) {
  writeFileSync(out, JSON.stringify(all.map((r) => ({ rule: r.rule, kind: r.kind, pattern: r.pattern, branch: r.branch.label, phrasing: isPhrasing(r), why: r.why, opp: r.opp.size, tosdrServices: r.tosdr.size, tosdrQuotes: r.quotes, own: r.own, sources: [...r.opp, ...r.tosdr] })), null, 1));
  console.log(`\nwrote ${out}`);
}
