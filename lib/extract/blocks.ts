import type { Block, BlockKind } from '../schema';
import { collapseNodes } from './collapse-nodes';
import { appendRuns, emptyTextMap, type TextMap } from './text-map';

/** Elements whose text never belongs to the policy. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED',
  'SELECT', 'OPTION', 'BUTTON', 'INPUT', 'TEXTAREA', 'HEAD', 'META', 'LINK',
]);

/** Elements that start a new block of text. */
const BLOCK_LEVEL = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BR',
]);

const BOLD = new Set(['B', 'STRONG']);

/** A bold-only paragraph this short reads as a heading in old, div-and-font policies. */
const MAX_PSEUDO_HEADING = 120;

export interface BlockText {
  text: string;
  blocks: Block[];
  /** Where each stretch of `text` came from: the text nodes of the tree that was walked. */
  map: TextMap;
}

interface Pending {
  /** The block's text nodes, in order. */
  parts: Node[];
  kind: BlockKind;
  level?: number;
  /** Whether any non-space text was seen outside <b>/<strong>. */
  hasPlain: boolean;
}

/** A character that counts as text of its own (not space, not heading punctuation). */
const PLAIN_CHAR = /[^\s\u00a0:.\-–—]/;

function kindOf(tag: string, inherited: BlockKind): { kind: BlockKind; level?: number } {
  if (/^H[1-6]$/.test(tag)) return { kind: 'heading', level: Number(tag[1]) };
  if (tag === 'LI' || tag === 'DD') return { kind: 'listItem' };
  if (tag === 'TD' || tag === 'TH') return { kind: 'tableCell' };
  if (tag === 'P' || tag === 'DT') return { kind: 'paragraph' };
  return { kind: inherited };
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style') ?? '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * An upper bound on `elementToBlocks(root).text.length`, far cheaper than the
 * walk: collapsing whitespace and skipping elements only shorten the text of
 * the text nodes, and each newline between two blocks follows a block, which
 * holds at least one text node of its own.
 */
export function maxBlockTextLength(root: Element): number {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let bound = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) bound += (node.nodeValue?.length ?? 0) + 1;
  return bound;
}

/**
 * Flattens an element into text plus blocks (headings, paragraphs, list items,
 * table cells) whose offsets index into that text. Whitespace inside a block
 * is collapsed; blocks are separated by a newline so sentences never run
 * across block boundaries. The map records which text node each stretch of
 * the text came from ("Show on page" finds quotes through it).
 */
export function elementToBlocks(root: Element): BlockText {
  const out: string[] = [];
  let length = 0;
  const blocks: Block[] = [];
  const map = emptyTextMap();
  let pending: Pending | null = null;

  const flush = (): void => {
    if (!pending) return;
    const { text: raw, runs } = collapseNodes(pending.parts);
    const current = pending;
    pending = null;
    if (!raw) return;
    let { kind, level } = current;
    if (kind === 'paragraph' && !current.hasPlain && raw.length <= MAX_PSEUDO_HEADING) {
      kind = 'heading';
      level = 6;
    }
    if (length > 0) {
      out.push('\n');
      length += 1;
    }
    const block: Block = { kind, start: length, end: length + raw.length };
    if (level !== undefined) block.level = level;
    blocks.push(block);
    appendRuns(map, runs, length);
    out.push(raw);
    length += raw.length;
  };

  const walk = (node: Node, kind: BlockKind, level: number | undefined, bold: boolean): void => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (!pending) pending = { parts: [], kind, level, hasPlain: false };
      pending.parts.push(node);
      if (!bold && !pending.hasPlain) pending.hasPlain = PLAIN_CHAR.test(value);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED.has(tag) || isHidden(el)) return;
    if (!BLOCK_LEVEL.has(tag)) {
      const inBold = bold || BOLD.has(tag);
      for (let child = el.firstChild; child; child = child.nextSibling) walk(child, kind, level, inBold);
      return;
    }
    flush();
    if (tag === 'BR' || tag === 'HR') return;
    const own = kindOf(tag, kind);
    const childLevel = own.kind === 'heading' ? own.level : own.kind === kind ? level : undefined;
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, own.kind, childLevel, bold);
    flush();
  };

  walk(root, 'paragraph', undefined, false);
  flush();
  return { text: out.join(''), blocks, map };
}
