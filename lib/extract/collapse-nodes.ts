import type { TextRun } from './text-map';

/**
 * A block's text from its text nodes, exactly
 * `nodes.map(n => n.nodeValue).join('').replace(/\s+/g, ' ').trim()` (it is
 * computed that way), with the runs saying which node and offset each
 * character came from.
 *
 * Collapsing keeps characters one for one except where two or more
 * whitespace characters become one space (that space stands for the first
 * of them); so the raw text is cut only there and at node boundaries. A
 * native scan for `\s{2,}` finds those places, which keeps the map's cost
 * near the plain join-and-replace (a loop per word cost twice as much).
 */
export function collapseNodes(nodes: readonly Node[]): { text: string; runs: TextRun[] } {
  const values = nodes.map((n) => n.nodeValue ?? '');
  const raw = values.join('');
  const text = raw.replace(/\s+/g, ' ').trim();
  const runs: TextRun[] = [];
  if (text === '') return { text, runs };

  // Where each node's value starts in `raw`.
  const nodeStarts: number[] = [];
  let total = 0;
  for (const value of values) {
    nodeStarts.push(total);
    total += value.length;
  }
  let k = 0; // the node holding the current raw position; stretches come in raw order
  /** Raw [rawFrom, rawFrom + length) is text [textFrom, …) one for one: cut it at node boundaries. */
  const addStretch = (rawFrom: number, textFrom: number, length: number): void => {
    let left = Math.min(length, text.length - textFrom); // trailing whitespace is trimmed
    let r = rawFrom;
    let t = textFrom;
    while (left > 0) {
      while (k + 1 < values.length && nodeStarts[k + 1]! <= r) k++;
      const take = Math.min(left, nodeStarts[k]! + values[k]!.length - r);
      if (take <= 0) return;
      runs.push({ start: t, length: take, node: nodes[k]!, offset: r - nodeStarts[k]! });
      r += take;
      t += take;
      left -= take;
    }
  };

  let rawPos = raw.length - raw.trimStart().length; // leading whitespace is trimmed
  let textPos = 0;
  const collapsed = /\s{2,}/g;
  collapsed.lastIndex = rawPos;
  for (let m = collapsed.exec(raw); m; m = collapsed.exec(raw)) {
    const kept = m.index + 1 - rawPos; // up to the run's first whitespace character, which becomes the space
    addStretch(rawPos, textPos, kept);
    textPos += kept;
    rawPos = m.index + m[0].length;
  }
  addStretch(rawPos, textPos, raw.length - rawPos);
  return { text, runs };
}
