const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘',
  rdquo: '”', ldquo: '“', ndash: '–', mdash: '—', hellip: '…', copy: '©', reg: '®',
};

/** Removes <script>/<style> elements with one forward scan (a regex would rescan on unclosed tags). */
function dropScripts(html: string): string {
  const lower = html.toLowerCase();
  const opening = /<(script|style)\b/g;
  let out = '';
  let from = 0;
  for (;;) {
    opening.lastIndex = from;
    const found = opening.exec(lower);
    if (!found) return out + html.slice(from);
    const start = found.index;
    const tag = lower.startsWith('<script', start) ? 'script' : 'style';
    const close = lower.indexOf(`</${tag}`, start);
    out += `${html.slice(from, start)} `;
    if (close < 0) return out;
    const end = lower.indexOf('>', close);
    from = end < 0 ? lower.length : end + 1;
  }
}

/**
 * Turns the simple HTML a classify segment may carry into text: tags become
 * spaces (block tags newlines), entities are decoded. Linear, no DOM needed.
 */
export function stripTags(html: string): string {
  return dropScripts(html)
    .replace(/<\/?(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section)\b[^<>]*>/gi, '\n')
    .replace(/<[^<>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}
