import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml, parseHtmlDocument } from '../../lib/cli/parse-html';
import { decodeHtml } from '../../lib/extract';

/** Every node the extraction can see: type, names, namespace, attributes in order, text node boundaries. */
function dump(doc: Document): string {
  const lines: string[] = [`doctype ${String((doc as unknown as { doctype: unknown }).doctype)}`];
  const walk = (node: Node, depth: number): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 1) {
        const element = child as Element & { ownerSVGElement?: Element | null };
        const attrs = Array.from(element.attributes, (a) => `${a.name}=${JSON.stringify(a.value)}`).join(' ');
        lines.push(`${depth} <${element.localName}|${element.tagName}|${element.namespaceURI}|${element.ownerSVGElement ? 'svg' : ''}> ${attrs} .${element.className}`);
        walk(element, depth + 1);
      } else lines.push(`${depth} ${child.nodeType} ${JSON.stringify(child.nodeValue)}`);
    }
  };
  walk(doc, 0);
  lines.push(String(doc.toString()));
  return lines.join('\n');
}

/** The direct build must give exactly the document the serialize + re-parse path gives. */
function expectSameDocument(html: string): boolean {
  const built = parseHtml(html);
  expect(dump(built.document)).toBe(dump(parseHtmlDocument(html, { direct: false })));
  return built.direct;
}

const TRICKY = [
  '<!doctype html><title>A &amp; B&nbsp;C &lt;x&gt;</title><p class=" a  b a ">x &amp; y&nbsp;z</p>',
  '<p>one<div>two</div><p>three<p>four',
  '<ul><li>a<li>b<ul><li>c</ul></ul><dl><dt>t<dd>d<dt>t2</dl>',
  '<table><tr><td>a<td>b<tr><th>c</table><table>text before<tr><td>x</td></tr></table>',
  '<a href="x">one<a href="y">two</a></a><b>bold<i>both</b>italic</i>',
  '<p>before<script>var x = "<p>";</script>after<style>p{}</style> tail</p><noscript><p>no</p></noscript>',
  '<svg viewBox="0 0 10 10" xmlns:xlink="http://www.w3.org/1999/xlink"><foreignObject><p>html in svg</p></foreignObject><image xlink:href="a.png"/><title>t</title><br></svg>',
  '<math><mi>x</mi><annotation-xml encoding="text/html"><p>y</p></annotation-xml></math>',
  '<body><div id="1" 1="one" data-x="&quot;q&quot;">x</div><body class="second"><p>second body</p>',
  '<html><body><p>a</p></body></html><html lang="fr"><body><p>second html</p></body></html>',
  '<iframe srcdoc="x"><html><body><p>inline document</p></body></html></iframe><p>outside</p>',
  '<template><p>in template</p></template><textarea><p>in textarea</p></textarea><xmp><p>xmp</p></xmp>',
  '<!-- c1 --><!DOCTYPE html><!-- c2 --><p>x<!-- in p -->y</p><!-- after -->',
  '<select><option>a<option>b<optgroup><option>c</select><button><p>in button</button>',
  '<command>cmd</command><isindex><bgsound src="x"><p>after bgsound</p><plaintext><p>plain',
  '<div =weird a"b="c">x</div><p><h1>heading in p</h1></p><ruby>a<rt>b<rp>c</ruby>',
  '<h2>x<h3>y</h3></h2><form><form><input><input></form><p>last</p>',
  '<frameset><frame src="a"></frameset>',
  '',
];

describe('parseHtmlDocument: direct build from parse5', () => {
  it.each(TRICKY.map((html) => [html]))('matches serialize + re-parse for %j', (html) => {
    expectSameDocument(html);
  });

  it('matches serialize + re-parse for every fixture page', () => {
    const dirs = ['tests/fixtures/pages', 'tests/e2e/fixtures', 'tests/e2e/library-fixtures'];
    let pages = 0;
    for (const dir of dirs) {
      for (const name of readdirSync(dir).filter((n) => /\.html?$/.test(n))) {
        // Real pages are built directly, not by the fallback.
        expect(expectSameDocument(decodeHtml(new Uint8Array(readFileSync(join(dir, name)))))).toBe(true);
        pages++;
      }
    }
    expect(pages).toBeGreaterThan(5);
  });

  it('matches serialize + re-parse on random tag soup', () => {
    const tags = ['p', 'div', 'span', 'b', 'a', 'li', 'ul', 'table', 'tr', 'td', 'th', 'h1', 'dd', 'dt', 'option',
      'select', 'svg', 'math', 'title', 'br', 'img', 'script', 'iframe', 'form', 'button', 'section', 'tbody'];
    const texts = ['x', ' ', '&amp;', '&nbsp;', '\n', '&lt;', 'a > b', '<!-- c -->'];
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor(seed / 65536) % n;
    };
    let direct = 0;
    let directWithEntities = 0;
    for (let round = 0; round < 400; round++) {
      let html = '';
      const length = 5 + random(50);
      for (let k = 0; k < length; k++) {
        const tag = tags[random(tags.length)]!;
        const r = random(4);
        html += r === 0 ? `<${tag} class="c${random(3)}" id="i${k}">` : r === 1 ? `</${tag}>` : texts[random(texts.length)];
      }
      if (expectSameDocument(html)) {
        direct++;
        if (/&(nbsp|amp|lt);/.test(html)) directWithEntities++;
      }
    }
    // Both paths are exercised, the direct one with escaped characters.
    expect(direct).toBeGreaterThan(200);
    expect(direct).toBeLessThan(395);
    expect(directWithEntities).toBeGreaterThan(100);
  });

  it('falls back to re-parsing where htmlparser2 would reshape the tree', () => {
    expect(parseHtml('<p>plain &amp; simple</p>').direct).toBe(true);
    expect(parseHtml('<button><input>x</button>').direct).toBe(false);
    expect(parseHtml('<bgsound><p>x</p>').direct).toBe(false);
  });
});
