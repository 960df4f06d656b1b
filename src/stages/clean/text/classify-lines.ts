// Judges each line of a plain-text scrape: article prose, heading, or page furniture
// (menus, date lines, bylines, share prompts, credits, related-link tails). Features only:
// length, punctuation, position, list shape, repetition and the phrase lexicon; never a page's words.
import { isDateLine } from "../../../lib/page-date.js";
import { parseByline } from "./byline.js";
import { CREDIT_MARK, EDITOR_LINE, PHRASE_MATCHERS, type PhraseKind } from "./lexicon.js";

export type LineKind =
  | "blank" | "prose" | "short" | "listItem" | "pipeList" | "place"
  | "date" | "byline" | "editor" | "credit" | "caption" | PhraseKind;

export interface Line {
  index: number;
  /** Trimmed, inner white space collapsed. */
  text: string;
  kind: LineKind;
  words: number;
  zone: "header" | "body" | "tail";
}

/** A line this long or longer with sentence punctuation is article prose (calibrated on our examples: menus and headlines stay under it). */
const PROSE_MIN_WORDS = 8;
/** A line of this many words is prose even without final punctuation (a paragraph cut by the scrape). */
const PROSE_WITHOUT_STOP_WORDS = 40;
/** A tail marker ends the article only when at least this share of the prose stands before it. */
const TAIL_MIN_PROSE_SHARE = 0.6;
/** Share of a line's words found in a credit line at which it repeats it: the alt text of the same picture. */
const CAPTION_OVERLAP = 0.5;

const SENTENCE_END = /[.!?…]["'”’»)\]]*$|[.!?…]\s*["'”’»]$/u;
/** A numbered or bulleted line; one of at most five words (number included) is a list item. */
const LIST_ITEM = /^(?:\d{1,2}[.)]|[-*•·▪►>])\s+\S/u;
const PLACE_LINE = /^[|│]\s*\p{Lu}[\p{L} .'’-]{1,40}$/u;

const FURNITURE: ReadonlySet<LineKind> = new Set<LineKind>([
  "pipeList", "place", "date", "byline", "editor", "credit", "caption",
  "loading", "navigation", "languagePicker", "share", "tailMarker", "copyright", "cookie",
]);

/** Lines that are page furniture wherever they stand. */
export function isFurniture(kind: LineKind): boolean {
  return FURNITURE.has(kind);
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function classifyLine(text: string): LineKind {
  if (!text) return "blank";
  const words = countWords(text);
  if (words <= 12) {
    for (const { kind, pattern } of PHRASE_MATCHERS) if (pattern.test(text)) return kind;
  }
  if (isDateLine(text)) return "date";
  if (words <= 25 && EDITOR_LINE.test(text)) return "editor";
  if (words <= 25 && parseByline(text)) return "byline";
  if ((text.match(/\s[|│]\s?|\s?[|│]\s/g)?.length ?? 0) >= 2) return "pipeList";
  if (PLACE_LINE.test(text)) return "place";
  if (words <= 5 && LIST_ITEM.test(text)) return "listItem";
  const endsSentence = SENTENCE_END.test(text);
  if (!endsSentence && words <= 40 && CREDIT_MARK.test(text)) return "credit";
  if ((endsSentence && words >= PROSE_MIN_WORDS) || words >= PROSE_WITHOUT_STOP_WORDS) return "prose";
  return "short";
}

function contentWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
}

/** How much of `line` stands in `other` (containment, not Jaccard: a caption's credit adds words). */
function containment(line: Set<string>, other: Set<string>): number {
  let shared = 0;
  for (const w of line) if (other.has(w)) shared++;
  return shared / Math.max(1, line.size);
}

const STARTS_LOWER = /^\p{Ll}/u;

/** Lines of a hard-wrapped paragraph (one cut mid-sentence, the next going on in lower case) are one line. */
function unwrap(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/[\s\u00a0\u200b]+/g, " ").trim();
    const previous = lines.at(-1);
    if (previous && line && !SENTENCE_END.test(previous) && STARTS_LOWER.test(line)) lines[lines.length - 1] = `${previous} ${line}`;
    else lines.push(line);
  }
  return lines;
}

/** Classifies every line and places it in the header, body or tail zone. */
export function classifyLines(text: string): Line[] {
  const lines: Line[] = unwrap(text).map((line, index) => ({ index, text: line, kind: classifyLine(line), words: countWords(line), zone: "body" }));
  markCaptions(lines);
  markListRuns(lines);
  assignZones(lines);
  return lines;
}

/** A short line that repeats most words of a credit line is the picture's caption or alt text. */
function markCaptions(lines: Line[]): void {
  const credits = lines.filter((l) => l.kind === "credit").map((l) => contentWords(l.text));
  if (!credits.length) return;
  for (const line of lines) {
    if (line.kind !== "short") continue;
    const words = contentWords(line.text);
    if (credits.some((c) => containment(words, c) >= CAPTION_OVERLAP)) line.kind = "caption";
  }
}

/** Two or more short list items in a row are a menu. A lone one stays content. */
function markListRuns(lines: Line[]): void {
  const content = lines.filter((l) => l.kind !== "blank");
  for (let i = 0; i < content.length; i++) {
    const line = content[i]!;
    if (line.kind !== "listItem") continue;
    const neighbour = content[i - 1]?.kind === "listItem" || content[i + 1]?.kind === "listItem" ||
      content[i - 1]?.kind === "navigation" || content[i + 1]?.kind === "navigation";
    line.kind = neighbour ? "navigation" : "short";
  }
}

/**
 * The body runs from the first prose line to the last prose line before a tail marker
 * (related links, "Previous Post", comment prompts) that follows most of the prose.
 */
function assignZones(lines: Line[]): void {
  const prose = lines.filter((l) => l.kind === "prose");
  if (!prose.length) return;
  const totalProse = prose.reduce((n, l) => n + l.words, 0);
  let proseBefore = 0;
  let cut = lines.length;
  for (const line of lines) {
    if (line.kind === "prose") proseBefore += line.words;
    if (line.kind === "tailMarker" && proseBefore >= totalProse * TAIL_MIN_PROSE_SHARE) {
      cut = line.index;
      break;
    }
  }
  const first = prose[0]!.index;
  const last = prose.filter((l) => l.index < cut).at(-1)?.index ?? first;
  for (const line of lines) line.zone = line.index < first ? "header" : line.index > last ? "tail" : "body";
}
