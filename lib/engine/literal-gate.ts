/**
 * Literal gates: for a regex, the lower-case strings any match must contain,
 * as clauses (one string of each): "collect(?:s|ed)?\s(?:email|e-mail)" needs
 * "collect" and one of "email", "e-mail". One Aho–Corasick pass over a unit's
 * lower-cased text marks which gate strings it holds; a regex whose gate
 * fails there is never run. Most (rule, unit) pairs fail their gate, and a
 * few array reads are far cheaper than a 300-character alternation.
 *
 * The gate is a necessary condition, never a sufficient one: it may let a
 * non-match through, never stop a match. The clauses come from the regex's
 * syntax tree (`literal-analysis.ts`), worked out ahead of time for every
 * regex the rules hold and kept in `literal-gates.json` (`npm run gates`; a
 * test fails when it is stale). A regex the table does not know has no gate.
 */
import GATE_TABLE from './literal-gates.json';

/** Strings, any of which a match contains (lower case). */
type Clause = readonly string[];
/** Clauses all of which a match satisfies. */
type Cnf = readonly Clause[];

const TABLE: Readonly<Record<string, Cnf>> = GATE_TABLE;

/** The table's key for a regex: its source, and the flags that change how the source parses. */
export function gateKey(re: RegExp): string {
  return `${re.unicode ? 'u' : ''}${re.unicodeSets ? 'v' : ''}/${re.source}`;
}

/** What any match of `re` contains, from the generated table; `null` when it has no gate. */
export function requiredLiterals(re: RegExp): Cnf | null {
  return TABLE[gateKey(re)] ?? null;
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

  /** `needOf` gives each regex's clauses: the generated table, or (in tests) the analysis itself. */
  constructor(regexes: Iterable<RegExp>, needOf: (re: RegExp) => Cnf | null = requiredLiterals) {
    const idOf = new Map<string, number>();
    for (const re of regexes) {
      if (this.#ids.has(re)) continue;
      const need = needOf(re);
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
