import { parseHTML } from 'linkedom';
import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

/**
 * Elements whose raw-text content would be re-parsed as markup by linkedom
 * (saved pages inline whole iframe documents there) and never hold policy text.
 */
const RAW_TEXT = new Set(['iframe', 'noscript', 'noembed', 'noframes', 'xmp', 'script', 'style', 'template', 'textarea']);

function dropRawText(node: ParentNode): void {
  node.childNodes = node.childNodes.filter((child: ChildNode) => !RAW_TEXT.has(child.nodeName));
  for (const child of node.childNodes) {
    if ('childNodes' in child) dropRawText(child as ParentNode);
  }
}

/**
 * Parses HTML into a DOM Document for extraction outside the browser.
 * linkedom alone is fast but is not an HTML5 parser (saved pages with several
 * <html>/<body> or inline iframe documents lose their text); parse5 builds the
 * tree a browser would, and linkedom then gives Readability a quick DOM.
 */
export function parseHtmlDocument(html: string): Document {
  const tree = parse(html);
  dropRawText(tree);
  const { document } = parseHTML(serialize(tree));
  return document as unknown as Document;
}
