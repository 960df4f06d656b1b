// Parses HTML into a linkedom document, with the few DOM types the clean/html modules use.
// It does not clean or extract anything; the project compiles without the DOM lib, hence these types.
import { parseHTML } from "linkedom";

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly localName: string;
  readonly parentElement: DomElement | null;
  readonly children: ArrayLike<DomElement>;
  readonly firstElementChild: DomElement | null;
  readonly nextElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  appendChild(node: DomNode): DomNode;
  remove(): void;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

/** Tags that belong in <head>; linkedom leaves them after <body> when the page omits the tags. */
const HEAD_TAGS = new Set(["title", "meta", "link", "base", "style", "script", "noscript"]);
const HAS_HTML_TAG = /<html[\s>]/i;

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/**
 * Parses a page. linkedom builds no HTML5 tree: a fragment's first element becomes the
 * document element and an empty string has none, so input without <html> is wrapped, and
 * content left outside <body> (no <body> tag in the source) is moved into it.
 */
export function parseDocument(html: string): DomDocument {
  const source = HAS_HTML_TAG.test(html) ? html : `<html>${html}</html>`;
  let document: DomDocument;
  try {
    document = parseHTML(source).document as unknown as DomDocument;
    if (!document.documentElement) throw new Error("no document element");
  } catch {
    document = parseHTML("<html><head></head><body></body></html>").document as unknown as DomDocument;
  }
  moveStrayNodesIntoBody(document);
  return document;
}

function moveStrayNodesIntoBody(document: DomDocument): void {
  const root = document.documentElement;
  const head = document.head;
  const body = document.body;
  if (!root || !body) return;
  const stray: DomNode[] = [];
  for (let node = root.firstChild; node; node = node.nextSibling) {
    if (node === head || node === body) continue;
    stray.push(node);
  }
  for (const node of stray) {
    const target = head && isElement(node) && HEAD_TAGS.has(node.localName) && !bodyHasContent(body) ? head : body;
    target.appendChild(node);
  }
}

function bodyHasContent(body: DomElement): boolean {
  return body.firstChild !== null;
}
