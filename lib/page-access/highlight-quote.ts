/** What "Show on page" sends into the tab: the quote and where it sat in the extracted text (0..1). */
export interface QuoteTarget {
  text: string;
  position: number;
}

/**
 * Runs IN THE PAGE (injected with `scripting.executeScript({ func })`), so it
 * must stay self-contained: no imports, no outer variables. Finds the quoted
 * sentence in the page's text (whitespace collapsed as the extractor does;
 * of several matches, the one nearest the quote's place in the extracted
 * text), scrolls it to the middle of the window and highlights it: the CSS
 * Custom Highlight API where the browser has it, else `<mark>` boxes laid
 * over the sentence. The next click, key press or navigation removes it.
 * Same-origin frames are searched too (a policy may live in one).
 * Returns whether the sentence was found and the highlighted text.
 */
export function highlightQuote(target: QuoteTarget): { found: boolean; text?: string } {
  const NAME = 'policy-lens-quote';
  type Holder = { __policyLensClear?: () => void };
  const holder = globalThis as unknown as Holder;
  holder.__policyLensClear?.();

  const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA)$/;
  const find = (doc: Document): Range | undefined => {
    if (!doc.body) return undefined;
    const nodes: Text[] = [];
    const offsets: number[] = [];
    const owners: number[] = [];
    let flat = '';
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement && SKIP.test(n.parentElement.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const value = n.data;
      nodes.push(n);
      for (let i = 0; i < value.length; i++) {
        const ch = value[i]!;
        if (/\s/.test(ch)) {
          if (flat.length === 0 || flat[flat.length - 1] === ' ') continue;
          flat += ' ';
        } else flat += ch;
        owners.push(nodes.length - 1);
        offsets.push(i);
      }
    }
    const wanted = target.text.replace(/\s+/g, ' ').trim();
    if (!wanted) return undefined;
    const hits: number[] = [];
    for (let at = flat.indexOf(wanted); at >= 0 && hits.length < 50; at = flat.indexOf(wanted, at + 1)) hits.push(at);
    if (hits.length === 0) return undefined;
    const goal = target.position * flat.length;
    const start = hits.reduce((best, h) => (Math.abs(h - goal) < Math.abs(best - goal) ? h : best), hits[0]!);
    const end = start + wanted.length - 1;
    const range = doc.createRange();
    range.setStart(nodes[owners[start]!]!, offsets[start]!);
    range.setEnd(nodes[owners[end]!]!, offsets[end]! + 1);
    return range;
  };

  const docs: Document[] = [document];
  for (const frame of document.querySelectorAll('iframe')) {
    try {
      if (frame.contentDocument) docs.push(frame.contentDocument);
    } catch {
      // cross-origin: not readable
    }
  }
  let range: Range | undefined;
  for (const doc of docs) if ((range = find(doc))) break;
  if (!range) return { found: false };

  const doc = range.startContainer.ownerDocument!;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const cleanups: Array<() => void> = [];
  const registry = (win?.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightCtor = (win as unknown as { Highlight?: new (...r: Range[]) => unknown } | null)?.Highlight;
  if (registry && HighlightCtor) {
    registry.set(NAME, new HighlightCtor(range));
    const style = doc.createElement('style');
    style.textContent = `::highlight(${NAME}) { background-color: #ffd84d; color: #000; }`;
    (doc.head ?? doc.documentElement).append(style);
    cleanups.push(() => registry.delete(NAME), () => style.remove());
  } else {
    // Fallback: marks laid over the sentence's boxes, so the page's own DOM around the text is left as it is.
    const layer = doc.createElement('div');
    layer.setAttribute('aria-hidden', 'true');
    layer.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;z-index:2147483647';
    for (const rect of range.getClientRects()) {
      const mark = doc.createElement('mark');
      mark.style.cssText = `position:absolute;left:${rect.left + (win?.scrollX ?? 0)}px;top:${rect.top + (win?.scrollY ?? 0)}px;width:${rect.width}px;height:${rect.height}px;background:rgba(255,216,77,.55);`;
      layer.append(mark);
    }
    doc.body.append(layer);
    cleanups.push(() => layer.remove());
  }
  if (doc !== document) (doc.defaultView?.frameElement as HTMLElement | null)?.scrollIntoView({ block: 'nearest' });
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });

  const clear = () => {
    for (const c of cleanups.splice(0)) c();
    for (const d of docs) {
      d.removeEventListener('pointerdown', clear, true);
      d.removeEventListener('keydown', clear, true);
    }
    if (holder.__policyLensClear === clear) delete holder.__policyLensClear;
  };
  for (const d of docs) {
    d.addEventListener('pointerdown', clear, true);
    d.addEventListener('keydown', clear, true);
  }
  holder.__policyLensClear = clear;
  return { found: true, text: range.toString() };
}
