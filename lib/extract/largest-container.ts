const IGNORED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'HEADER', 'FOOTER']);

/** Non-space text length of every element under `root`, in one pass. */
function measure(root: Element, lengths: Map<Element, number>): number {
  let total = 0;
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) total += (child.nodeValue ?? '').replace(/\s+/g, '').length;
    else if (child.nodeType === 1 && !IGNORED.has((child as Element).tagName.toUpperCase())) {
      total += measure(child as Element, lengths);
    }
  }
  lengths.set(root, total);
  return total;
}

/**
 * The container holding the page's prose when Readability finds no article:
 * walk down from <body> while one child still holds at least 80% of the text,
 * which sheds navigation, banners and footers around the policy. Linear time.
 */
export function largestTextContainer(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const lengths = new Map<Element, number>();
  if (measure(body, lengths) === 0) return null;
  let best: Element = body;
  for (;;) {
    const total = lengths.get(best) ?? 0;
    let next: Element | null = null;
    for (let child = best.firstElementChild; child; child = child.nextElementSibling) {
      if ((lengths.get(child) ?? 0) >= total * 0.8) next = child;
    }
    if (!next) return best;
    best = next;
  }
}
