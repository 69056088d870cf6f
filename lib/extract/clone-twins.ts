/**
 * Deep-clones a document and pairs every text node of the clone with the
 * live node it copies. The pairing is made right after cloning, walking both
 * trees in lockstep while they are still identical; Readability then moves
 * the clone's nodes around, but a moved node is still the same object, so
 * the text it ends up in can be traced back to the page the person sees.
 * Nothing is written to the live document (the page must not see us).
 */
export function cloneWithTwins(doc: Document): { clone: Document; liveOf: Map<Node, Node> } {
  const clone = doc.cloneNode(true) as Document;
  const liveOf = new Map<Node, Node>();
  // An explicit stack: a hostile page may nest deeper than the call stack allows.
  const stack: Array<[live: Node, copy: Node]> = [[doc, clone]];
  while (stack.length > 0) {
    const [live, copy] = stack.pop()!;
    for (let a = live.firstChild, b = copy.firstChild; a && b; a = a.nextSibling, b = b.nextSibling) {
      if (a.nodeType === 3) liveOf.set(b, a);
      else if (a.firstChild) stack.push([a, b]);
    }
  }
  return { clone, liveOf };
}
