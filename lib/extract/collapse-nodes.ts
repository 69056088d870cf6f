import type { TextRun } from './text-map';

/**
 * A block's text from its text nodes, exactly
 * `nodes.map(n => n.nodeValue).join('').replace(/\s+/g, ' ').trim()`, with
 * the runs saying which node and offset each character came from. A
 * collapsed space maps to the last whitespace character before the word it
 * precedes, so "\n    word" stays one run.
 */
export function collapseNodes(nodes: readonly Node[]): { text: string; runs: TextRun[] } {
  let text = '';
  const runs: TextRun[] = [];
  // The whitespace seen since the last word, if any: it becomes one space before the next word.
  let space: { node: Node; offset: number } | null = null;
  const emit = (chars: string, node: Node, offset: number): void => {
    const last = runs[runs.length - 1];
    if (last && last.node === node && last.offset + last.length === offset && last.start + last.length === text.length) {
      last.length += chars.length;
    } else {
      runs.push({ start: text.length, length: chars.length, node, offset });
    }
    text += chars;
  };
  for (const node of nodes) {
    const value = node.nodeValue ?? '';
    const whitespace = /\s+/g;
    let at = 0;
    for (;;) {
      const match = whitespace.exec(value);
      const wordEnd = match ? match.index : value.length;
      if (wordEnd > at) {
        if (space && text.length > 0) emit(' ', space.node, space.offset);
        space = null;
        emit(value.slice(at, wordEnd), node, at);
      }
      if (!match) break;
      at = match.index + match[0].length;
      space = { node, offset: at - 1 };
    }
  }
  return { text, runs };
}
