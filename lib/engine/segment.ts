/**
 * Blocks → units (sentences, list items, table rows, headings), each with its
 * heading path and lead-in, so "Email address" under "When you create an
 * account, we collect:" is understood as collected data.
 */
import type { Block, ExtractedPage } from '../schema';
import { deriveBlocks } from './blocks';
import { INLINE_TITLE_SCAN, MAX_HEADING, MAX_HEADING_DEPTH, MAX_INLINE_TITLE, MAX_LEAD_IN, capString, safeCut } from './bounds';
import { splitSentences } from './sentences';
import type { Unit } from './types';

/** A "Label: text" paragraph continues a list introduced by a lead-in. */
const LABEL_RE = /^[\p{L}\d][^:.!?]{0,60}:\s/u;

const SMALL = String.raw`(?:of|and|or|the|to|for|a|an|in|on|with|your|our|about|by|from|at|we|you|do|is|are|&|-|–)`;
// a word is at most 40 chars: an unbounded `*` here let one long capitalised
// word (or `A&A&…`) make the title search quadratic
const TITLE_WORD = String.raw`(?:[A-Z][\w'’&.,/-]{0,39}|${SMALL})`;
/**
 * A paragraph that starts with its own section title and no punctuation
 * ("Accessing and Deleting Your Information We will…", "Cookies. We use…",
 * "Information You Give Us: We receive…"): the title is context for the
 * whole paragraph, as a heading would be.
 */
const INLINE_TITLE_RE = new RegExp(
  String.raw`^(${TITLE_WORD}(?:\s${TITLE_WORD}){0,11}?)(?:[.:]\s|\s[-–—]\s|\s)(?=(?:We|You|Our|If|The|This|In|When|As|Some|For|To|Please|Your|Most|Any|It|These|All|Each|Unless|Except|Under|By|Cookies|Users?)\s)`,
);

/** The paragraph's own title, read from its first INLINE_TITLE_SCAN chars only. */
function inlineTitle(blockHead: string): string | undefined {
  const m = INLINE_TITLE_RE.exec(blockHead);
  if (!m) return undefined;
  const title = m[1]!;
  // twelve 40-char words are not a section title: read the paragraph as prose
  if (title.length > MAX_INLINE_TITLE) return undefined;
  const words = title.split(/\s+/);
  // one capitalised word is usually the sentence's own subject, not a title
  if (words.filter((w) => /^[A-Z]/.test(w)).length < 1 || (words.length < 2 && !/[.:]\s$/.test(m[0]))) return undefined;
  return title;
}

/** The text of a heading or block head, cut to `max` chars before it is copied. */
function capped(text: string, start: number, end: number, max: number): string {
  return end - start <= max ? text.slice(start, end) : text.slice(start, safeCut(text, start + max));
}

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
  let previousOpenedList = false;
  for (const block of blocks) {
    const start = Math.max(0, Math.min(block.start, text.length));
    const end = Math.max(start, Math.min(block.end, text.length));
    if (end <= start) continue;
    if (block.kind === 'heading') {
      const level = block.level ?? 2;
      while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
      // levels outside 1–6 (a page's own blocks) must not grow the path without bound
      while (stack.length >= MAX_HEADING_DEPTH) stack.shift();
      const headings = stack.map((h) => h.text);
      for (const s of splitSentences(text, start, end)) {
        units.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), kind: 'heading', headings, context: contextOf(headings, undefined) });
      }
      stack.push({ level, text: capped(text, start, end, MAX_HEADING) });
      listLeadIn = undefined;
      previousOpenedList = false;
      continue;
    }
    const headings = stack.map((h) => h.text);
    if (block.kind === 'listItem' || block.kind === 'tableCell') {
      previousOpenedList = false;
      for (const s of splitSentences(text, start, end)) {
        units.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), kind: block.kind, headings, leadIn: listLeadIn, context: contextOf(headings, listLeadIn) });
      }
      continue;
    }
    // paragraph
    // only the block's head is read for its shape: a 40 kB paragraph costs no more here than a short one
    const blockHead = capped(text, start, end, INLINE_TITLE_SCAN);
    // the paragraph right after a "…:" paragraph is the list's first item even without a label
    const continuesList = listLeadIn !== undefined && (LABEL_RE.test(blockHead) || previousOpenedList);
    let leadIn = continuesList ? listLeadIn : inlineTitle(blockHead);
    const spans = splitSentences(text, start, end);
    for (const s of spans) {
      const t = text.slice(s.start, s.end);
      units.push({ start: s.start, end: s.end, text: t, kind: 'paragraph', headings, leadIn, context: contextOf(headings, leadIn) });
      // a question or a "…:" sentence introduces what follows it in the block
      if (/[?:]["')\]]?$/.test(t)) leadIn = capString(t, MAX_LEAD_IN);
    }
    const last = spans[spans.length - 1];
    previousOpenedList = last !== undefined && /:["')\]]?$/.test(text.slice(last.start, last.end));
    if (previousOpenedList) listLeadIn = capString(text.slice(last!.start, last!.end), MAX_LEAD_IN);
    else if (!continuesList) listLeadIn = undefined;
  }
  return units;
}
