// Extracts the article of a news page: metadata clues from the whole page, then the main
// content (Readability, with fallbacks and junk-block removal) as paragraphs. It does not decode bytes or decide metadata.
import { Readability } from "@mozilla/readability";
import type { MetaClue } from "../../../doc/model.js";
import { collectBlocks } from "./blocks.js";
import { type DomDocument, type DomElement, parseDocument } from "./dom.js";
import { removeJunkBlocks } from "./junk-blocks.js";
import { normalizeForMatch, normalizeUrl, type PageInfo } from "./junk/rule.js";
import { collectPageClues } from "./page-clues.js";
import { pruneContent } from "./prune-content.js";

export interface HtmlArticle {
  title: string | null;
  paragraphs: string[];
  clues: MetaClue[];
}

export function extractHtmlArticle(html: string, url?: string | null): HtmlArticle {
  let document: DomDocument;
  let clues: MetaClue[] = [];
  try {
    document = parseDocument(html);
    clues = collectPageClues(document);
  } catch {
    return { title: null, paragraphs: [], clues };
  }
  let title: string | null = null;
  let paragraphs: string[] = [];
  try {
    const result = new Readability<DomElement>(document as never, { keepClasses: true, serializer: (node) => node as unknown as DomElement }).parse();
    title = result?.title?.trim() || null;
    if (result?.content) {
      pruneContent(result.content);
      const page = pageInfo(title, clues, url ?? null);
      paragraphs = removeJunkBlocks(collectBlocks(result.content), page).map((b) => b.text);
    }
  } catch {
    paragraphs = [];
  }
  return { title, paragraphs, clues };
}

function pageInfo(title: string | null, clues: readonly MetaClue[], url: string | null): PageInfo {
  const titles = new Set<string>();
  const urls = new Set<string>();
  if (title) titles.add(normalizeForMatch(title));
  if (url) urls.add(normalizeUrl(url));
  for (const clue of clues) {
    if (clue.field === "title" && clue.from === "html-meta") titles.add(normalizeForMatch(clue.value));
    if (clue.field === "url") urls.add(normalizeUrl(clue.value));
  }
  titles.delete("");
  return { titles, urls };
}
