/**
 * Blocks → units (sentences, list items, table rows, headings), each with its
 * heading path and lead-in, so "Email address" under "When you create an
 * account, we collect:" is understood as collected data.
 */
import type { Block, ExtractedPage } from '../schema';
import { deriveBlocks } from './blocks';
import { splitSentences } from './sentences';
import type { Unit } from './types';

/** A "Label: text" paragraph continues a list introduced by a lead-in. */
const LABEL_RE = /^[\p{L}\d][^:.!?]{0,60}:\s/u;

function contextOf(headings: string[], leadIn: string | undefined): string {
  return leadIn ? `${headings.join('\n')}\n${leadIn}` : headings.join('\n');
}

/**
 * Units for a page. Uses the page's blocks, or derives them from lines when
 * there are none. Linear in the text length.
 */
export function segment(page: Pick<ExtractedPage, 'text' | 'blocks'>): Unit[] {
  const text = page.text;
  const blocks: Block[] = page.blocks.length ? [...page.blocks].sort((a, b) => a.start - b.start) : deriveBlocks(text);
  const units: Unit[] = [];
  const stack: Array<{ level: number; text: string }> = [];
  let listLeadIn: string | undefined;
  for (const block of blocks) {
    const start = Math.max(0, Math.min(block.start, text.length));
    const end = Math.max(start, Math.min(block.end, text.length));
    if (end <= start) continue;
    if (block.kind === 'heading') {
      const level = block.level ?? 2;
      while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
      const headings = stack.map((h) => h.text);
      for (const s of splitSentences(text, start, end)) {
        units.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), kind: 'heading', headings, context: contextOf(headings, undefined) });
      }
      stack.push({ level, text: text.slice(start, end).slice(0, 200) });
      listLeadIn = undefined;
      continue;
    }
    const headings = stack.map((h) => h.text);
    if (block.kind === 'listItem' || block.kind === 'tableCell') {
      for (const s of splitSentences(text, start, end)) {
        units.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), kind: block.kind, headings, leadIn: listLeadIn, context: contextOf(headings, listLeadIn) });
      }
      continue;
    }
    // paragraph
    const blockText = text.slice(start, end);
    const continuesList = listLeadIn !== undefined && LABEL_RE.test(blockText);
    let leadIn = continuesList ? listLeadIn : undefined;
    const spans = splitSentences(text, start, end);
    for (const s of spans) {
      const t = text.slice(s.start, s.end);
      units.push({ start: s.start, end: s.end, text: t, kind: 'paragraph', headings, leadIn, context: contextOf(headings, leadIn) });
      // a question or a "…:" sentence introduces what follows it in the block
      if (/[?:]["')\]]?$/.test(t)) leadIn = t.slice(0, 300);
    }
    const last = spans[spans.length - 1];
    if (last && /:["')\]]?$/.test(text.slice(last.start, last.end))) listLeadIn = text.slice(last.start, last.end).slice(0, 300);
    else if (!continuesList) listLeadIn = undefined;
  }
  return units;
}
