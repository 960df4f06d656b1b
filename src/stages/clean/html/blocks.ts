// Turns an element tree (Readability's article content) into text blocks, one per paragraph-like
// element, with the features junk rules read. It does not decide which blocks to keep.
import { type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from "./dom.js";

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
  const walker = new BlockWalker();
  walker.walk(root, root, false);
  walker.flush(root);
  return walker.blocks;
}

class BlockWalker {
  readonly blocks: TextBlock[] = [];
  private parts: string[] = [];
  private linkChars = 0;

  walk(node: DomNode, block: DomElement, inLink: boolean): void {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const text = child.textContent ?? "";
        this.parts.push(text);
        if (inLink) this.linkChars += text.replace(SPACE, "").length;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const element = child as DomElement;
      const tag = element.localName;
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === "br") {
        this.parts.push(" ");
      } else if (BLOCK_TAGS.has(tag)) {
        this.flush(block);
        this.walk(element, element, inLink);
        this.flush(element);
      } else {
        this.walk(element, block, inLink || tag === "a");
      }
    }
  }

  flush(block: DomElement): void {
    if (this.parts.length === 0) return;
    const text = this.parts.join("").replace(SPACE, " ").trim();
    const linkChars = this.linkChars;
    this.parts = [];
    this.linkChars = 0;
    if (!text) return;
    this.blocks.push({ text, tag: block.localName, linkChars, element: block });
  }
}

/** Share of a block's non-space characters that are link text (0–1). */
export function linkDensity(block: TextBlock): number {
  const chars = block.text.replace(SPACE, "").length;
  return chars === 0 ? 0 : Math.min(1, block.linkChars / chars);
}
