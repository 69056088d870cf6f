import type { ExtractedPage } from '../schema';
import { elementToBlocks, maxBlockTextLength } from './blocks';
import { largestTextContainer } from './largest-container';
import { readArticle } from './readability-root';
import { emptyTextMap, mapNodes, type TextMap } from './text-map';

export { decodeHtml } from './decode-html';

/**
 * Readability sometimes keeps only one part of a long policy (one tab, one
 * column); when the largest plain container has far more prose we trust it.
 */
const MIN_SHARE_OF_CONTAINER = 0.5;

function metaContent(doc: Document, selector: string): string | undefined {
  const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return value ? value : undefined;
}

export interface ExtractOptions {
  /** False only for a throwaway document (the CLI): skips cloning it for Readability. */
  preserveDocument?: boolean;
}

/** An extraction and its map back to the DOM, which stays in the tab (it holds the page's nodes). */
export interface MappedPage extends ExtractedPage {
  /** Where each stretch of `text` came from: text nodes of `doc` itself, never of a clone. */
  textMap: TextMap;
}

/**
 * Extracts the policy text from a document (the live DOM in the content
 * script, linkedom in the CLI) as text plus blocks with offsets. By default
 * never mutates `doc`: Readability runs on a clone; the fallback only reads.
 */
export function extractPage(doc: Document, url: string, options: ExtractOptions = {}): ExtractedPage {
  const { textMap: _map, ...page } = extractMappedPage(doc, url, options);
  return page;
}

/**
 * `extractPage` plus the map from the text's offsets to the text nodes of
 * `doc` they came from ("Show on page").
 */
export function extractMappedPage(doc: Document, url: string, { preserveDocument = true }: ExtractOptions = {}): MappedPage {
  // Metadata and the fallback read the untouched document, before Readability.
  const meta = {
    title: doc.title,
    lang: doc.documentElement?.getAttribute('lang') ?? undefined,
    siteName: metaContent(doc, 'meta[property="og:site_name"]') || metaContent(doc, 'meta[name="application-name"]'),
    modified: metaContent(doc, 'meta[property="article:modified_time"]') || metaContent(doc, 'meta[name="last-modified"]'),
  };
  const container = largestTextContainer(doc);
  const article = readArticle(doc, { clone: preserveDocument });
  const fromArticle = article.root ? elementToBlocks(article.root) : null;
  // The container's blocks are only needed when they could win: skip walking
  // them when the article holds at least the share of even their longest possible text.
  const fromContainer =
    container && (fromArticle === null || fromArticle.text.length < maxBlockTextLength(container) * MIN_SHARE_OF_CONTAINER)
      ? elementToBlocks(container)
      : null;
  const useContainer =
    fromContainer !== null &&
    (fromArticle === null || fromArticle.text.length < fromContainer.text.length * MIN_SHARE_OF_CONTAINER);
  const chosen = (useContainer ? fromContainer : fromArticle) ?? { text: '', blocks: [], map: emptyTextMap() };
  const liveOf = article.liveOf;
  // The article's nodes are the clone's: each is traced to the live node it copies.
  const textMap = !useContainer && liveOf ? mapNodes(chosen.map, (node) => liveOf.get(node)) : chosen.map;

  const page: MappedPage = {
    url,
    title: (meta.title || article.title || '').replace(/\s+/g, ' ').trim(),
    text: chosen.text,
    blocks: chosen.blocks,
    textMap,
  };
  const lang = meta.lang || article.lang;
  if (lang) page.lang = lang;
  const siteName = article.siteName || meta.siteName;
  if (siteName) page.siteName = siteName.replace(/\s+/g, ' ').trim();
  const modified = meta.modified || article.publishedTime;
  if (modified) page.lastModified = modified;
  return page;
}
