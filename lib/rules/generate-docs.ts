/**
 * Writes docs/rules.md from the rule data (`npm run docs:rules`). The rules
 * are the source of truth; a test fails when the committed file is stale.
 */
import { RULES } from './index';
import type { Rule, RuleExample } from './types';
import { PHRASE_NOTATION, phraseText } from './phrase';
import * as vocab from './vocab';

/** Names for patterns several rules share: the vocab export's name, or a number in order of first use. */
const sharedNames = new Map<RegExp, string>();
/** Skip conditions several rules share, each listed once under "Shared exclusions". */
const sharedSkips = new Map<object, string>();

function collectShared(rules: readonly Rule[]): void {
  sharedNames.clear();
  sharedSkips.clear();
  // sorted: a module namespace lists its names alphabetically, a bundled one in declaration order
  for (const [name, value] of Object.entries(vocab).sort(([a], [b]) => a.localeCompare(b))) if (value instanceof RegExp) sharedNames.set(value, name);
  const uses = new Map<RegExp, number>();
  const skipUses = new Map<object, number>();
  for (const r of rules) {
    for (const re of [...(r.cue ?? []), ...(r.context ?? []), ...(r.unless ?? []), ...(r.veto ?? []), ...(r.previousCue ?? [])]) uses.set(re, (uses.get(re) ?? 0) + 1);
    for (const k of r.skipIf ?? []) skipUses.set(k, (skipUses.get(k) ?? 0) + 1);
  }
  let n = 0;
  for (const [re, count] of uses) if (count >= 3 && !sharedNames.has(re)) sharedNames.set(re, `shared cue ${++n}`);
  let k = 0;
  for (const [skip, count] of skipUses) if (count >= 3) sharedSkips.set(skip, `shared exclusion ${++k}`);
}

/** A pattern as written: its phrase, or the plain regex (the flagged escape hatch) marked as such. */
function shown(re: RegExp): string {
  const name = sharedNames.get(re);
  return name ? `**${name}** (below)` : written(re);
}

/** A pattern's own text: the phrase it was written as, or its regex. */
function written(re: RegExp): string {
  const text = phraseText(re);
  return text !== undefined ? `\`${cell(text)}\`` : `regex \`${cell(`/${re.source}/${re.flags}`)}\``;
}

function exampleText(e: string | RuleExample): string {
  if (typeof e === 'string') return e;
  const extra = [e.status && `status ${e.status}`, e.previous && `after "${e.previous}"`, e.value && `value ${e.value}`, e.detail && `detail ${e.detail}`].filter(Boolean).join(', ');
  return extra ? `${e.text} (${extra})` : e.text;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ⏎ ');
}

function describeRule(r: Rule): string[] {
  const out: string[] = [];
  out.push(`### \`${r.id}\``, '', r.note, '');
  const facts: string[] = [`finding: \`${r.section}/${r.finding}\``];
  if (r.polarity === 'yes') facts.push('polarity: always yes');
  if (r.occasion) facts.push('occasion: read at the verb after the hit (what happens to the data)');
  if (r.implied) facts.push('implied: evidence on a card, never the topic of a passage about choices');
  if (r.value) facts.push(`value: ${r.value}${r.requireValue ? ' (required)' : ''}`);
  if (r.detail) facts.push(`detail: ${r.detail}`);
  if (r.cue || r.context) facts.push('needs a cue in the sentence or its context');
  if (r.headings) facts.push('also matches headings');
  if (r.onNegated) facts.push('negated hits dropped');
  if (r.withoutDenies === false) facts.push('"without" before the hit does not deny it');
  if (r.selfCondition) facts.push(`a denial "unless ${r.selfCondition === 'law' ? 'the law requires' : 'you agree'}" reads yes (the exception is this practice)`);
  out.push(facts.join(' · '), '');
  out.push('| | |', '|---|---|');
  if (r.hint) out.push(`| tested only when the sentence has | ${shown(r.hint)} |`);
  for (const p of r.strongPatterns ?? []) out.push(`| pattern (no cue needed) | ${shown(p)} |`);
  for (const p of r.patterns) out.push(`| pattern | ${shown(p)} |`);
  for (const c of r.cue ?? []) out.push(`| cue in the sentence (one of) | ${shown(c)} |`);
  for (const c of r.context ?? []) out.push(`| or cue in the heading / lead-in | ${shown(c)} |`);
  for (const v of r.veto ?? []) out.push(`| veto (a hit inside this is dropped) | ${shown(v)} |`);
  for (const u of r.unless ?? []) out.push(`| unless | ${shown(u)} |`);
  for (const k of r.skipIf ?? []) {
    const name = sharedSkips.get(k);
    out.push(name ? `| skipped when | **${name}** (below): ${cell(k.why)} |` : `| skipped when | ${shown(k.has)}${k.lacks ? ` and not ${shown(k.lacks)}` : ''}: ${cell(k.why)} |`);
  }
  for (const c of r.previousCue ?? []) out.push(`| previous sentence must match | ${shown(c)} |`);
  for (const d of r.deniedBy ?? []) out.push(`| denied by the words | "${cell(d.phrase)}": ${cell(d.why)} |`);
  for (const e of r.examples.match) out.push(`| matches | ${cell(exampleText(e))} |`);
  for (const e of r.examples.noMatch) out.push(`| does not match | ${cell(e)} |`);
  out.push('');
  return out;
}

/** The full Markdown text of docs/rules.md. */
export function renderRulesDoc(rules: readonly Rule[] = RULES): string {
  const lines: string[] = [
    '# Rules',
    '',
    '<!-- Generated by `npm run docs:rules` from lib/rules/*.ts. Do not edit by hand. -->',
    '',
    `${rules.length} rules. Each rule proposes one taxonomy finding for a sentence (or list item, table row, heading).`,
    'Polarity comes from the clause layer (lib/engine/clause/, word lists in lib/rules/language.ts): the verb that governs the hit and whether it is denied, unless the rule says otherwise. See docs/engine.md.',
    'Cues are tested on the sentence; context patterns on its heading path and list lead-in.',
    '',
    '## How to read a phrase',
    '',
    'Rules are written as phrases (lib/rules/phrase.ts): words, not characters. Case is ignored and every phrase starts and ends on a whole word. Where characters really matter (numbers, anchors, capitalised names) a plain regex is the escape hatch; it is shown as `regex /…/`.',
    '',
    '| notation | means |',
    '|---|---|',
    ...PHRASE_NOTATION.map(([construct, meaning]) => `| ${cell(construct)} | ${cell(meaning)} |`),
    '',
  ];
  collectShared(rules);
  let section = '';
  for (const r of rules) {
    if (r.section !== section) {
      section = r.section;
      lines.push(`## ${section}`, '');
    }
    lines.push(...describeRule(r));
  }
  lines.push('## Shared cues and exclusions', '', 'Patterns and exclusions that several rules use, written once.', '', '| name | pattern |', '|---|---|');
  for (const [re, name] of sharedNames) lines.push(`| **${name}** | ${written(re)} |`);
  lines.push('', '| exclusion | skipped when | why |', '|---|---|---|');
  for (const [skip, name] of sharedSkips) {
    const k = skip as NonNullable<Rule['skipIf']>[number];
    lines.push(`| **${name}** | ${shown(k.has)}${k.lacks ? ` and not ${shown(k.lacks)}` : ''} | ${cell(k.why)} |`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const isMain = typeof process !== 'undefined' && process.argv[1] !== undefined && /generate-docs\.ts$/.test(process.argv[1]);
if (isMain) {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const out = path.resolve(process.cwd(), 'docs/rules.md');
  fs.writeFileSync(out, renderRulesDoc());
  process.stdout.write(`wrote ${out}\n`);
}
