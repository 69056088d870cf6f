/** Test support: a plain-text policy rendered the way a site would publish it. */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A short line without closing punctuation reads as a heading on a web page. */
function isHeading(line: string): boolean {
  return line.length < 70 && !/[.:;,]$/.test(line) && !/[:@]/.test(line) && /^[A-Z0-9]/.test(line);
}

/** Renders a seed the way a site would publish it: nav, article with headings and lists, footer. */
export function seedAsWebPage(text: string, service: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const body: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) body.push(`<ul>${list.map((li) => `<li>${escape(li)}</li>`).join('')}</ul>`);
    list = [];
  };
  lines.forEach((line, i) => {
    const item = /^(?:[-•*]|\d+\))\s+(.*)$/.exec(line);
    if (item) return void list.push(item[1]!);
    flush();
    if (i === 0) body.push(`<h1>${escape(line)}</h1>`);
    else if (isHeading(line)) body.push(`<h2>${escape(line)}</h2>`);
    else body.push(`<p>${escape(line)}</p>`);
  });
  flush();
  return `<!doctype html><html><head><meta charset="utf-8"><title>Privacy Policy | ${service}</title></head><body>
<header><nav><a href="/">Home</a> <a href="/pricing">Pricing</a> <a href="/blog">Blog</a> <a href="/login">Sign in</a></nav></header>
<main><article>${body.join('\n')}</article></main>
<footer><p>© 2026 ${service}. All rights reserved.</p><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>
</body></html>`;
}

