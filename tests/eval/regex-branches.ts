/**
 * Splits a regex into its branches, for the rule report (`npm run eval:rules`).
 *
 * A branch is one alternative of the outermost alternation: the top level when
 * it has several alternatives, otherwise the first group (at the least depth)
 * that has several. `(?:collect|gather)\s(?:your)?` has the branches
 * `collect…` and `gather…`; each branch is returned as a regex of its own, the
 * same pattern with that group narrowed to one alternative, so a match can be
 * attributed to the branch that made it.
 */

export interface Branch {
  /** The alternative's own source ("gather"), for the report. */
  label: string;
  /** The whole pattern with the group narrowed to this alternative. */
  regex: RegExp;
}

interface Group {
  /** Index just after the group's opening (after `(`, `(?:`, `(?<name>`). */
  open: number;
  /** Index of the closing `)`. */
  close: number;
  depth: number;
  /** Indexes of the `|` directly inside this group. */
  bars: number[];
  /** Lookarounds are conditions, not triggers: never split. */
  lookaround: boolean;
}

/** Walks the source once: groups with their direct `|` positions (escapes and classes skipped). */
function groupsOf(src: string): { top: number[]; groups: Group[] } {
  const top: number[] = [];
  const groups: Group[] = [];
  const stack: Group[] = [];
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') {
      let open = i + 1;
      let lookaround = false;
      if (src[i + 1] === '?') {
        const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_]\w*>)/.exec(src.slice(i + 1));
        if (m) {
          open = i + 1 + m[0].length;
          lookaround = ['?=', '?!', '?<=', '?<!'].includes(m[0]);
        }
      }
      stack.push({ open, close: -1, depth: stack.length, bars: [], lookaround });
    } else if (ch === ')') {
      const g = stack.pop();
      if (g) {
        g.close = i;
        groups.push(g);
      }
    } else if (ch === '|') {
      const g = stack[stack.length - 1];
      if (g) g.bars.push(i);
      else top.push(i);
    }
  }
  return { top, groups };
}

function pieces(src: string, from: number, to: number, bars: number[]): Array<[number, number]> {
  const cuts = [from - 1, ...bars, to];
  return cuts.slice(1).map((c, k) => [cuts[k]! + 1, c]);
}

/** The branches of `re`; a pattern without alternation is one branch, itself. */
export function branchesOf(re: RegExp): Branch[] {
  const src = re.source;
  const flags = re.flags.replace('g', '');
  const { top, groups } = groupsOf(src);
  if (top.length) {
    return pieces(src, 0, src.length, top).map(([a, b]) => ({ label: src.slice(a, b), regex: new RegExp(src.slice(a, b), flags) }));
  }
  const split = groups.filter((g) => g.bars.length && !g.lookaround).sort((x, y) => x.depth - y.depth || x.open - y.open)[0];
  if (!split) return [{ label: src, regex: new RegExp(src, flags) }];
  return pieces(src, split.open, split.close, split.bars).map(([a, b]) => ({
    label: src.slice(a, b),
    regex: new RegExp(src.slice(0, split.open) + src.slice(a, b) + src.slice(split.close), flags),
  }));
}
