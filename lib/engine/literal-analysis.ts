/**
 * The analysis behind the literal gates (`literal-gate.ts`): from a regex's
 * syntax tree (`@eslint-community/regexpp`, the parser ESLint uses), the
 * lower-case strings any match must contain, as clauses (one string of
 * each). It runs when the gate table is generated (`npm run gates`) and in
 * the tests, never in the extension: parsing 450 regexes cost the worker's
 * start about 0.2 s.
 */
import { RegExpParser } from '@eslint-community/regexpp';
import type { AST } from '@eslint-community/regexpp';

/** Strings, any of which a match contains (lower case). */
export type Clause = readonly string[];
/** Clauses all of which a match satisfies; empty when nothing is required. */
export type Cnf = readonly Clause[];

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
    if (el.type === 'Assertion') {
      // what a positive lookaround needs is in the text too, next to the match, not inside it:
      // its strings are clauses of their own ("(?<=partners such as …)Name" needs "such as")
      if ((el.kind === 'lookahead' || el.kind === 'lookbehind') && !el.negate) {
        endRun();
        clauses.push(...cnfOfAlternatives(el.alternatives));
      }
      // elements that consume nothing else (\b, ^, negative lookarounds) keep the characters around them adjacent
      continue;
    }
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

/**
 * What any match of `re` contains, lower case: clauses of strings, each clause
 * satisfied by one of its strings, the most selective clause first; `null`
 * when the regex needs no fixed string worth testing.
 */
export function analyseLiterals(re: RegExp): Cnf | null {
  try {
    const cnf = cnfOfAlternatives(parser.parsePattern(re.source, 0, re.source.length, { unicode: re.unicode, unicodeSets: re.unicodeSets }).alternatives);
    return cnf.length > 0 ? cnf : null;
  } catch {
    return null; // a pattern the parser does not know: no gate, the regex runs as always
  }
}
