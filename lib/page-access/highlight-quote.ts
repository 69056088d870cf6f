/**
 * What "Show on page" sends into the tab: the quote, its offsets in the
 * extracted text, and where it sat in that text (0..1) for the fallback search.
 */
export interface QuoteTarget {
  text: string;
  start: number;
  end: number;
  position: number;
}

/** How the quote was found: through the extraction's map, or by searching the page's text. */
export type QuoteFoundBy = 'map' | 'search';

/**
 * Runs IN THE PAGE (injected with `scripting.executeScript({ func })` into
 * the extension's isolated world, where the extractor left its map), so it
 * must stay self-contained: no imports, no outer variables.
 *
 * The quote's offsets go through the map the extraction kept
 * (`__policyLensTextMap`, see kept-text-map.ts) to the very text nodes the
 * sentence was read from. Only when the map can't vouch for it is the page's
 * text searched (whitespace collapsed as the extractor does; of several
 * matches, the one nearest the quote's place in the extracted text).
 * Same-origin frames are searched too (a policy may live in one).
 *
 * The sentence is scrolled to the middle of the window and highlighted: the
 * CSS Custom Highlight API where the browser has it, else `<mark>` boxes laid
 * over the sentence. The next click, key press or navigation removes it.
 * Returns whether the sentence was found, how, and the highlighted text.
 */
export function highlightQuote(target: QuoteTarget): { found: boolean; by?: QuoteFoundBy; text?: string } {
  const NAME = 'policy-lens-quote';
  type Holder = {
    __policyLensClear?: () => void;
    __policyLensTextMap?: { rangeFor?: (start: number, end: number, quote: string) => Range | undefined };
  };
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
  let by: QuoteFoundBy = 'map';
  try {
    range = holder.__policyLensTextMap?.rangeFor?.(target.start, target.end, target.text);
  } catch {
    range = undefined;
  }
  if (!range) {
    // No usable map: the extension was reloaded since the analysis (a new
    // isolated world, so the map is gone), or the page changed since it was
    // read (re-rendered or edited nodes fail the map's check). Searching the
    // text still finds an unchanged sentence, though a repeated one may be
    // the wrong copy; that is why the map comes first.
    by = 'search';
    for (const doc of docs) if ((range = find(doc))) break;
  }
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

  // A click or key press anywhere, or a navigation the document survives
  // (back/forward within the page, a hash change, entering the bfcache), ends it.
  const events: Array<[EventTarget, string]> = [];
  for (const d of docs) {
    events.push([d, 'pointerdown'], [d, 'keydown']);
    if (d.defaultView) events.push([d.defaultView, 'popstate'], [d.defaultView, 'hashchange'], [d.defaultView, 'pagehide']);
  }
  const clear = () => {
    for (const c of cleanups.splice(0)) c();
    for (const [t, type] of events) t.removeEventListener(type, clear, true);
    if (holder.__policyLensClear === clear) delete holder.__policyLensClear;
  };
  for (const [t, type] of events) t.addEventListener(type, clear, true);
  holder.__policyLensClear = clear;
  return { found: true, by, text: range.toString() };
}
