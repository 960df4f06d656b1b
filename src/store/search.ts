// The half of full-text search that both backends share: the query language (parsed once into
// terms each backend spells in its own syntax), what text is indexed, and snippets → plain text
// with highlight offsets. The SQL of each backend's index lives in its own module.
import type { Highlight, SearchHit } from "./repo.js";

/**
 * The backends mark matches in snippets with these private-use characters, so that a snippet
 * comes back as plain text plus offsets and never as markup. Indexed text never holds them (see
 * indexable), so every marker in a snippet is one the backend put there.
 */
export const MARK_OPEN = "\uE000";
export const MARK_CLOSE = "\uE001";
const MARKS = /[\uE000\uE001]/g;
/** Words of context in a snippet: about two lines of text. */
export const SNIPPET_WORDS = 24;
/** A title's words count this many times a text's in the ranking. */
export const TITLE_WEIGHT = 2;

/** Text as it is indexed: the snippet markers, should an article contain them, become U+FFFD. */
export const indexable = (text: string) => text.replace(MARKS, "\uFFFD");

/** One term of a query: words that must occur in this order (a phrase, or one word), the last maybe as a prefix. */
export interface SearchTerm {
  /** The words as the user wrote them, punctuation and all: each backend's tokenizer splits them as it splits the text. */
  text: string;
  prefix: boolean;
}

/**
 * A user's query as terms, so that no input is a syntax error: every word must occur,
 * "double quotes" keep a phrase, a trailing * matches a prefix, and operators and special
 * characters of any backend are plain words. [] when the query has no word to look for.
 */
export function parseSearchQuery(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const match of query.matchAll(/"([^"]*)"|(\S+)/g)) {
    const phrase = match[1] !== undefined;
    const raw = match[1] ?? match[2] ?? "";
    const prefix = !phrase && /[\p{L}\p{N}]\*+$/u.test(raw);
    const text = prefix ? raw.replace(/\*+$/, "") : raw;
    if (/[\p{L}\p{N}]/u.test(text)) terms.push({ text, prefix });
  }
  return terms;
}

/** A snippet with the backend's markers → its plain text and the offsets of the matches. */
function parseSnippet(marked: string): { snippet: string; highlights: Highlight[] } {
  let snippet = "";
  let open = -1;
  const highlights: Highlight[] = [];
  for (const part of marked.split(/([\uE000\uE001])/)) {
    if (part === MARK_OPEN) open = snippet.length;
    else if (part === MARK_CLOSE) {
      if (open >= 0 && snippet.length > open) highlights.push({ start: open, end: snippet.length });
      open = -1;
    } else snippet += part;
  }
  return { snippet, highlights };
}

/**
 * A match as both backends' search queries return it: the hit's fields, its snippet still with
 * MARK_OPEN/MARK_CLOSE around matches ("…" where the text was cut), and the quote's columns (null for a body).
 */
export type SearchRow = Pick<SearchHit, "kind" | "docId" | "title" | "published" | "score" | "snippet"> & {
  position: number;
  speaker: string | null;
  /** The quote's flag, 1 or 0. */
  direct: number | null;
  start: number | null;
  end: number | null;
};

export function toSearchHit(row: SearchRow): SearchHit {
  return {
    kind: row.kind,
    docId: row.docId,
    title: row.title,
    published: row.published,
    score: Number(row.score.toPrecision(6)),
    ...parseSnippet(row.snippet),
    ...(row.kind === "quote" && row.start !== null && row.end !== null
      ? { quote: { position: row.position, speaker: row.speaker, direct: row.direct === 1, start: row.start, end: row.end } }
      : {}),
  };
}
