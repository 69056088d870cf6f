/**
 * Where the extracted text came from in the DOM, kept beside the extraction
 * so a quote's offsets can be turned back into the page's own text nodes.
 *
 * A run is a stretch of the text that copies one text node's characters one
 * for one, from `offsets[i]` in that node. A space that stands for collapsed
 * whitespace counts as a copy of one whitespace character. Characters in no
 * run (the newline that joins two blocks) come from no node. Runs, not
 * characters, keep the map about the size of the node count: a text node
 * usually gives one run, or two when its own whitespace was collapsed.
 */
export interface TextMap {
  /** Text offset where each run starts, ascending. */
  starts: number[];
  /** How many characters each run covers. */
  lengths: number[];
  /** The text node each run copies; null when it has no counterpart in the page (Readability made it). */
  nodes: Array<Node | null>;
  /** Offset in that node's data where the run starts. */
  offsets: number[];
}

/** One run in block-relative form, as `collapseNodes` makes it. */
export interface TextRun {
  start: number;
  length: number;
  node: Node;
  offset: number;
}

/** The part of one run inside a span: `node.nodeValue.slice(from, to)` gave text from `textStart`. */
export interface MappedSegment {
  node: Node;
  from: number;
  to: number;
  textStart: number;
}

/** An empty map, to append blocks' runs to. */
export function emptyTextMap(): TextMap {
  return { starts: [], lengths: [], nodes: [], offsets: [] };
}

/** Appends a block's runs, shifted to where the block starts in the whole text. */
export function appendRuns(map: TextMap, runs: readonly TextRun[], shift: number): void {
  for (const run of runs) {
    map.starts.push(run.start + shift);
    map.lengths.push(run.length);
    map.nodes.push(run.node);
    map.offsets.push(run.offset);
  }
}

/** The same map with every node replaced (a Readability clone's node by the live one it copies); null when there is none. */
export function mapNodes(map: TextMap, to: (node: Node) => Node | undefined): TextMap {
  return { ...map, nodes: map.nodes.map((n) => (n ? (to(n) ?? null) : null)) };
}

/** Index of the first run that ends after `offset` (binary search on the ascending starts). */
function firstRunEndingAfter(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map.starts[mid]! + map.lengths[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The DOM pieces of the text span [start, end): for each run it touches, the
 * node and the node offsets holding its characters, in text order. The first
 * segment's `from` and the last one's `to` are the span's DOM boundary
 * points. Undefined when the span touches no run, or a run with no node.
 */
export function locateSpan(map: TextMap, start: number, end: number): MappedSegment[] | undefined {
  if (!(end > start)) return undefined;
  const segments: MappedSegment[] = [];
  for (let i = firstRunEndingAfter(map, start); i < map.starts.length && map.starts[i]! < end; i++) {
    const node = map.nodes[i];
    if (!node) return undefined;
    const runStart = map.starts[i]!;
    const a = Math.max(start, runStart);
    const b = Math.min(end, runStart + map.lengths[i]!);
    segments.push({ node, from: map.offsets[i]! + a - runStart, to: map.offsets[i]! + b - runStart, textStart: a });
  }
  return segments.length > 0 ? segments : undefined;
}
