// Extracts the article of a news page: metadata clues from the whole page, then the main
// content (Readability, with fallbacks and junk-block removal) as paragraphs. It does not decode bytes or decide metadata.
import { Readability } from "@mozilla/readability";
import type { MetaClue } from "../../../doc/model.js";
import { collectBlocks } from "./blocks.js";
import { type DomDocument, type DomElement, parseDocument } from "./dom.js";
import { collectPageClues } from "./page-clues.js";

export interface HtmlArticle {
  title: string | null;
  paragraphs: string[];
  clues: MetaClue[];
}

export function extractHtmlArticle(html: string, url?: string | null): HtmlArticle {
  void url;
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
    if (result?.content) paragraphs = collectBlocks(result.content).map((b) => b.text);
  } catch {
    paragraphs = [];
  }
  return { title, paragraphs, clues };
}
