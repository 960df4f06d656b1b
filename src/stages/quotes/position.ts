// Where a quotation stands in its sentence and paragraph (opens it, ends with punctuation, a heading),
// as the attribution rules ask. It reads marks and spans only, never speakers.
import type { Span } from "../../doc/model.js";
import type { Piece, Quotation, QuoteContext } from "./types.js";

/** Only punctuation, dashes and spaces: what may stand before a quotation that opens its sentence. */
const ONLY_PUNCTUATION = /^[\s\p{P}\p{S}]*$/u;
/** Punctuation that ends a complete quoted utterance ("...," she said; "...?" he asked). */
const UTTERANCE_END = /[,.!?\u2026\u2014\u2013-]$/u;
const AFTER_CLOSE = /^[,\u2014\u2013]/u;
const BEFORE_OPEN = /[,:][ \u00a0]*$/u;
const SENTENCE_END = /[.!?:"'\u201d\u2019\u00bb)]\s*$/u;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** A paragraph this short that does not end like a sentence is a heading ("– 'Turn to the East' –"). */
const HEADING_MAX_WORDS = 8;

export const wordCount = (text: string): number => text.match(WORD)?.length ?? 0;

/** True when nothing but punctuation stands between the start of the piece's sentence and its opening mark. */
export function opensSentence(piece: Piece, ctx: QuoteContext): boolean {
  return ONLY_PUNCTUATION.test(ctx.body.slice(ctx.sentenceAt(piece.open).start, piece.open));
}

/**
 * True when a quotation reads as a complete utterance rather than a phrase inside a sentence: it opens its
 * sentence or follows a comma or colon, or its words end with punctuation, or a comma follows it.
 */
export function isUtterance(quotation: Quotation, ctx: QuoteContext): boolean {
  const { first, last } = quotation;
  if (opensSentence(first, ctx) || BEFORE_OPEN.test(ctx.body.slice(Math.max(0, first.open - 3), first.open))) return true;
  if (last.close === null) return true;
  return UTTERANCE_END.test(ctx.body.slice(last.start, last.close)) || AFTER_CLOSE.test(ctx.body.slice(last.close + 1, last.close + 2));
}

/** True when a paragraph is a short line that does not end like a sentence: a heading or a caption. */
export function isHeading(paragraph: Span, ctx: QuoteContext): boolean {
  const text = ctx.body.slice(paragraph.start, paragraph.end);
  return wordCount(text) <= HEADING_MAX_WORDS && !SENTENCE_END.test(text);
}
