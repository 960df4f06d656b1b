// Renders an article body with its annotations as styled pieces of text (text nodes only).
// The cutting rule lives in segments.ts; this file only turns segments into elements.
import { h } from "../dom.js";
import { segmentBody, type Annotation } from "./segments.js";

export interface HighlightedBody {
  root: HTMLElement;
  /** Every element showing part of an annotation, in text order. */
  piecesOf: Map<string, HTMLElement[]>;
  /** The annotations covering a piece, innermost first. */
  annotationsAt: (piece: Element) => Annotation[];
}

export function renderHighlightedBody(body: string, annotations: readonly Annotation[]): HighlightedBody {
  const root = h("div", { class: "article-body" });
  const piecesOf = new Map<string, HTMLElement[]>();
  const covering = new WeakMap<Element, Annotation[]>();
  for (const segment of segmentBody(body.length, annotations)) {
    const text = body.slice(segment.start, segment.end);
    if (!segment.annotations.length) {
      root.appendChild(document.createTextNode(text));
      continue;
    }
    const kinds = [...new Set(segment.annotations.map((a) => a.kind))];
    const isFocus = kinds.includes("focus");
    const piece = h(isFocus ? "mark" : "span", {
      class: ["hl", ...kinds.map((kind) => `hl-${kind}`)].join(" "),
      title: segment.annotations.map((a) => a.label).join(" · "),
    }, text);
    covering.set(piece, segment.annotations);
    for (const annotation of segment.annotations) {
      const list = piecesOf.get(annotation.id) ?? [];
      list.push(piece);
      piecesOf.set(annotation.id, list);
    }
    root.appendChild(piece);
  }
  return { root, piecesOf, annotationsAt: (piece) => covering.get(piece) ?? [] };
}
