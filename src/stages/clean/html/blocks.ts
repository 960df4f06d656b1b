// Turns an element tree (Readability's article content) into text blocks, one per paragraph-like
// element, with the features junk rules read. It does not decide which blocks to keep.
import { type DomElement, ELEMENT_NODE, TEXT_NODE, walk } from "./dom.js";

export interface TextBlock {
  /** Whitespace-collapsed text. */
  text: string;
  /** Tag of the nearest block element holding the text ("p", "h2", "li", "div"…). */
  tag: string;
  /** Non-space characters of `text` that sit inside links. */
  linkChars: number;
  /** The nearest block element holding the text. */
  element: DomElement;
}

/** Elements that start a new paragraph. */
const BLOCK_TAGS = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "td", "th", "dt", "dd",
  "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "dl", "table", "tr",
  "tbody", "thead", "tfoot", "figure", "form", "fieldset", "details", "summary", "address", "center", "hr", "caption",
]);
const SKIP_TAGS = new Set(["script", "style", "noscript", "template", "svg", "button", "select", "textarea", "iframe", "object", "video", "audio", "canvas", "input"]);
const SPACE = /\s+/g;

export function collectBlocks(root: DomElement): TextBlock[] {
  const blocks: TextBlock[] = [];
  const open: DomElement[] = [root];
  let parts: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;
  const flush = (block: DomElement): void => {
    if (parts.length === 0) return;
    const text = parts.join("").replace(SPACE, " ").trim();
    const chars = linkChars;
    parts = [];
    linkChars = 0;
    if (text) blocks.push({ text, tag: block.localName, linkChars: chars, element: block });
  };
  walk(
    root,
    (node) => {
      if (node.nodeType === TEXT_NODE) {
        const text = node.textContent ?? "";
        parts.push(text);
        if (linkDepth > 0) linkChars += text.replace(SPACE, "").length;
        return "skip";
      }
      if (node.nodeType !== ELEMENT_NODE) return "skip";
      const tag = (node as DomElement).localName;
      if (SKIP_TAGS.has(tag)) return "skip";
      if (tag === "br") {
        parts.push(" ");
        return "skip";
      }
      if (BLOCK_TAGS.has(tag)) {
        flush(open[open.length - 1] ?? root);
        open.push(node as DomElement);
      }
      if (tag === "a") linkDepth++;
      return "enter";
    },
    (node) => {
      const tag = (node as DomElement).localName;
      if (tag === "a") linkDepth--;
      if (BLOCK_TAGS.has(tag)) {
        flush(node as DomElement);
        open.pop();
      }
    },
  );
  flush(root);
  return blocks;
}

/** Share of a block's non-space characters that are link text (0–1). */
export function linkDensity(block: TextBlock): number {
  const chars = block.text.replace(SPACE, "").length;
  return chars === 0 ? 0 : Math.min(1, block.linkChars / chars);
}
