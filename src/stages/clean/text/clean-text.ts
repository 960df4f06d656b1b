// Cleans a plain-text scrape: keeps the article's paragraphs, headings and quotes, drops
// page furniture, and turns what the furniture says (title, outlet, date, bylines) into clues.
import type { MetaClue } from "../../../doc/model.js";
import { isDateLine } from "../../../lib/page-date.js";
import { parseBareByline, parseByline } from "./byline.js";
import { classifyLines, isFurniture, type Line } from "./classify-lines.js";
import { WIRE_AGENCIES } from "./lexicon.js";

export interface CleanedText {
  paragraphs: string[];
  clues: MetaClue[];
}

/** A masthead line (the outlet's name alone on a line) has at most this many words. */
const MASTHEAD_MAX_WORDS = 4;
/** A headline has between these many words. */
const HEADLINE_WORDS = { min: 2, max: 25 } as const;

const AGENCY_PATTERN = new RegExp(
  `(?:^|[\\s/(,;])(${WIRE_AGENCIES.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?=$|[\\s/),;.])`,
  "u",
);

export function cleanText(text: string): CleanedText {
  const lines = classifyLines(text);
  return { paragraphs: bodyParagraphs(lines), clues: textClues(lines) };
}

/** Every kept line of the body zone is a paragraph (the classifier has re-joined hard-wrapped lines). */
function bodyParagraphs(lines: Line[]): string[] {
  return lines.filter((l) => l.kind !== "blank" && l.zone === "body" && !isFurniture(l.kind)).map((l) => l.text);
}

function textClues(lines: Line[]): MetaClue[] {
  const clues: MetaClue[] = [];
  const add = (field: MetaClue["field"], value: string, key: string, position: number) => {
    const trimmed = value.trim();
    if (trimmed) clues.push({ field, value: trimmed, from: "text", key, position });
  };
  const content = lines.filter((l) => l.kind !== "blank");
  const firstShort = content.find((l) => l.kind === "short" && l.zone === "header");
  const title = headlineOf(content);
  content.forEach((line, order) => {
    switch (line.kind) {
      case "pipeList":
        if (line.zone === "header") headerLineClues(line, add);
        break;
      case "date":
        if (line.zone !== "body" || line.words <= 8) add("date", line.text, "date-line", line.index);
        break;
      case "byline":
        for (const name of parseByline(line.text) ?? []) add("author", name, "byline", line.index);
        break;
      case "credit": {
        const agency = AGENCY_PATTERN.exec(line.text)?.[1];
        if (agency) add("outlet", agency, "credit", line.index);
        break;
      }
      case "copyright": {
        const owner = copyrightOwner(line.text);
        if (owner) add("outlet", owner, "copyright", line.index);
        break;
      }
      case "short": {
        if (line.zone !== "header") break;
        const bare = title && line.index > title.index ? parseBareByline(line.text) : null;
        if (line.words <= MASTHEAD_MAX_WORDS && (line === firstShort || isBesideDate(content, order)) && line !== title) {
          add("outlet", unshout(line.text), "masthead", line.index);
        } else if (line === title) add("title", line.text.replace(/^#+\s*/, ""), "headline", line.index);
        else if (bare) for (const name of bare) add("author", name, "byline", line.index);
        break;
      }
    }
  });
  return clues;
}

/** A page-title line starts with a headline; a menu ("Home | World | Business") has only short items. */
const HEADER_TITLE_MIN_WORDS = 3;

/** "Headline | Section | Tagline | Outlet | 05.06.2012": first part the title, last non-date part the outlet. */
function headerLineClues(line: Line, add: (field: MetaClue["field"], value: string, key: string, position: number) => void): void {
  const parts = line.text.split(/\s*[|│]\s*/).map((p) => p.trim()).filter(Boolean);
  const dates = parts.filter((p) => isDateLine(p));
  const named = parts.filter((p) => !isDateLine(p));
  if (!named[0] || named[0].split(/\s+/).length < HEADER_TITLE_MIN_WORDS) return;
  add("title", named[0], "header-line", line.index);
  if (named.length > 1) add("outlet", unshout(named.at(-1)!), "header-line", line.index);
  for (const date of dates) add("date", date, "header-line", line.index);
}

/** The outlet's name may also stand right beside the date line. */
function isBesideDate(content: Line[], order: number): boolean {
  return content[order - 1]?.kind === "date" || content[order + 1]?.kind === "date";
}

/**
 * The headline: the line repeating the page-title line's headline, else the longest
 * headline-like line above the article. Shouted lines (mastheads, section labels),
 * breadcrumbs ("Europe / Germany") and menus of bare capitalised words are not.
 */
function headlineOf(content: Line[]): Line | null {
  const pageTitle = content.find((l) => l.kind === "pipeList" && l.zone === "header")?.text.split(/\s*[|│]\s*/)[0];
  const repeated = pageTitle && content.find((l) => l.kind === "short" && l.zone === "header" && l.text === pageTitle);
  if (repeated) return repeated;
  let best: Line | null = null;
  for (const line of content) {
    if (line.zone !== "header" || line.kind !== "short") continue;
    if (line.words < HEADLINE_WORDS.min || line.words > HEADLINE_WORDS.max) continue;
    if (isShouted(line.text) || /\s\/\s/.test(line.text) || isCapitalisedList(line.text)) continue;
    if (!best || line.words >= best.words) best = line;
  }
  return best;
}

const isShouted = (text: string) => !/\p{Ll}/u.test(text);

/** "News Europe Business Culture": every word capitalised and no small word between them. */
function isCapitalisedList(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 4 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** "LEVANT DISPATCH" → "Levant Dispatch"; short acronyms ("DW", "BBC") stay as they are. */
function unshout(text: string): string {
  if (!isShouted(text) || text.replace(/[^\p{L}]/gu, "").length <= 5) return text;
  return text.toLowerCase().replace(/(^|[\s&-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

function copyrightOwner(text: string): string | null {
  const owner = text
    .split(/\s[|·•]\s|\.\s/)[0]!
    .replace(/©|ⓒ|\(c\)|copyright/giu, " ")
    .replace(/all rights reserved\.?/giu, " ")
    .replace(/\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b/g, " ")
    .replace(/[\s.,|]+/g, " ")
    .trim();
  return owner && owner.split(" ").length <= 5 ? owner : null;
}
