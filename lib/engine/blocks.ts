/**
 * Blocks for plain-text input (no DOM): lines become headings, list items,
 * table rows or paragraphs. The CLI's .txt/.md input and classify() use this.
 */
import type { Block } from '../schema';

const BULLET_RE = /^(?:[-*•●◦▪▫■□–—·]|\d{1,2}[.)]|[a-z][.)]|\(\w{1,3}\))(?=\s)\s*/;
const NUMBERED_HEADING_RE = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\S/;
const TERMINAL_RE = /[.!?;,:]["')\]]?$/;

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let a = s;
      let b = i;
      while (a < b && /\s/.test(text[a]!)) a++;
      while (b > a && /\s/.test(text[b - 1]!)) b--;
      if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
      s = i + 1;
    }
  }
  return out;
}

function wordCount(s: string): number {
  let n = 0;
  for (const w of s.split(/\s+/)) if (w) n++;
  return n;
}

/** Short, unpunctuated, starts like a title: a heading candidate. */
function looksLikeHeading(t: string): boolean {
  if (t.length > 90 || wordCount(t) > 12) return false;
  if (TERMINAL_RE.test(t)) return false;
  if (!/^[\p{Lu}\d"“'(#]/u.test(t)) return false;
  return true;
}

/** Derives blocks from the lines of plain text. */
export function deriveBlocks(text: string): Block[] {
  const ls = lines(text);
  const blocks: Block[] = [];
  // after a "...include:" line, short unpunctuated lines are list items, not headings
  let inLeadIn = false;
  let bulleted = false;
  let lastHeadingIndex = -2;
  let lastHeadingLevel = 2;
  for (let i = 0; i < ls.length; i++) {
    const line = ls[i]!;
    const t = line.text;
    const md = /^(#{1,6})\s+/.exec(t);
    if (md) {
      const level = md[1]!.length;
      blocks.push({ kind: 'heading', level, start: line.start + md[0].length, end: line.end });
      lastHeadingIndex = i;
      lastHeadingLevel = level;
      inLeadIn = false;
      continue;
    }
    if (t.startsWith('|') || (t.match(/\|/g)?.length ?? 0) >= 2) {
      if (/^[|\s:-]+$/.test(t)) continue; // markdown separator row
      let a = line.start;
      let b = line.end;
      while (a < b && /[|\s]/.test(text[a]!)) a++;
      while (b > a && /[|\s]/.test(text[b - 1]!)) b--;
      if (b > a) blocks.push({ kind: 'tableCell', start: a, end: b });
      continue;
    }
    const num = NUMBERED_HEADING_RE.exec(t);
    const isLast = i === ls.length - 1;
    if (num && looksLikeHeading(t) && !isLast && !(inLeadIn && bulleted)) {
      const depth = num[1]!.split('.').filter(Boolean).length;
      const level = Math.min(6, depth + 1);
      blocks.push({ kind: 'heading', level, start: line.start, end: line.end });
      lastHeadingIndex = i;
      lastHeadingLevel = level;
      inLeadIn = false;
      continue;
    }
    const bullet = BULLET_RE.exec(t);
    if (bullet && bullet[0].length < t.length) {
      blocks.push({ kind: 'listItem', start: line.start + bullet[0].length, end: line.end });
      bulleted = true;
      continue;
    }
    if (inLeadIn && !bulleted && !TERMINAL_RE.test(t) && t.length <= 200) {
      blocks.push({ kind: 'listItem', start: line.start, end: line.end });
      continue;
    }
    if (looksLikeHeading(t) && !isLast) {
      // a heading right under another heading is its child
      const level = /^[^a-z]*$/.test(t) && /[A-Z]/.test(t) ? 2 : lastHeadingIndex === i - 1 ? Math.min(6, lastHeadingLevel + 1) : 3;
      blocks.push({ kind: 'heading', level, start: line.start, end: line.end });
      lastHeadingIndex = i;
      lastHeadingLevel = level;
      inLeadIn = false;
      continue;
    }
    blocks.push({ kind: 'paragraph', start: line.start, end: line.end });
    inLeadIn = /:["')\]]?$/.test(t);
    bulleted = false;
  }
  return blocks;
}
