// Extracts a news page's metadata clues, then its main content (Readability, a container fallback, furniture and junk removal) as paragraphs.
// It does not decode bytes, parse clue values or decide the metadata: the meta stage does.
import { Readability } from "@mozilla/readability";
import type { MetaClue } from "../../../doc/model.js";
import { collectBlocks, type TextBlock } from "./blocks.js";
import { type DomDocument, type DomElement, maxDepth, parseDocument } from "./dom.js";
import { countWords, removeJunkBlocks } from "./junk-blocks.js";
import { normalizeForMatch, normalizeUrl, type PageInfo } from "./junk/rule.js";
import { liftEmbeds } from "./lift-embeds.js";
import { collectPageClues } from "./page-clues.js";
import { pruneContent } from "./prune-content.js";
import { markRelatedSections, removeRelatedSections } from "./related-sections.js";

/**
 * Below this many words Readability has found next to nothing, and the article containers
 * (articleBody, <article>, <main>, …) are tried too. Calibrated on the extraction benchmark: at 80
 * a paywalled page's ~60-word teaser was swapped for a container full of furniture (F1 −0.001).
 */
const MIN_ARTICLE_WORDS = 25;
/** A fallback container replaces Readability's pick only when it yields this many times more words. */
const FALLBACK_GAIN = 1.5;
/**
 * Readability slows down steeply with nesting depth on linkedom (2 s at 1,000 levels, minutes
 * at 5,000); real news pages nest under ~150. Deeper pages go straight to the container fallback.
 */
const MAX_READABILITY_DEPTH = 400;
/** Containers named for the article body, tried in order of how reliably they hold only the story. */
const FALLBACK_SELECTORS = [
  '[itemprop="articleBody"]',
  ".article-body, .article__body, .articleBody, .article-content, .story-body, .story-content, .entry-content, .post-content, .post-body, #article-body, #articleBody",
  "article",
  'main, [role="main"]',
];
/** Last resort for pages Readability cannot take: the whole body, through the same junk rules. */
const LAST_RESORT_SELECTOR = "body";

/** Readability is typed against the DOM lib, which this project does not load; linkedom's document fits at run time. */
type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

export interface HtmlArticle {
  title: string | null;
  paragraphs: string[];
  clues: MetaClue[];
}

export function extractHtmlArticle(html: string, url?: string | null): HtmlArticle {
  const source = typeof html === "string" ? html : "";
  let document: DomDocument;
  try {
    document = parseDocument(source);
  } catch {
    return { title: null, paragraphs: [], clues: [] };
  }
  let clues: MetaClue[] = [];
  try {
    clues = collectPageClues(document);
  } catch {
    clues = [];
  }
  let title: string | null = null;
  let blocks: TextBlock[] = [];
  try {
    liftEmbeds(document);
    markRelatedSections(document);
    if (document.documentElement && maxDepth(document.documentElement) > MAX_READABILITY_DEPTH) {
      blocks = extractFromContainers(document, pageInfo(null, clues, url ?? null), true);
    } else {
      const result = new Readability<DomElement>(document as unknown as ReadabilityDocument, { keepClasses: true, serializer: (node) => node as unknown as DomElement }).parse();
      title = result?.title?.trim() || null;
      const page = pageInfo(title, clues, url ?? null);
      if (result?.content) blocks = cleanContent(result.content, page);
      if (wordsOf(blocks) < MIN_ARTICLE_WORDS) {
        // Readability has edited the first parse; the containers are read from a fresh one.
        const fresh = parseDocument(source);
        liftEmbeds(fresh);
        markRelatedSections(fresh);
        const fallback = extractFromContainers(fresh, page, false);
        if (wordsOf(fallback) >= Math.max(1, wordsOf(blocks)) * FALLBACK_GAIN) blocks = fallback;
      }
    }
  } catch {
    blocks = [];
  }
  return { title: title ?? firstTitleClue(clues), paragraphs: blocks.map((block) => block.text), clues };
}

/** Furniture removal, then blocks, then the junk rules. */
function cleanContent(root: DomElement, page: PageInfo): TextBlock[] {
  removeRelatedSections(root);
  pruneContent(root);
  return removeJunkBlocks(collectBlocks(root), page);
}

/** The best-filled article container, trying the selectors from the most specific. */
function extractFromContainers(document: DomDocument, page: PageInfo, orWholeBody: boolean): TextBlock[] {
  const selectors = orWholeBody ? [...FALLBACK_SELECTORS, LAST_RESORT_SELECTOR] : FALLBACK_SELECTORS;
  let best: TextBlock[] = [];
  for (const selector of selectors) {
    for (const element of Array.from(document.querySelectorAll(selector))) {
      const blocks = cleanContent(element, page);
      if (wordsOf(blocks) > wordsOf(best)) best = blocks;
    }
    if (wordsOf(best) >= MIN_ARTICLE_WORDS) return best;
  }
  return best;
}

function wordsOf(blocks: readonly TextBlock[]): number {
  let words = 0;
  for (const block of blocks) words += countWords(block.text);
  return words;
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

function firstTitleClue(clues: readonly MetaClue[]): string | null {
  return clues.find((clue) => clue.field === "title")?.value ?? null;
}
