/** Charset names browsers treat as aliases of windows-1252. */
const LATIN1 = new Set(['iso-8859-1', 'latin1', 'us-ascii', 'ascii', 'windows-1252', 'cp1252']);

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
  let label = (declared ?? 'utf-8').toLowerCase();
  if (LATIN1.has(label)) label = 'windows-1252';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
