// Collects metadata clues (title, outlet, authors, dates, url, language, section) from a parsed
// page in document order: <meta>, <link>, <title>, <h1>, <time>, bylines and JSON-LD. It does not parse or weigh values.
import type { ClueField, ClueOrigin, MetaClue } from "../../../doc/model.js";
import { type DomDocument, type DomElement, isElement, walk } from "./dom.js";
import { readJsonLd, type PageClue } from "./json-ld.js";

/** Bylines longer than this are bios or teasers, not names. */
const MAX_BYLINE_LENGTH = 120;
/** Class-matched bylines beyond this many are usually comment or teaser authors further down. */
const MAX_BYLINE_CLUES = 6;
/** Values longer than this are descriptions, not titles or names. */
const MAX_VALUE_LENGTH = 400;
/** A <time> without datetime whose text is longer than this is not a date. */
const MAX_TIME_TEXT_LENGTH = 80;

interface MetaRule {
  field: ClueField;
  /** Values that are URLs (article:author on many sites) say nothing about the field. */
  rejectUrl?: boolean;
}

/** <meta name|property|http-equiv> keys, lower-cased, and the field they hint at. */
const META_RULES = new Map<string, MetaRule>([
  ["og:title", { field: "title" }],
  ["twitter:title", { field: "title" }],
  ["dc.title", { field: "title" }],
  ["parsely-title", { field: "title" }],
  ["sailthru.title", { field: "title" }],
  ["og:site_name", { field: "outlet" }],
  ["application-name", { field: "outlet" }],
  ["publisher", { field: "outlet" }],
  ["dc.publisher", { field: "outlet" }],
  ["dcterms.publisher", { field: "outlet" }],
  ["author", { field: "author", rejectUrl: true }],
  ["article:author", { field: "author", rejectUrl: true }],
  ["dc.creator", { field: "author", rejectUrl: true }],
  ["dcterms.creator", { field: "author", rejectUrl: true }],
  ["citation_author", { field: "author", rejectUrl: true }],
  ["parsely-author", { field: "author", rejectUrl: true }],
  ["sailthru.author", { field: "author", rejectUrl: true }],
  ["byl", { field: "author" }],
  ["article:published_time", { field: "date" }],
  ["og:published_time", { field: "date" }],
  ["article:published", { field: "date" }],
  ["date", { field: "date" }],
  ["pubdate", { field: "date" }],
  ["publishdate", { field: "date" }],
  ["publish-date", { field: "date" }],
  ["publish_date", { field: "date" }],
  ["dc.date", { field: "date" }],
  ["dc.date.issued", { field: "date" }],
  ["dcterms.created", { field: "date" }],
  ["dcterms.issued", { field: "date" }],
  ["dcterms.date", { field: "date" }],
  ["citation_publication_date", { field: "date" }],
  ["citation_date", { field: "date" }],
  ["parsely-pub-date", { field: "date" }],
  ["sailthru.date", { field: "date" }],
  ["originalpublicationdate", { field: "date" }],
  // Modification dates keep their own keys so the meta stage can tell them apart.
  ["article:modified_time", { field: "date" }],
  ["og:updated_time", { field: "date" }],
  ["dcterms.modified", { field: "date" }],
  ["last-modified", { field: "date" }],
  ["og:url", { field: "url" }],
  ["twitter:url", { field: "url" }],
  ["og:locale", { field: "language" }],
  ["content-language", { field: "language" }],
  ["dc.language", { field: "language" }],
  ["article:section", { field: "section" }],
]);

/** itemprop names read from <meta content> and other non-<time> elements. */
const ITEMPROP_FIELDS = new Map<string, ClueField>([
  ["datepublished", "date"],
  ["datecreated", "date"],
  ["datemodified", "date"],
  ["headline", "title"],
]);

const JSON_LD_TYPE = /ld\+json/i;
const SPACES = /\s+/g;
const URL_LIKE = /^(https?:)?\/\//i;
const BYLINE_CLASS = /byline|by-line|author/i;
/** Class names that hold a picture, a bio or follow buttons next to the byline, not the name. */
const NOT_BYLINE_CLASS = /avatar|image|img|photo|picture|thumb|bio|desc|follow|social|twitter|icon|more|list|email/i;
const HAS_LETTER = /\p{L}/u;
/** Elements whose text is never page content or metadata. */
const SKIP_TAGS = new Set(["style", "noscript", "svg", "template", "iframe", "select", "textarea"]);

export function collectPageClues(document: DomDocument): MetaClue[] {
  const collector = new ClueCollector();
  const root = document.documentElement;
  if (!root) return collector.clues;
  collector.visit(root);
  walk(
    root,
    (node) => (isElement(node) && collector.visit(node) ? "enter" : "skip"),
    (node) => collector.leave(node as DomElement),
  );
  return collector.clues;
}

class ClueCollector {
  readonly clues: MetaClue[] = [];
  private readonly seen = new Set<string>();
  private sawTitle = false;
  private sawH1 = false;
  private bylines = 0;

  add(field: ClueField, rawValue: string | null | undefined, from: ClueOrigin, key: string): void {
    if (rawValue === null || rawValue === undefined) return;
    const value = collapse(rawValue);
    if (!value || value.length > MAX_VALUE_LENGTH) return;
    const id = `${field}\u0001${key}\u0001${value}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.clues.push({ field, value, from, key, position: this.clues.length });
  }

  addAll(clues: readonly PageClue[]): void {
    for (const clue of clues) this.add(clue.field, clue.value, clue.from, clue.key);
  }

  /** The element whose byline clue covers the elements inside it (no second clue from them). */
  private bylineElement: DomElement | null = null;

  leave(element: DomElement): void {
    if (element === this.bylineElement) this.bylineElement = null;
  }

  /** Reads the clues an element holds; answers whether its children are worth visiting. */
  visit(element: DomElement): boolean {
    const tag = element.localName;
    if (SKIP_TAGS.has(tag)) return false;
    switch (tag) {
      case "html":
        this.add("language", element.getAttribute("lang") ?? element.getAttribute("xml:lang"), "html-meta", "html[lang]");
        break;
      case "title":
        if (!this.sawTitle) {
          this.sawTitle = true;
          this.add("title", element.textContent, "html-meta", "title");
        }
        return false;
      case "meta":
        this.readMeta(element);
        return false;
      case "link":
        if (hasToken(element.getAttribute("rel"), "canonical")) {
          this.add("url", element.getAttribute("href"), "html-meta", "link[rel=canonical]");
        }
        return false;
      case "script":
        if (JSON_LD_TYPE.test(element.getAttribute("type") ?? "")) this.addAll(readJsonLd([element.textContent ?? ""]));
        return false;
      case "h1":
        if (!this.sawH1) {
          this.sawH1 = true;
          this.add("title", element.textContent, "html-meta", "h1");
        }
        break;
      case "time":
        this.readTime(element);
        break;
      default:
        break;
    }
    const itemprop = element.getAttribute("itemprop");
    if (itemprop) this.readItemprop(element, itemprop.toLowerCase());
    if (tag === "a" && hasToken(element.getAttribute("rel"), "author")) {
      this.add("author", element.textContent, "byline", "a[rel=author]");
    }
    if (!this.bylineElement && this.isByline(element)) {
      this.bylineElement = element;
      this.bylines++;
      this.add("author", element.textContent, "byline", "class:byline");
    }
    return true;
  }

  private readMeta(element: DomElement): void {
    const content = element.getAttribute("content");
    if (content === null) return;
    const itemprop = element.getAttribute("itemprop");
    if (itemprop) this.readItemprop(element, itemprop.toLowerCase());
    for (const attribute of ["property", "name", "http-equiv"]) {
      const name = element.getAttribute(attribute)?.trim().toLowerCase();
      if (!name) continue;
      const rule = META_RULES.get(name);
      if (!rule) continue;
      if (rule.rejectUrl && URL_LIKE.test(content.trim())) continue;
      this.add(rule.field, content, "html-meta", name);
    }
  }

  private readTime(element: DomElement): void {
    const itemprop = element.getAttribute("itemprop")?.toLowerCase();
    const key = element.hasAttribute("pubdate")
      ? "time[pubdate]"
      : itemprop === "datepublished"
        ? "time[itemprop=datePublished]"
        : itemprop === "datemodified"
          ? "time[itemprop=dateModified]"
          : "time";
    const datetime = element.getAttribute("datetime");
    if (datetime !== null && datetime.trim()) {
      this.add("date", datetime, "html-time", key);
      return;
    }
    const text = collapse(element.textContent ?? "");
    if (text.length <= MAX_TIME_TEXT_LENGTH) this.add("date", text, "html-time", `${key}:text`);
  }

  private readItemprop(element: DomElement, itemprop: string): void {
    const tag = element.localName;
    if (itemprop === "author" || itemprop === "creator") {
      const name = element.querySelector("[itemprop=name]");
      const value = element.getAttribute("content") ?? (name ? name.getAttribute("content") ?? name.textContent : element.textContent);
      if (value && value.length <= MAX_BYLINE_LENGTH && !URL_LIKE.test(value.trim())) {
        this.add("author", value, tag === "meta" ? "html-meta" : "byline", "itemprop=author");
      }
      return;
    }
    if (tag === "time") return;
    const field = ITEMPROP_FIELDS.get(itemprop);
    if (!field) return;
    const value = element.getAttribute("content") ?? element.getAttribute("datetime") ?? element.textContent;
    const key = `itemprop=${itemprop === "datepublished" ? "datePublished" : itemprop === "datemodified" ? "dateModified" : itemprop === "datecreated" ? "dateCreated" : itemprop}`;
    this.add(field, value, tag === "meta" || field === "title" ? "html-meta" : "html-time", key);
  }

  private isByline(element: DomElement): boolean {
    if (this.bylines >= MAX_BYLINE_CLUES) return false;
    const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    if (!BYLINE_CLASS.test(names) || NOT_BYLINE_CLASS.test(names)) return false;
    const text = collapse(element.textContent ?? "");
    return text.length > 0 && text.length <= MAX_BYLINE_LENGTH && HAS_LETTER.test(text);
  }
}

function hasToken(list: string | null, token: string): boolean {
  return list !== null && list.toLowerCase().split(/\s+/).includes(token);
}

function collapse(text: string): string {
  return text.replace(SPACES, " ").trim();
}
