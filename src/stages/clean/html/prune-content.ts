// Removes furniture Readability keeps inside the article (figures, captions, share bars, newsletter boxes, rails, bylines, ad slots) by tag or class/id word.
// It does not judge text, and never removes an element holding most of the article.
import { type DomElement, isElement, walk } from "./dom.js";

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
  "ad", "ads", "sponsor", "sponsored", "comments", "tags", "cta", "timestamp", "dateline", "toolbar",
  // hover cards and overlays hidden by CSS, which a DOM without styles shows as text
  "rollover", "popover", "popup", "tooltip", "hovercard", "modal",
  // the standfirst under the headline restates the story; it is not part of the body text
  "dek", "standfirst", "subheadline",
]);
/** An element holding at least this share of the article's text is the article, whatever its name. */
const MAX_REMOVED_SHARE = 0.5;

const SPACES = /\s+/g;
const NAME_SPLIT = /[\s_\-:]+|(?<=[a-z])(?=[A-Z])/;

export function pruneContent(root: DomElement): void {
  const total = textLength(root);
  const doomed: DomElement[] = [];
  collect(root, doomed, total);
  for (const element of doomed) element.remove();
}

function collect(root: DomElement, doomed: DomElement[], total: number): void {
  walk(root, (node) => {
    if (!isElement(node)) return "skip";
    if (isFurniture(node) && !holdsMostText(node, total)) {
      doomed.push(node);
      return "skip";
    }
    return "enter";
  });
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
  return (element.textContent ?? "").replace(SPACES, "").length;
}
