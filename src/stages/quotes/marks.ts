// Finds quotations by pairing quotation marks (straight, typographic, low-9, guillemets) per paragraph, joining one that runs on into
// the next paragraph. Says nothing about speakers; apostrophes, foot and inch marks and nicknames are not quotations.
import type { Span } from "../../doc/model.js";
import { wordCount } from "./position.js";
import type { Piece, Quotation } from "./types.js";

type MarkClass = "double" | "single";

interface Open {
  mark: string;
  at: number;
}

/** The closing marks each opening mark accepts (English, German „…“, French «…», Danish »…«, Swedish ”…”). */
const CLOSERS: Record<string, string> = {
  "\u201c": "\u201d", // “ → ”
  "\u201e": "\u201c\u201d", // „ → “ or ”
  "\u201d": "\u201d", // ” … ” (Swedish, or a sloppy opener)
  "\u00ab": "\u00bb", // « → »
  "\u00bb": "\u00ab\u00bb", // » → « (Danish, German) or »
  "\u2039": "\u203a", // ‹ → ›
  "\u203a": "\u2039", // › → ‹
  '"': '"',
  "\u2018": "\u2019", // ‘ → ’
  "\u201a": "\u2018\u2019", // ‚ → ‘ or ’
  "'": "'",
};
const CLASS: Record<string, MarkClass> = {
  "\u201c": "double", "\u201e": "double", "\u201d": "double", "\u00ab": "double", "\u00bb": "double", '"': "double",
  "\u2039": "single", "\u203a": "single", "\u2018": "single", "\u201a": "single", "'": "single", "\u2019": "single",
};
const MARKS = /["'\u00ab\u00bb\u2018\u2019\u201a\u201c\u201d\u201e\u2039\u203a]/g;
/** What may stand before an opening mark: nothing, a space, an opening bracket, a dash or slash, another mark. */
const LEFT_FLANK = /[\s([{\u2014\u2013\-/"'\u00ab\u00bb\u2018\u201a\u201c\u201e\u2039]/u;
/** What may follow a closing mark: nothing, a space, punctuation, a closing bracket, a dash, another mark. */
const RIGHT_FLANK = /[\s.,;:!?)\]}\u2026\u2014\u2013\-"'\u00bb\u00ab\u2019\u201d\u201c\u203a]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Elisions that start with an apostrophe: '90s, 'n', 'em, 'tis, 'cause. */
const ELISION = /['\u2018\u2019](?:\d\d?s?\b|n['\u2019]|em\b|tis\b|cause\b|til\b)/uy;
const SPACE = /\s/u;
const DIGIT = /\d/u;
/** A nickname between a given name and a surname: Alexei "the Fox" Ivanov. */
const NAME_BEFORE = /\p{Lu}[\p{L}'’.-]*[ \u00a0]$/u;
const NAME_AFTER = /^[ \u00a0]\p{Lu}/u;
/** The most words a nickname has; longer quoted stretches between capitals are quotations. */
const NICKNAME_MAX_WORDS = 3;
const HAS_WORD = /[\p{L}\p{N}]/u;
/** Inner punctuation that belongs to the attribution, not to the quoted words ("...," she said). */
const TRAILING_PUNCTUATION = /[\s,;:]+$/u;
const LEADING_SPACE = /^\s+/u;

const isSpace = (ch: string) => ch === "" || SPACE.test(ch);

/** Pairs the marks of one paragraph; returns its top-level pieces, the last one possibly unclosed. */
function scanParagraph(body: string, paragraph: Span, index: number): Piece[] {
  const pieces: Piece[] = [];
  const stack: Open[] = [];
  const text = body.slice(paragraph.start, paragraph.end);
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const mark = m[0];
    const at = paragraph.start + m.index;
    const prev = m.index > 0 ? text.charAt(m.index - 1) : "";
    const next = text.charAt(m.index + 1);
    const leftFlank = prev === "" || LEFT_FLANK.test(prev);
    const rightFlank = next === "" || RIGHT_FLANK.test(next);
    const closing = findOpener(stack, mark);
    ELISION.lastIndex = m.index;
    if (ELISION.test(text)) continue;
    if (closing >= 0 && isCloser(mark, prev, next, rightFlank)) {
      const opener = stack[closing]!;
      stack.length = closing;
      if (closing === 0) pushPiece(body, pieces, { open: opener.at, close: at, innerEnd: at, paragraph: index });
      continue;
    }
    if (isOpener(mark, prev, next, leftFlank)) stack.push({ mark, at });
  }
  const unclosed = stack[0];
  if (unclosed) pushPiece(body, pieces, { open: unclosed.at, close: null, innerEnd: paragraph.end, paragraph: index });
  return pieces;
}

/** The depth of the innermost open mark that `mark` can close, or -1. */
function findOpener(stack: readonly Open[], mark: string): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    if (CLOSERS[stack[i]!.mark]?.includes(mark)) return i;
  }
  return -1;
}

function isCloser(mark: string, prev: string, next: string, rightFlank: boolean): boolean {
  if (isSpace(prev) && !rightFlank) return false; // ` "word`: an opener, not a closer
  // A single mark inside a word is an apostrophe (don't, Russia's), even with a quotation open.
  if (CLASS[mark] === "single" && LETTER_OR_DIGIT.test(next)) return false;
  return true;
}

function isOpener(mark: string, prev: string, next: string, leftFlank: boolean): boolean {
  if (isSpace(next)) return mark === "\u00ab" || mark === "\u2039"; // « Jamais » keeps its spaces
  if (DIGIT.test(prev)) return false; // 5'10", 12": foot and inch marks
  if (mark === "\u2019") return false; // ’ opens nothing: an apostrophe or an orphan closer
  if (mark === "'") return leftFlank && LETTER_OR_DIGIT.test(next);
  return leftFlank || mark === "\u201c" || mark === "\u201e" || mark === "\u00ab";
}

/** Adds the words between an opening mark and `innerEnd` (its closing mark or the paragraph's end), trimmed. */
function pushPiece(body: string, pieces: Piece[], marks: { open: number; close: number | null; innerEnd: number; paragraph: number }): void {
  const { open, close, innerEnd, paragraph } = marks;
  const innerStart = open + 1;
  const inner = body.slice(innerStart, innerEnd);
  const start = innerStart + (LEADING_SPACE.exec(inner)?.[0].length ?? 0);
  const end = innerEnd - (TRAILING_PUNCTUATION.exec(inner)?.[0].length ?? 0);
  if (end <= start || !HAS_WORD.test(body.slice(start, end))) return;
  pieces.push({ start, end, open, close, paragraph });
}

/** A short quoted stretch between a given name and a surname is a nickname, not a quotation. */
function isNickname(body: string, piece: Piece): boolean {
  if (piece.close === null) return false;
  return wordCount(body.slice(piece.start, piece.end)) <= NICKNAME_MAX_WORDS &&
    NAME_BEFORE.test(body.slice(Math.max(0, piece.open - 40), piece.open)) &&
    NAME_AFTER.test(body.slice(piece.close + 1, piece.close + 3));
}

/**
 * Every quotation of the body in document order. A quotation whose paragraph ends before its closing mark
 * runs on into the next paragraph when that paragraph opens with a quotation mark (the newspaper convention);
 * an opening mark that is never closed otherwise is dropped.
 */
export function findQuotations(body: string, paragraphs: readonly Span[]): Quotation[] {
  const perParagraph = paragraphs.map((p, i) => scanParagraph(body, p, i).filter((piece) => !isNickname(body, piece)));
  const quotations: Quotation[] = [];
  const continued = new Set<Piece>();
  perParagraph.forEach((pieces) => {
    for (const piece of pieces) {
      if (continued.has(piece)) continue;
      const chain = [piece];
      for (let last = piece; last.close === null; ) {
        const following = opensParagraph(body, paragraphs, perParagraph, last.paragraph + 1);
        if (!following) break;
        chain.push(following);
        continued.add(following);
        last = following;
      }
      if (chain.length === 1 && piece.close === null) continue;
      quotations.push({ index: quotations.length, pieces: chain, first: piece, last: chain.at(-1) ?? piece });
    }
  });
  return quotations;
}

/** The first piece of paragraph `index` when the paragraph opens with its quotation mark. */
function opensParagraph(body: string, paragraphs: readonly Span[], perParagraph: readonly Piece[][], index: number): Piece | null {
  const paragraph = paragraphs[index];
  const first = perParagraph[index]?.[0];
  if (!paragraph || !first) return null;
  return body.slice(paragraph.start, first.open).trim() === "" ? first : null;
}
