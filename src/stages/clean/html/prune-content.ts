// Removes page furniture that Readability keeps inside the article element: figures and captions,
// share bars, newsletter boxes, related-story rails, bylines, ad slots, named by tag or class/id words.
// It does not judge text; it never removes an element holding most of the article.
import { type DomElement, isElement } from "./dom.js";

/** Tags whose content is never article text. */
export const JUNK_TAGS = new Set(["figure", "figcaption", "nav", "aside", "footer", "form", "menu", "dialog"]);
/**
 * Words of class and id names (split on "-", "_", spaces and camelCase) that mark furniture.
 * Chosen by measurement on the extraction benchmark: each word's blocks held far more
 * non-article than article text across several outlets. Re-run eval/extraction-dev.mjs after changes.
 */
export const JUNK_WORDS = new Set([
  "caption", "captions", "credit", "credits", "gallery", "slideshow", "carousel", "lightbox",
  "share", "sharing", "sharebar", "social", "newsletter", "newsletters", "signup", "subscribe", "subscription",
  "related", "recommended", "recommendations", "promo", "promos", "trending", "popular", "outbrain", "taboola",
  "byline", "bio", "breadcrumb", "breadcrumbs", "print", "rail", "sidebar", "advert", "advertisement",
  "ad", "ads", "sponsor", "sponsored", "comments", "tags", "cta", "disclaimer", "timestamp", "dateline", "toolbar",
]);
/** An element holding at least this share of the article's text is the article, whatever its name. */
const MAX_REMOVED_SHARE = 0.5;

const NAME_SPLIT = /[\s_\-:]+|(?<=[a-z])(?=[A-Z])/;

export function pruneContent(root: DomElement): void {
  const total = textLength(root);
  const doomed: DomElement[] = [];
  collect(root, doomed, total);
  for (const element of doomed) element.remove();
}

function collect(element: DomElement, doomed: DomElement[], total: number): void {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (isElement(child) && isFurniture(child) && !holdsMostText(child, total)) doomed.push(child);
    else collect(child, doomed, total);
  }
}

function holdsMostText(element: DomElement, total: number): boolean {
  return total > 0 && textLength(element) / total >= MAX_REMOVED_SHARE;
}

function isFurniture(element: DomElement): boolean {
  if (JUNK_TAGS.has(element.localName)) return true;
  const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
  if (names.length <= 1) return false;
  for (const word of names.split(NAME_SPLIT)) if (word && JUNK_WORDS.has(word.toLowerCase())) return true;
  return false;
}

function textLength(element: DomElement): number {
  return (element.textContent ?? "").replace(/\s+/g, "").length;
}
