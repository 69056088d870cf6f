import { parseHTML } from 'linkedom';
import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';

type P5Document = DefaultTreeAdapterMap['document'];
type P5ParentNode = DefaultTreeAdapterMap['parentNode'];
type P5ChildNode = DefaultTreeAdapterMap['childNode'];
type P5Element = DefaultTreeAdapterMap['element'];

/**
 * Elements whose raw-text content would be re-parsed as markup by linkedom
 * (saved pages inline whole iframe documents there) and never hold policy text.
 */
const RAW_TEXT = new Set(['iframe', 'noscript', 'noembed', 'noframes', 'xmp', 'script', 'style', 'template', 'textarea']);

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/*
 * linkedom parses with htmlparser2, which is not an HTML5 parser. The direct
 * build below reproduces what htmlparser2 makes of `serialize(tree)` for every
 * tree it can rebuild exactly; the rules of htmlparser2 that would reshape a
 * serialized tree are listed here, and a tree that meets one of them takes the
 * serialize + re-parse path instead.
 */
const P_TAG = new Set(['p']);
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
/** htmlparser2's `openImpliesClose`: opening the key closes an open parent of these names. */
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((name) => [name, P_TAG] as [string, Set<string>]),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((name) => [name, FORM_TAGS] as [string, Set<string>]),
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ...[
    'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
    'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul',
  ].map((name) => [name, P_TAG] as [string, Set<string>]),
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
]);
/** Void in htmlparser2: closed as soon as opened, whatever follows. */
const HP2_VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** Void in parse5's serializer but not in htmlparser2 (what follows would become its children). */
const P5_ONLY_VOID = new Set(['bgsound']);
/** htmlparser2 reads these as text up to their end tag; parse5 may give them child elements. */
const HP2_TEXT_ONLY = new Set(['title', 'script', 'style', 'textarea', 'xmp']);

function isElement(node: P5ChildNode): node is P5Element {
  return 'tagName' in node;
}

/** The attribute name as parse5's serializer writes it. */
function attributeName(attr: P5Element['attrs'][number]): string {
  if (!attr.namespace) return attr.name;
  if (attr.namespace === XML_NS) return `xml:${attr.name}`;
  if (attr.namespace === XMLNS_NS) return attr.name === 'xmlns' ? 'xmlns' : `xmlns:${attr.name}`;
  if (attr.namespace === XLINK_NS) return `xlink:${attr.name}`;
  return `${attr.prefix}:${attr.name}`;
}

/**
 * Drops raw-text elements and reports whether the rest can be built
 * directly, i.e. htmlparser2 would read `serialize(tree)` back as this tree.
 */
function dropRawText(node: P5ParentNode, parentName: string): boolean {
  node.childNodes = node.childNodes.filter((child: P5ChildNode) => !RAW_TEXT.has(child.nodeName));
  let direct = true;
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    const name = child.tagName.toLowerCase();
    const hasChildren = child.childNodes.length > 0;
    if (
      OPEN_IMPLIES_CLOSE.get(name)?.has(parentName) ||
      (HP2_VOID.has(name) && (hasChildren || (name === 'br' && child.namespaceURI !== HTML_NS))) ||
      P5_ONLY_VOID.has(name) ||
      name === 'plaintext' ||
      (HP2_TEXT_ONLY.has(name) && child.childNodes.some(isElement)) ||
      !/^[a-z][^\s/>]*$/.test(name) ||
      child.attrs.some((attr) => !/^[^\s/>=]+$/.test(attributeName(attr)))
    ) {
      direct = false;
    }
    if (hasChildren && !dropRawText(child, name)) direct = false;
  }
  return direct;
}

const ESCAPED = /([&<>\u00a0])/;

interface BuildState {
  document: Document;
  ownerSVGElement: Element | null;
}

/**
 * Appends `node` under `parent` with the same calls, in the same order, as
 * linkedom's parser makes for the serialized node (parse-from-string.js).
 */
function build(state: BuildState, parent: Node, node: P5ChildNode): void {
  const { document } = state;
  if (isElement(node)) {
    const name = node.tagName.toLowerCase();
    let element: Element;
    if (state.ownerSVGElement) {
      element = document.createElementNS(SVG_NS, name);
      (element as unknown as { ownerSVGElement: Element }).ownerSVGElement = state.ownerSVGElement;
    } else if (name === 'svg') {
      element = document.createElementNS(SVG_NS, name);
      state.ownerSVGElement = element;
    } else {
      element = document.createElement(name);
    }
    parent.appendChild(element);
    const attributes: Record<string, string> = {};
    for (const attr of node.attrs) {
      const attrName = attributeName(attr);
      if (!Object.prototype.hasOwnProperty.call(attributes, attrName)) attributes[attrName] = attr.value;
    }
    // linkedom's setAttribute puts a new attribute first; its parser appends them in order.
    const names = Object.keys(attributes);
    for (let i = names.length - 1; i >= 0; i--) element.setAttribute(names[i]!, attributes[names[i]!]!);
    if (!HP2_VOID.has(name)) buildChildren(state, element, node.childNodes);
    if (element === state.ownerSVGElement) state.ownerSVGElement = null;
  } else if (node.nodeName === '#comment') {
    parent.appendChild(document.createComment((node as DefaultTreeAdapterMap['commentNode']).data));
  }
}

/**
 * Builds `nodes` under `parent`. Adjacent text nodes (left where a raw-text
 * element was dropped) are serialized as one run, so they become one text.
 */
function buildChildren(state: BuildState, parent: Node, nodes: P5ChildNode[]): void {
  let text = '';
  for (const node of nodes) {
    if (node.nodeName === '#text') {
      text += (node as DefaultTreeAdapterMap['textNode']).value;
      continue;
    }
    if (text) appendText(state.document, parent, text);
    text = '';
    build(state, parent, node);
  }
  if (text) appendText(state.document, parent, text);
}

/** Text as htmlparser2 reports it: every character parse5 escapes becomes a text node of its own. */
function appendText(document: Document, parent: Node, text: string): void {
  for (const part of text.split(ESCAPED)) if (part) parent.appendChild(document.createTextNode(part));
}

/** Builds the linkedom document from the parse5 tree without serializing it. */
function buildDocument(tree: P5Document): Document {
  const document = parseHTML('').document as unknown as Document;
  const state: BuildState = { document, ownerSVGElement: null };
  for (const node of tree.childNodes) {
    if (node.nodeName === '#documentType') {
      // linkedom reads `<!DOCTYPE name>` into `document.doctype = name`.
      (document as unknown as { doctype: string }).doctype = (node as DefaultTreeAdapterMap['documentType']).name.trim();
    } else build(state, document, node);
  }
  return document;
}

/**
 * Parses HTML into a DOM Document for extraction outside the browser.
 * linkedom alone is fast but is not an HTML5 parser (saved pages with several
 * <html>/<body> or inline iframe documents lose their text); parse5 builds the
 * tree a browser would, and linkedom then gives Readability a quick DOM. The
 * linkedom document is built straight from parse5's tree, exactly as linkedom
 * would parse the serialized tree; the few trees htmlparser2 would reshape
 * are serialized and re-parsed, as before.
 */
export function parseHtmlDocument(html: string, options: { direct?: boolean } = {}): Document {
  return parseHtml(html, options).document;
}

/** parseHtmlDocument, also telling whether the document was built directly or re-parsed (for tests). */
export function parseHtml(html: string, { direct = true }: { direct?: boolean } = {}): { document: Document; direct: boolean } {
  const tree = parse(html);
  if (dropRawText(tree, '') && direct) return { document: buildDocument(tree), direct: true };
  return { document: parseHTML(serialize(tree)).document as unknown as Document, direct: false };
}
