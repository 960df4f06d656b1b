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
  setAttribute(name: string, value: string): void;
  hasAttribute(name: string): boolean;
  contains(node: DomNode | null): boolean;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  appendChild(node: DomNode): DomNode;
  replaceWith(...nodes: DomNode[]): void;
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

/** How deeply elements nest under `root` (iterative: pathological pages nest thousands deep). */
export function maxDepth(root: DomElement): number {
  let deepest = 0;
  let depth = 0;
  let node: DomElement | null = root;
  while (node) {
    if (depth > deepest) deepest = depth;
    const child: DomElement | null = node.firstElementChild;
    if (child) {
      node = child;
      depth++;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    if (!node || node === root) break;
    node = node.nextElementSibling;
  }
  return deepest;
}

/** What a `walk` visitor answers on entering a node: go into its children, skip them, or stop the walk. */
export type WalkStep = "enter" | "skip" | "stop";

/**
 * Visits the nodes under `root` in document order without recursion (pages can nest deeper than
 * the call stack). `leave` runs after the children of every node that was entered. The tree must
 * not change during the walk.
 */
export function walk(root: DomNode, enter: (node: DomNode) => WalkStep, leave?: (node: DomNode) => void): void {
  let node: DomNode | null = root.firstChild;
  while (node) {
    const step = enter(node);
    if (step === "stop") return;
    if (step === "enter" && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (step === "enter") leave?.(node);
    while (node) {
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      const parent: DomNode | null = node.parentNode;
      if (!parent || parent === root) return;
      leave?.(parent);
      node = parent;
    }
  }
}
