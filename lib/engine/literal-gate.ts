/**
 * Literal gates: for a regex, a short list of lower-case strings of which any
 * match must contain at least one ("collect(?:s|ed)?\s(?:email|e-mail)" needs
 * "collect"). Testing `includes` on the unit's lower-cased text is far cheaper
 * than running a 300-character alternation, and most (rule, unit) pairs fail
 * it, so the engine runs only the regexes that can match.
 *
 * The gate is a necessary condition, never a sufficient one: it may let a
 * non-match through, never stop a match. The analysis runs on the regex's
 * syntax tree (`@eslint-community/regexpp`, the parser ESLint uses), once per
 * regex.
 */
import { RegExpParser } from '@eslint-community/regexpp';
import type { AST } from '@eslint-community/regexpp';

/** Strings, any of which a match contains (lower case); `null` when nothing is required. */
type Need = readonly string[] | null;

/** Past this many strings a gate is not worth its automaton states (a name list of a thousand is). */
const MAX_STRINGS = 1000;
/** A gate on one or two letters filters almost nothing. */
const MIN_LENGTH = 3;

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

/** Elements that consume nothing keep the characters around them adjacent. */
function zeroWidth(el: AST.Element): boolean {
  return el.type === 'Assertion';
}

/** Prefer the candidate whose shortest string is longest, then the one with fewer strings. */
function better(a: Need, b: Need): Need {
  if (a === null) return b;
  if (b === null) return a;
  const la = Math.min(...a.map((s) => s.length));
  const lb = Math.min(...b.map((s) => s.length));
  if (la !== lb) return la > lb ? a : b;
  return a.length <= b.length ? a : b;
}

function needOfAlternatives(alts: readonly AST.Alternative[]): Need {
  const out = new Set<string>();
  for (const alt of alts) {
    const n = needOfSequence(alt.elements);
    if (n === null) return null;
    for (const s of n) out.add(s);
    if (out.size > MAX_STRINGS) return null;
  }
  return [...out];
}

function needOfSequence(elements: readonly AST.Element[]): Need {
  let best: Need = null;
  let run = '';
  const endRun = () => {
    if (run.length >= MIN_LENGTH) best = better(best, [run]);
    run = '';
  };
  for (const el of elements) {
    const ch = fixedChar(el);
    if (ch !== undefined) {
      run += ch;
      continue;
    }
    if (zeroWidth(el)) continue;
    endRun();
    best = better(best, needOfElement(el));
  }
  endRun();
  return best;
}

function needOfElement(el: AST.Element): Need {
  switch (el.type) {
    case 'Group':
    case 'CapturingGroup':
      return needOfAlternatives(el.alternatives);
    case 'Quantifier':
      return el.min >= 1 ? needOfElement(el.element) : null;
    default:
      return null;
  }
}

/** Keeps only a need whose every string is long enough to be worth testing. */
function useful(n: Need): Need {
  if (n === null || n.length === 0) return null;
  return n.every((s) => s.length >= MIN_LENGTH) ? n : null;
}

const NEEDS = new WeakMap<RegExp, Need>();

/**
 * The strings any match of `re` contains, lower case (one is enough), or
 * `null` when the regex needs no fixed string worth testing. Computed once
 * per regex object.
 */
export function requiredLiterals(re: RegExp): Need {
  let n = NEEDS.get(re);
  if (n === undefined) {
    try {
      n = useful(needOfAlternatives(parser.parsePattern(re.source, 0, re.source.length, { unicode: re.unicode, unicodeSets: re.unicodeSets }).alternatives));
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
  /** Per gated regex, the ids of its strings. */
  readonly #ids = new Map<RegExp, Uint16Array>();
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
        Uint16Array.from(need, (str) => {
          let id = idOf.get(str);
          if (id === undefined) {
            id = idOf.size;
            idOf.set(str, id);
            this.#add(str, id);
          }
          return id;
        }),
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
    const ids = this.#ids.get(re);
    return ids === undefined || anyPresent(ids, present);
  }

  /** The string ids of `re`'s gate (`null`: not gated, it always runs). */
  idsOf(re: RegExp): Uint16Array | null {
    return this.#ids.get(re) ?? null;
  }

  /** The gate of several regexes at once: passes when any of them may match; `null` when one of them is not gated. */
  unionOf(regexes: readonly RegExp[]): Uint16Array | null {
    const all = new Set<number>();
    for (const re of regexes) {
      const ids = this.#ids.get(re);
      if (ids === undefined) return null;
      for (const id of ids) all.add(id);
    }
    return Uint16Array.from(all);
  }
}

/** True when any of the gate's strings (`ids`) is in the scanned text (`present`). */
export function anyPresent(ids: Uint16Array, present: Uint8Array): boolean {
  for (let i = 0; i < ids.length; i++) if (present[ids[i]!] === 1) return true;
  return false;
}
