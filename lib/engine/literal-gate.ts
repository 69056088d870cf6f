/**
 * Literal gates: for a regex, the lower-case strings any match must contain,
 * as clauses (one string of each): "collect(?:s|ed)?\s(?:email|e-mail)" needs
 * "collect" and one of "email", "e-mail". One Aho–Corasick pass over a unit's
 * lower-cased text marks which gate strings it holds; a regex whose gate
 * fails there is never run. Most (rule, unit) pairs fail their gate, and a
 * few array reads are far cheaper than a 300-character alternation.
 *
 * The gate is a necessary condition, never a sufficient one: it may let a
 * non-match through, never stop a match. The analysis runs on the regex's
 * syntax tree (`@eslint-community/regexpp`, the parser ESLint uses), once per
 * regex.
 */
import { RegExpParser } from '@eslint-community/regexpp';
import type { AST } from '@eslint-community/regexpp';

/** Strings, any of which a match contains (lower case). */
type Clause = readonly string[];
/** Clauses all of which a match satisfies; empty when nothing is required. */
type Cnf = readonly Clause[];

/** Past this many strings a gate is not worth its automaton states (a name list of a thousand is). */
const MAX_STRINGS = 1000;
/** A gate on one or two letters filters almost nothing. */
const MIN_LENGTH = 3;
/** Clauses kept per regex, the most selective first. */
const MAX_CLAUSES = 3;
/** Digits and a few symbols are rare in prose: one of them is a gate worth testing. */
const RARE = /^[0-9@§$%#]+$/;
const DIGITS: Clause = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * The character a regex element always consumes, lower-cased, when it is one
 * fixed ASCII character (or a class of one letter in both cases, `[Ee]`).
 * Non-ASCII is left out: lower-casing is context-dependent there (Greek final
 * sigma) and would make the gate unsound.
 */
function fixedChar(el: AST.Element): string | undefined {
  if (el.type === 'Character') return asciiLower(el.value);
  if (el.type === 'CharacterClass' && !el.negate && el.elements.length > 0) {
    let only: string | undefined;
    for (const c of el.elements) {
      if (c.type !== 'Character') return undefined;
      const ch = asciiLower(c.value);
      if (ch === undefined || (only !== undefined && only !== ch)) return undefined;
      only = ch;
    }
    return only;
  }
  return undefined;
}

function asciiLower(cp: number): string | undefined {
  return cp < 128 ? String.fromCharCode(cp).toLowerCase() : undefined;
}

function strength(s: string): number {
  return RARE.test(s) ? Math.max(s.length, MIN_LENGTH + 1) : s.length;
}

/** How selective a clause is: its weakest string, then fewer strings. */
function score(c: Clause): number {
  let min = Infinity;
  for (const s of c) min = Math.min(min, strength(s));
  return min * 10_000 - c.length;
}

function usefulClause(c: Clause): boolean {
  return c.length > 0 && c.length <= MAX_STRINGS && c.every((s) => strength(s) >= MIN_LENGTH);
}

function cnfOfAlternatives(alts: readonly AST.Alternative[]): Cnf {
  if (alts.length === 1) return cnfOfSequence(alts[0]!.elements);
  // a match takes one branch: each branch's most selective clause, joined
  const out = new Set<string>();
  for (const alt of alts) {
    const cnf = cnfOfSequence(alt.elements);
    if (cnf.length === 0) return [];
    for (const s of cnf[0]!) out.add(s);
    if (out.size > MAX_STRINGS) return [];
  }
  return [[...out]];
}

/** A sequence needs what each of its parts needs; runs of fixed characters are strings of their own (too short ones are dropped with the other weak clauses). */
function cnfOfSequence(elements: readonly AST.Element[]): Cnf {
  const clauses: Clause[] = [];
  let run = '';
  const endRun = () => {
    if (run) clauses.push([run]);
    run = '';
  };
  for (const el of elements) {
    const ch = fixedChar(el);
    if (ch !== undefined) {
      run += ch;
      continue;
    }
    // elements that consume nothing keep the characters around them adjacent
    if (el.type === 'Assertion') continue;
    endRun();
    clauses.push(...cnfOfElement(el));
  }
  endRun();
  return [...new Map(clauses.filter(usefulClause).map((c) => [c.join('\u0000'), c])).values()].sort((x, y) => score(y) - score(x)).slice(0, MAX_CLAUSES);
}

function cnfOfElement(el: AST.Element): Cnf {
  switch (el.type) {
    case 'Group':
    case 'CapturingGroup':
      return cnfOfAlternatives(el.alternatives);
    case 'Quantifier':
      return el.min >= 1 ? cnfOfElement(el.element) : [];
    case 'CharacterSet':
      return el.kind === 'digit' && !el.negate ? [DIGITS] : [];
    default:
      return [];
  }
}

const NEEDS = new WeakMap<RegExp, Cnf | null>();

/**
 * What any match of `re` contains, lower case: clauses of strings, each clause
 * satisfied by one of its strings, the most selective clause first; `null`
 * when the regex needs no fixed string worth testing. Computed once per regex
 * object.
 */
export function requiredLiterals(re: RegExp): Cnf | null {
  let n = NEEDS.get(re);
  if (n === undefined) {
    try {
      const cnf = cnfOfAlternatives(parser.parsePattern(re.source, 0, re.source.length, { unicode: re.unicode, unicodeSets: re.unicodeSets }).alternatives);
      n = cnf.length > 0 ? cnf : null;
    } catch {
      n = null; // a pattern the parser does not know: no gate, the regex runs as always
    }
    NEEDS.set(re, n);
  }
  return n;
}

/**
 * The text the gates test: lower case, with the long s folded to "s" (a
 * Unicode case-insensitive regex matches "ſ" for "s"; `toLowerCase` keeps it).
 */
export function gateText(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/**
 * The gates of a fixed set of regexes, with one Aho–Corasick automaton over
 * all their strings: one pass over a text says which strings it holds, and
 * each regex's gate is then a few array reads. A regex the set was not built
 * with has no gate (it always runs).
 */
export class LiteralGates {
  /** Per gated regex, the string ids of each of its clauses. */
  readonly #ids = new Map<RegExp, Gate>();
  /** Trie transitions per node (char code → node). */
  readonly #next: Array<Map<number, number>> = [new Map()];
  readonly #fail: number[] = [0];
  /** String ids that end at each node, including through its fail links. */
  readonly #out: number[][] = [[]];
  readonly size: number;

  constructor(regexes: Iterable<RegExp>) {
    const idOf = new Map<string, number>();
    for (const re of regexes) {
      if (this.#ids.has(re)) continue;
      const need = requiredLiterals(re);
      if (need === null) continue;
      this.#ids.set(
        re,
        need.map((clause) =>
          Uint16Array.from(clause, (str) => {
            let id = idOf.get(str);
            if (id === undefined) {
              id = idOf.size;
              idOf.set(str, id);
              this.#add(str, id);
            }
            return id;
          }),
        ),
      );
    }
    this.size = idOf.size;
    this.#link();
  }

  #add(str: string, id: number): void {
    let node = 0;
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      let to = this.#next[node]!.get(c);
      if (to === undefined) {
        to = this.#next.length;
        this.#next.push(new Map());
        this.#fail.push(0);
        this.#out.push([]);
        this.#next[node]!.set(c, to);
      }
      node = to;
    }
    this.#out[node]!.push(id);
  }

  /** Fail links, breadth first, and outputs merged along them. */
  #link(): void {
    const queue: number[] = [...this.#next[0]!.values()];
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      for (const [c, child] of this.#next[node]!) {
        let f = this.#fail[node]!;
        while (f !== 0 && !this.#next[f]!.has(c)) f = this.#fail[f]!;
        const to = this.#next[f]!.get(c);
        this.#fail[child] = to !== undefined && to !== child ? to : 0;
        const inherited = this.#out[this.#fail[child]!]!;
        if (inherited.length) this.#out[child] = [...this.#out[child]!, ...inherited];
        queue.push(child);
      }
    }
  }

  /** Which gate strings `lower` (a `gateText`) holds: one flag per string id. */
  scan(lower: string): Uint8Array {
    const present = new Uint8Array(this.size);
    let node = 0;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      let to = this.#next[node]!.get(c);
      while (to === undefined && node !== 0) {
        node = this.#fail[node]!;
        to = this.#next[node]!.get(c);
      }
      node = to ?? 0;
      for (const id of this.#out[node]!) present[id] = 1;
    }
    return present;
  }

  /** False only when `re` cannot match the text `present` was scanned from. */
  mayMatch(re: RegExp, present: Uint8Array): boolean {
    const gate = this.#ids.get(re);
    return gate === undefined || passes(gate, present);
  }

  /** `re`'s gate (`null`: not gated, it always runs). */
  gateOf(re: RegExp): Gate | null {
    return this.#ids.get(re) ?? null;
  }

  /**
   * One gate for several regexes at once, passed when any of them may match
   * (their most selective clauses, joined); `null` when one is not gated.
   */
  unionOf(regexes: readonly RegExp[]): Gate | null {
    const all = new Set<number>();
    for (const re of regexes) {
      const gate = this.#ids.get(re);
      if (gate === undefined) return null;
      for (const id of gate[0]!) all.add(id);
    }
    return [Uint16Array.from(all)];
  }
}

/** A compiled gate: per clause, the ids of its strings. */
export type Gate = readonly Uint16Array[];

/** True when the scanned text (`present`) has a string of every clause of the gate. */
export function passes(gate: Gate, present: Uint8Array): boolean {
  for (const ids of gate) {
    let any = false;
    for (let i = 0; i < ids.length; i++) {
      if (present[ids[i]!] === 1) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}
