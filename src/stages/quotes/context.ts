// Builds what every quote rule reads: the quotations, the body with quoted words masked, and sentence
// lookups. It attributes nothing.
import type { Span } from "../../doc/model.js";
import { findQuotations } from "./marks.js";
import { MASK, type Attribution, type Quotation, type QuoteContext } from "./types.js";

/** The body with every quotation, marks included, overwritten by MASK (same length, same offsets). */
function maskQuotations(body: string, quotations: readonly Quotation[]): string {
  const pieces = quotations.flatMap((q) => q.pieces).sort((a, b) => a.open - b.open);
  let masked = "";
  let cursor = 0;
  for (const piece of pieces) {
    const end = piece.close === null ? piece.end : piece.close + 1;
    masked += body.slice(cursor, piece.open) + MASK.repeat(end - piece.open);
    cursor = end;
  }
  return masked + body.slice(cursor);
}

/** The span in `spans` (sorted, disjoint) that holds `offset`, or undefined. */
function spanHolding(spans: readonly Span[], offset: number): Span | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) high = mid - 1;
    else if (offset >= span.end) low = mid + 1;
    else return span;
  }
  return undefined;
}

/** A sentence end the splitter can miss: "... said Lam. “Both countries ...". */
const END_BEFORE_QUOTATION = new RegExp(String.raw`[.!?][ \u00a0]+(?=${MASK})`, "gu");

/** The sentences, each also split where one ends right before a quotation opens. */
function splitBeforeQuotations(sentences: readonly Span[], masked: string): Span[] {
  return sentences.flatMap((sentence) => {
    const parts: Span[] = [];
    let start = sentence.start;
    for (const m of masked.slice(sentence.start, sentence.end).matchAll(END_BEFORE_QUOTATION)) {
      const end = sentence.start + m.index + 1;
      parts.push({ start, end });
      start = end + m[0].length - 1;
    }
    parts.push({ start, end: sentence.end });
    return parts;
  });
}

export function createContext(
  body: string,
  paragraphs: readonly Span[],
  sentences: readonly Span[],
  decisions: ReadonlyMap<Quotation, Attribution>,
): QuoteContext {
  const quotations = findQuotations(body, paragraphs);
  const masked = maskQuotations(body, quotations);
  const split = splitBeforeQuotations(sentences, masked);
  return {
    body,
    masked,
    paragraphs,
    sentences: split,
    quotations,
    sentenceAt: (offset) => spanHolding(split, offset) ?? spanHolding(paragraphs, offset) ?? { start: offset, end: offset },
    decided: (quotation) => decisions.get(quotation),
  };
}
