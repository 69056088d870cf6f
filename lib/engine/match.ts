/**
 * Runs the rules over units. Each rule's patterns are compiled once into
 * global regexes; per unit the work is bounded by the unit's length (units
 * are capped), so the whole pass is linear in the text.
 */
import type { Condition, Section, Status } from '../schema';
import { RULES } from '../rules';
import type { Rule } from '../rules/types';
import { TABLE_OF_CONTENTS, TITLE_FRAGMENT } from '../rules/vocab';
import { detailFor } from './details';
import { PREFILTER, USER_VERB_LED } from '../rules/phrases';
import { clauseView, MAY_DENY, readingAt, subjectPosition, userActsAt, verbAfter, type ClauseView, type Reading } from './clause';
import { deniedByPhrase } from './denial-phrases';
import type { Unit } from './types';
import { valueFor } from './values';
import { gateText, LiteralGates, passes, type Gate } from './literal-gate';

export interface Hit {
  section: Section;
  id: string;
  status: Status;
  /** Only with `no`: the denial's exception (consent or the law). */
  condition?: Condition;
  value?: string;
  detail?: string;
  /** Evidence span (the unit), offsets into the text. */
  start: number;
  end: number;
  /** Which rule fired, for debugging and the error report. */
  rule: string;
}

/** One trigger pattern, compiled for scanning, with what the engine checks around it. */
interface CompiledPattern {
  re: RegExp;
  /** A strong pattern needs no cue. */
  strong: boolean;
  /** The pattern opens on the user's verb (checked on the clause layer). */
  userVerb: boolean;
  /** A cheap necessary condition, when the pattern has one. */
  prefilter?: RegExp;
  /** Its literal gate (string ids, one of which a match contains), or `null`. */
  gate: Gate | null;
}

interface CompiledRule {
  rule: Rule;
  /** The literal gates of every regex compiled with this rule (shared by the set). */
  gates: LiteralGates;
  /** The union of its patterns' gates: no hit is possible unless one of these strings is present. */
  gate: Gate | null;
  /** Strong patterns first, then the ordinary ones. */
  patterns: CompiledPattern[];
  veto: RegExp[];
}

function globalize(re: RegExp): RegExp {
  let flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
  // a pattern that names its practice verb (`(?<verb>…)`) needs the group's offsets
  if (re.source.includes('(?<verb>') && !flags.includes('d')) flags += 'd';
  return new RegExp(re.source, flags);
}

/** The regexes a rule tests on a unit's own text besides its patterns (cues, contexts, skips, hint). */
function testedRegexes(rule: Rule): RegExp[] {
  return [...(rule.cue ?? []), ...(rule.context ?? []), ...(rule.unless ?? []), ...(rule.hint ? [rule.hint] : []), ...(rule.skipIf ?? []).flatMap((s) => (s.lacks ? [s.has, s.lacks] : [s.has]))];
}

/** A rule's patterns as written, strong ones first. */
function writtenPatterns(rule: Rule): RegExp[] {
  return [...(rule.strongPatterns ?? []), ...rule.patterns];
}

/**
 * Every regex the engine gates for `rules`: the table of contents test, each
 * rule's patterns and their prefilters, and what it tests besides. The gate
 * table (`literal-gates.json`) is generated from this list.
 */
export function gatedRegexes(rules: readonly Rule[]): RegExp[] {
  return [TABLE_OF_CONTENTS, ...rules.flatMap((rule) => [...writtenPatterns(rule), ...writtenPatterns(rule).flatMap((re) => PREFILTER.get(re) ?? []), ...testedRegexes(rule)])];
}

/** Compiles rules once: global flags for scanning, and one set of literal gates for every regex the rules test. */
export function compileRules(rules: readonly Rule[]): CompiledRule[] {
  const gates = new LiteralGates(gatedRegexes(rules));
  return rules.map((rule) => {
    const strongCount = rule.strongPatterns?.length ?? 0;
    // a pattern's gate is its written form's (the global copy parses the same)
    const patterns = writtenPatterns(rule).map((re, j) => ({ re: globalize(re), strong: j < strongCount, userVerb: USER_VERB_LED.has(re), prefilter: PREFILTER.get(re), gate: gates.gateOf(re) }));
    return { rule, gates, gate: gates.unionOf(writtenPatterns(rule)), patterns, veto: (rule.veto ?? []).map(globalize) };
  });
}

let defaultCompiled: CompiledRule[] | undefined;
function compiledDefault(): CompiledRule[] {
  defaultCompiled ??= compileRules(RULES);
  return defaultCompiled;
}

function spans(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

function cueSatisfied(rule: Rule, unit: Unit, state?: UnitState): boolean {
  if (!rule.cue && !rule.context) return true;
  if (rule.cue?.some((re) => cachedTest(state?.cache, re, unit.text))) return true;
  // a lead-in is the first half of the same statement ("You have the right to: - object …");
  // lead-ins and heading paths are shared by many units and tested by many rules: memoised per unit too
  if (unit.leadIn && rule.cue?.some((re) => cachedTest(state?.leadInCache, re, unit.leadIn!))) return true;
  if (unit.context && rule.context?.some((re) => cachedTest(state?.contextCache, re, unit.context))) return true;
  return false;
}

/**
 * Memo of shared regex tests per unit: many rules share the same skip and cue
 * vocabularies, and testing them once per unit keeps the pass cheap.
 */
class TestCache {
  readonly tests = new Map<RegExp, boolean>();
  /** For a lead-in: does it deny what its list items name ("We do not collect or record:")? Computed on first need. */
  deniesItems?: boolean;
  #present: Uint8Array | undefined;
  constructor(
    readonly text: string,
    readonly gates: LiteralGates,
  ) {}
  /** Which gate strings the text holds (scanned on first need). */
  get present(): Uint8Array {
    this.#present ??= this.gates.scan(gateText(this.text));
    return this.#present;
  }
  /** False only when `re` cannot match the text (its literal gate). */
  mayMatch(re: RegExp): boolean {
    return this.gates.mayMatch(re, this.present);
  }
}

function cachedTest(cache: TestCache | undefined, re: RegExp, s: string): boolean {
  if (!cache || cache.text !== s) return re.test(s);
  let v = cache.tests.get(re);
  if (v === undefined) {
    // the literal gate answers most tests without running the regex
    v = cache.mayMatch(re) && re.test(s);
    cache.tests.set(re, v);
  }
  return v;
}

function skipped(rule: Rule, unit: Unit, cache: TestCache | undefined): boolean {
  const text = unit.text;
  if (rule.unless?.some((re) => cachedTest(cache, re, text))) return true;
  // `lacks` also looks at the lead-in: "we collect: - … if you sign in with Google" is still first-party
  return rule.skipIf?.some((s) => cachedTest(cache, s.has, text) && !(s.lacks && (cachedTest(cache, s.lacks, text) || (unit.leadIn !== undefined && s.lacks.test(unit.leadIn))))) ?? false;
}

/** The unit's clause layer, computed on first need and shared by every rule. */
interface UnitState {
  /** Tests on the unit's own text. */
  cache: TestCache;
  /** Tests on its lead-in and on its heading path (context). */
  leadInCache?: TestCache;
  contextCache?: TestCache;
  view?: ClauseView;
  mayDeny?: boolean;
}

/**
 * A unit's state. Lead-ins and heading paths repeat across the units under
 * them, so their caches are shared through `shared` (keyed by the string).
 */
function newState(unit: Unit, gates: LiteralGates, shared?: Map<string, TestCache>): UnitState {
  const sharedCache = (s: string | undefined): TestCache | undefined => {
    if (s === undefined) return undefined;
    let c = shared?.get(s);
    if (!c) {
      c = new TestCache(s, gates);
      shared?.set(s, c);
    }
    return c;
  };
  return { cache: new TestCache(unit.text, gates), leadInCache: sharedCache(unit.leadIn), contextCache: sharedCache(unit.context) };
}

function viewOf(unit: Unit, state: UnitState): ClauseView {
  state.view ??= clauseView(unit.text);
  return state.view;
}

/** How the unit reads for a hit: fixed-polarity rules say yes unless a denial phrase of theirs is present. */
function readingFor(rule: Rule, unit: Unit, state: UnitState, s: number, e: number): Reading {
  if (rule.deniedBy && deniedByPhrase(rule, unit.text)) return { status: 'no' };
  if (rule.polarity === 'yes') return { status: 'yes' };
  const reading = ownReading(rule, unit, state, s, e);
  // a list item with no verb of its own before the hit says what its lead-in says: "We do not collect: - your IP address"
  if (reading.status === 'yes' && unit.leadIn && leadInDenies(unit.leadIn, state.leadInCache) && !verbBeforeHit(viewOf(unit, state), s)) return { status: 'no' };
  return reading;
}

/** A verb of the unit's own before offset `s` (a participle before a noun, "visited domains", is a modifier, not a verb). */
function verbBeforeHit(view: ClauseView, s: number): boolean {
  return view.tokens.some((t, k, ts) => t.end <= s && t.pos === 'VERB' && ts[k + 1]?.pos !== 'NOUN' && ts[k + 1]?.pos !== 'PROPN');
}

/** The hit's reading from its own unit. */
function ownReading(rule: Rule, unit: Unit, state: UnitState, s: number, e: number): Reading {
  state.mayDeny ??= MAY_DENY.test(unit.text);
  if (!state.mayDeny) return { status: 'yes' };
  const view = viewOf(unit, state);
  // an occasion ("if the company is sold, …") is read at the verb that says what happens to the data;
  // a named thing ("Do Not Track") at the service's verb for it, the cue nearest the hit
  const at = rule.occasion ? verbAfter(view, e) : rule.readAtCue ? nearestCue(rule, unit.text, s, e) : undefined;
  const reading = readingAt(view, at?.[0] ?? s, at?.[1] ?? e, { withoutDenies: rule.withoutDenies ?? true, userActs: rule.section === 'rights' });
  // an exception that names the practice itself is no exception (`selfCondition` in the rule)
  if (reading.condition && reading.condition === rule.selfCondition) return { status: 'yes' };
  return reading;
}

/**
 * A lead-in ("X does not collect or record:") whose last verb is denied
 * outright. One that lists exceptions or conditions ("we do not share your
 * data except:", "… only with:", "… without your consent:") lists what does
 * happen: the clause layer finds those clauses and conditions.
 */
function leadInDenies(leadIn: string, cache: TestCache | undefined): boolean {
  if (cache?.deniesItems !== undefined) return cache.deniesItems;
  let denies = false;
  if (/:\W{0,3}$/.test(leadIn) && MAY_DENY.test(leadIn)) {
    const view = clauseView(leadIn);
    const verb = [...view.tokens].reverse().find((t) => t.pos === 'VERB');
    const reading = verb && readingAt(view, verb.start, verb.end);
    denies = reading?.status === 'no' && reading.condition === undefined && view.clauses.every((c) => c.kind !== 'exception' && c.kind !== 'contrast');
  }
  if (cache) cache.deniesItems = denies;
  return denies;
}

/** The span of the cue match nearest `[s, e)` in `text` (`undefined` when no cue matches the unit's own text). */
function nearestCue(rule: Rule, text: string, s: number, e: number): [number, number] | undefined {
  let best: [number, number] | undefined;
  let bestGap = Infinity;
  for (const re of rule.cue ?? []) {
    for (const [a, b] of spans(globalCopy(re), text)) {
      const gap = b <= s ? s - b : a >= e ? a - e : 0;
      if (gap < bestGap) {
        bestGap = gap;
        best = [a, b];
      }
    }
  }
  return best;
}

const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();
/** `globalize(re)`, made once per regex (cues and partial denials scanned at match time). */
function globalCopy(re: RegExp): RegExp {
  let g = GLOBAL_COPIES.get(re);
  if (!g) {
    g = globalize(re);
    GLOBAL_COPIES.set(re, g);
  }
  return g;
}

/** Shared empty result (read-only, so no caller can fill it for everyone). */
const NO_HITS: readonly Hit[] = Object.freeze([]);

/** Hits of one rule in one unit, deduplicated by (status, value, detail). */
export function matchRule(c: CompiledRule, unit: Unit, state: UnitState = newState(unit, c.gates)): readonly Hit[] {
  const { rule } = c;
  const cache = state.cache;
  const text = unit.text;
  if (unit.kind === 'heading' && rule.polarity !== 'yes' && !rule.headings) return NO_HITS;
  // no pattern of the rule can match: nothing else needs testing
  if (c.gate && !passes(c.gate, cache.present)) return NO_HITS;
  if (rule.hint && !cachedTest(cache, rule.hint, text)) return NO_HITS;
  if (rule.previousCue && !(unit.previous !== undefined && rule.previousCue.some((re) => re.test(unit.previous!)))) return NO_HITS;
  // skip conditions are checked lazily, after the first pattern hit: most rules hit nothing
  let skip: boolean | undefined;
  // allocated on the first hit: most (rule, unit) pairs hit nothing, and these add up to GC time
  let hits: Hit[] | undefined;
  let seen: Set<string> | undefined;
  let cue: boolean | undefined;
  // without strong patterns every hit needs the cue: test it first (shared cues are cached per unit)
  if (!rule.strongPatterns?.length && (rule.cue || rule.context)) {
    cue = cueSatisfied(rule, unit, state);
    if (!cue) return NO_HITS;
  }
  let vetoes: Array<[number, number]> | undefined;
  for (const { re, strong, userVerb, prefilter: pre, gate } of c.patterns) {
    if (!strong) {
      // ordinary patterns (after the strong ones) all need the cue: test it before scanning
      cue ??= cueSatisfied(rule, unit, state);
      if (!cue) break;
    }
    if (pre && !cachedTest(cache, pre, text)) continue;
    if (gate && !passes(gate, cache.present)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      skip ??= skipped(rule, unit, cache);
      if (skip) return NO_HITS;
      const s = m.index;
      const e = s + m[0].length;
      vetoes ??= c.veto.flatMap((v) => spans(v, text));
      if (vetoes.some(([a, b]) => a < e && b > s)) continue;
      if (userVerb && !userActsAt(viewOf(unit, state), s)) continue;
      // "partners … may place cookies": the named verb, not the first word of the match, is read for polarity
      const verb = m.indices?.groups?.verb;
      const reading = verb ? readingFor(rule, unit, state, verb[0], verb[1]) : readingFor(rule, unit, state, s, e);
      const status: Status = reading.status;
      if (status === 'no' && rule.onNegated === 'drop') continue;
      // "we do not use advertising cookies" denies a kind, not cookies
      if (status === 'no' && rule.partialDenial && spans(globalCopy(rule.partialDenial), text).some(([a, b]) => a <= s && b >= e)) continue;
      const value = valueFor(rule.value, text, s, e);
      if (rule.requireValue && value === undefined) continue;
      const detail = detailFor(rule.detail, text, m[0], m.groups?.name, rule.fixedDetail);
      if (rule.detail === 'recipient' && detail === undefined) continue;
      // a named company that is the subject of its clause is an actor, not a recipient
      if (rule.detail === 'recipient' && namedSubject(unit, state, s, e, m.groups?.name)) continue;
      const key = `${status}|${reading.condition ?? ''}|${value ?? ''}|${detail ?? ''}`;
      seen ??= new Set();
      if (seen.has(key)) continue;
      seen.add(key);
      (hits ??= []).push({ section: rule.section, id: rule.finding, status, ...(reading.condition ? { condition: reading.condition } : {}), value, detail, start: unit.start, end: unit.end, rule: rule.id });
    }
  }
  return hits ?? NO_HITS;
}

/** The name a recipient rule captured, when it is its clause's subject ("Google uses this information"). */
function namedSubject(unit: Unit, state: UnitState, s: number, e: number, name: string | undefined): boolean {
  let start = s;
  let end = e;
  if (name) {
    const at = unit.text.indexOf(name, s);
    if (at >= 0 && at < e) {
      start = at;
      end = at + name.length;
    }
  }
  return subjectPosition(viewOf(unit, state), start, end);
}

/** True when `text` has at least `n` ASCII capitals. */
function hasCapitals(text: string, n: number): boolean {
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90 && ++k >= n) return true;
  }
  return false;
}

/** Tables of contents name every topic and state no practice: only fixed-polarity rules (meta, laws) run on them. */
export function isTableOfContents(text: string, cache?: TestCache): boolean {
  if (cachedTest(cache, TABLE_OF_CONTENTS, text)) return true;
  if (text.length < 80) return false;
  // four title fragments hold at least eight capitals (two capitalised words each): most prose has fewer
  if (!hasCapitals(text, 8)) return false;
  TITLE_FRAGMENT.lastIndex = 0;
  let n = 0;
  while (TITLE_FRAGMENT.exec(text) && n < 4) n++;
  // prose has few capitalised runs; a list of section titles has many and few verbs of practice
  return n >= 4 && !/\b(?:we|you)\s(?:may|will|can|do|use|collect|share)\b/.test(text);
}

/** Gap in characters up to which two units count as one passage (same paragraph or adjacent lines). */
const PASSAGE_GAP = 2;

/** Links each unit to the one before it in the same passage (`unit.previous`). */
export function withPrevious(units: readonly Unit[]): Unit[] {
  return units.map((u, i) => {
    const p = units[i - 1];
    return p && p.kind !== 'heading' && u.start - p.end <= PASSAGE_GAP ? { ...u, previous: p.text } : u;
  });
}

/** All hits of `rules` (default: every rule) in `units`. */
export function matchUnits(units: readonly Unit[], compiled: CompiledRule[] = compiledDefault()): Hit[] {
  const out: Hit[] = [];
  const gates = compiled[0]?.gates;
  if (!gates) return out;
  const shared = new Map<string, TestCache>();
  for (const unit of withPrevious(units)) {
    const state = newState(unit, gates, shared);
    const toc = isTableOfContents(unit.text, state.cache);
    for (const c of compiled) {
      if (toc && c.rule.section !== 'meta') continue;
      const hs = matchRule(c, unit, state);
      for (const h of hs) out.push(h);
    }
  }
  return out;
}
