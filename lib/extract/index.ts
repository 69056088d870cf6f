// STUB: replaced by the real Readability-based extraction shortly. Signature is the contract.
import type { ExtractedPage } from '../schema';

/**
 * Extracts the policy text from a document (live DOM in the content script,
 * linkedom in the CLI). Never mutates `doc`: Readability runs on a clone.
 */
export function extractPage(doc: Document, url: string): ExtractedPage {
  const text = (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { url, title: doc.title, text, blocks: text ? [{ kind: 'paragraph', start: 0, end: text.length }] : [] };
}
