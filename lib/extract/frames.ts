import type { ExtractedPage } from '../schema';

/** Below this many characters the page's own text may be only the frame around an embedded policy. */
const SMALL_PAGE_CHARS = 5_000;

/** The documents of the page's same-origin iframes; cross-origin ones are unreadable and skipped. */
export function sameOriginFrameDocuments(doc: Document): Document[] {
  const docs: Document[] = [];
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    try {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      if (inner?.body) docs.push(inner);
    } catch {
      // A cross-origin frame throws on access in some browsers; it is not ours to read.
    }
  }
  return docs;
}

/**
 * Extracts the page, or the policy it embeds: when the page's own text is
 * short and a same-origin iframe holds at least twice as much, the frame's
 * text is the policy (the card keeps the page's URL and title). Returns the
 * document that was read, so its links can be read too. Whatever else
 * `extract` returns with the page (the text map) comes along with it.
 */
export function extractWithFrames<P extends ExtractedPage>(
  doc: Document,
  url: string,
  extract: (doc: Document, url: string) => P,
): { page: P; source: Document } {
  const own = extract(doc, url);
  if (own.text.length >= SMALL_PAGE_CHARS) return { page: own, source: doc };
  let best = { page: own, source: doc };
  for (const frameDoc of sameOriginFrameDocuments(doc)) {
    const inner = extract(frameDoc, url);
    if (inner.text.length >= 2 * Math.max(best.page.text.length, 1)) {
      best = { page: { ...inner, url, title: own.title || inner.title, ...(own.lang && !inner.lang ? { lang: own.lang } : {}) }, source: frameDoc };
    }
  }
  return best;
}
