import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExtractedPage } from '../schema';
import { decodeHtml, extractPage } from '../extract';
import { parseHtmlDocument } from './parse-html';
import { stripTags } from './strip-tags';

/** Inputs larger than this are refused: no policy is 20 MB, a log file might be. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Builds an ExtractedPage from HTML text with the same code the content script runs. */
export function pageFromHtml(html: string, url: string): ExtractedPage {
  return extractPage(parseHtmlDocument(html), url, { preserveDocument: false });
}

/** Plain text is the policy itself; the engine derives structure from its lines. */
export function pageFromText(text: string, url: string): ExtractedPage {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const firstLine = normalized.split('\n', 1)[0]?.trim() ?? '';
  return { url, title: firstLine.slice(0, 200), text: normalized, blocks: [] };
}

function looksLikeHtml(sample: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<\?xml)/i.test(sample) || /<(p|div|h[1-6])[\s>]/i.test(sample.slice(0, 2000));
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function fetchPage(url: string): Promise<ExtractedPage> {
  const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_INPUT_BYTES) throw new Error(`${url}: larger than ${MAX_INPUT_BYTES} bytes`);
  const type = response.headers.get('content-type') ?? '';
  const charset = /charset=([\w-]+)/i.exec(type)?.[1];
  const body = decodeHtml(bytes, charset);
  return type.includes('text/plain') ? pageFromText(body, response.url) : pageFromHtml(body, response.url);
}

/**
 * Reads one CLI input (`.html`/`.htm`, `.txt`/`.md`, `-` for stdin, or an
 * http(s) URL) into an ExtractedPage. Throws an Error with a plain message.
 */
export async function readInput(input: string): Promise<ExtractedPage> {
  if (/^https?:\/\//i.test(input)) return fetchPage(input);
  const bytes = input === '-' ? await readStdin() : await readFile(input);
  if (bytes.length > MAX_INPUT_BYTES) throw new Error(`${input}: larger than ${MAX_INPUT_BYTES} bytes`);
  const url = input === '-' ? 'stdin:' : pathToFileURL(resolve(input)).href;
  const ext = extname(input).toLowerCase();
  const text = decodeHtml(new Uint8Array(bytes));
  if (ext === '.html' || ext === '.htm' || (ext !== '.txt' && ext !== '.md' && looksLikeHtml(text))) {
    return pageFromHtml(text, url);
  }
  return pageFromText(text, url);
}

export { stripTags };
