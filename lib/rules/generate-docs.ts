/**
 * Writes docs/rules.md from the rule data (`npm run docs:rules`). The rules
 * are the source of truth; a test fails when the committed file is stale.
 */
import { RULES } from './index';
import type { Rule, RuleExample } from './types';
import { PHRASE_NOTATION, phraseText } from './phrase';
import * as vocab from './vocab';

type Skip = NonNullable<Rule['skipIf']>[number];

/**
 * What several rules share, listed once under "Shared cues and exclusions"
 * and named where it is used: patterns (a vocab export keeps its name, the
 * rest are numbered in order of first use) and skip conditions.
 */
interface Shared {
  names: Map<RegExp, string>;
  skips: Map<Skip, string>;
}

function sharedOf(rules: readonly Rule[]): Shared {
  const names = new Map<RegExp, string>();
  // sorted: a module namespace lists its names alphabetically, a bundled one in declaration order
  for (const [name, value] of Object.entries(vocab).sort(([a], [b]) => a.localeCompare(b))) if (value instanceof RegExp) names.set(value, name);
  const uses = new Map<RegExp, number>();
  const skipUses = new Map<Skip, number>();
  for (const r of rules) {
    for (const re of [...(r.cue ?? []), ...(r.context ?? []), ...(r.unless ?? []), ...(r.veto ?? []), ...(r.previousCue ?? [])]) uses.set(re, (uses.get(re) ?? 0) + 1);
    for (const k of r.skipIf ?? []) skipUses.set(k, (skipUses.get(k) ?? 0) + 1);
  }
  let n = 0;
  for (const [re, count] of uses) if (count >= 3 && !names.has(re)) names.set(re, `shared cue ${++n}`);
  const skips = new Map<Skip, string>();
  let k = 0;
  for (const [skip, count] of skipUses) if (count >= 3) skips.set(skip, `shared exclusion ${++k}`);
  return { names, skips };
}

/** A pattern as a rule shows it: the shared name, else its own text. */
function shown(re: RegExp, shared: Shared): string {
  const name = shared.names.get(re);
  return name ? `**${name}** (below)` : written(re);
}

/** A skip condition: the pattern that skips, and the one whose presence cancels it. */
function skipCondition(k: Skip, shared: Shared): string {
  return `${shown(k.has, shared)}${k.lacks ? ` and not ${shown(k.lacks, shared)}` : ''}`;
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

function describeRule(r: Rule, shared: Shared): string[] {
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
  if (r.readAtCue) facts.push('status read at the cue nearest the hit');
  if (r.onNegated) facts.push('negated hits dropped');
  if (r.withoutDenies === false) facts.push('"without" before the hit does not deny it');
  if (r.selfCondition) facts.push(`a denial "unless ${r.selfCondition === 'law' ? 'the law requires' : 'you agree'}" reads yes (the exception is this practice)`);
  out.push(facts.join(' · '), '');
  out.push('| | |', '|---|---|');
  if (r.hint) out.push(`| tested only when the sentence has | ${shown(r.hint, shared)} |`);
  for (const p of r.strongPatterns ?? []) out.push(`| pattern (no cue needed) | ${shown(p, shared)} |`);
  for (const p of r.patterns) out.push(`| pattern | ${shown(p, shared)} |`);
  for (const c of r.cue ?? []) out.push(`| cue in the sentence (one of) | ${shown(c, shared)} |`);
  for (const c of r.context ?? []) out.push(`| or cue in the heading / lead-in | ${shown(c, shared)} |`);
  for (const v of r.veto ?? []) out.push(`| veto (a hit inside this is dropped) | ${shown(v, shared)} |`);
  if (r.partialDenial) out.push(`| a denial inside this names a kind, not the practice (dropped) | ${shown(r.partialDenial, shared)} |`);
  for (const u of r.unless ?? []) out.push(`| unless | ${shown(u, shared)} |`);
  for (const k of r.skipIf ?? []) {
    const name = shared.skips.get(k);
    out.push(`| skipped when | ${name ? `**${name}** (below)` : skipCondition(k, shared)}: ${cell(k.why)} |`);
  }
  for (const c of r.previousCue ?? []) out.push(`| previous sentence must match | ${shown(c, shared)} |`);
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
  const shared = sharedOf(rules);
  let section = '';
  for (const r of rules) {
    if (r.section !== section) {
      section = r.section;
      lines.push(`## ${section}`, '');
    }
    lines.push(...describeRule(r, shared));
  }
  lines.push('## Shared cues and exclusions', '', 'Patterns and exclusions that several rules use, written once.', '', '| name | pattern |', '|---|---|');
  for (const [re, name] of shared.names) lines.push(`| **${name}** | ${written(re)} |`);
  lines.push('', '| exclusion | skipped when | why |', '|---|---|---|');
  for (const [skip, name] of shared.skips) lines.push(`| **${name}** | ${skipCondition(skip, shared)} | ${cell(skip.why)} |`);
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
