/** Charset names browsers treat as aliases of windows-1252. */
const LATIN1 = new Set(['iso-8859-1', 'latin1', 'us-ascii', 'ascii', 'windows-1252', 'cp1252']);

/** windows-1252's printable characters at 0x80–0x9F (undefined bytes keep their code). */
const CP1252_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Node's TextDecoder treats windows-1252 as ISO-8859-1 (C1 control codes
 * where browsers show curly quotes and dashes), so the high range is mapped here.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/**
 * Decodes saved page bytes the way a browser would: BOM first, then the
 * charset declared in the first bytes (`<meta charset>` or http-equiv), then
 * UTF-8. Unknown labels fall back to UTF-8 rather than throwing.
 */
export function decodeHtml(bytes: Uint8Array, headerCharset?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared =
    headerCharset ??
    /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w:.-]{1,40})/i.exec(head)?.[1];
  const label = (declared ?? 'utf-8').toLowerCase();
  if (LATIN1.has(label)) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
