// Reads schema.org JSON-LD blocks (arrays, @graph, nested and referenced nodes) into metadata clues.
// It does not weigh or parse the values; invalid JSON that a light repair cannot fix is skipped.
import type { ClueField, MetaClue } from "../../../doc/model.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Clue without its position; the caller numbers clues in order of discovery. */
export type PageClue = Omit<MetaClue, "position">;

/** schema.org types whose headline, authors and dates describe the article itself. */
const ARTICLE_TYPE =
  /^(Article|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|TechArticle|AdvertiserContentArticle|Posting)$/;
const PAGE_TYPE = /^(WebPage|ItemPage|CollectionPage|AboutPage|ProfilePage|QAPage|FAQPage)$/;
/** How deep nested objects are searched for typed nodes; real pages nest 3–4 levels. */
const MAX_DEPTH = 8;
const MAX_VALUE_LENGTH = 400;

export function readJsonLd(scriptTexts: readonly string[]): PageClue[] {
  const nodes: JsonObject[] = [];
  for (const text of scriptTexts) {
    const data = parseLenient(text);
    if (data !== undefined) collectNodes(data, nodes, 0);
  }
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node["@id"];
    if (typeof id === "string" && Object.keys(node).length > 1 && !byId.has(id)) byId.set(id, node);
  }
  const clues: PageClue[] = [];
  for (const node of nodes) {
    const types = typesOf(node);
    if (types.some((t) => ARTICLE_TYPE.test(t))) readCreativeWork(node, "json-ld:", byId, clues);
    else if (types.some((t) => PAGE_TYPE.test(t))) readCreativeWork(node, "json-ld:webpage.", byId, clues);
  }
  return clues;
}

function readCreativeWork(node: JsonObject, prefix: string, byId: Map<string, JsonObject>, clues: PageClue[]): void {
  const add = (field: ClueField, key: string, value: Json | undefined): void => {
    for (const text of strings(value)) clues.push({ field, value: text, from: "json-ld", key: prefix + key });
  };
  add("title", "headline", node.headline);
  if (node.headline === undefined && prefix === "json-ld:") add("title", "name", node.name);
  for (const author of list(node.author)) {
    const resolved = resolve(author, byId);
    add("author", "author", typeof resolved === "string" ? resolved : resolved?.name);
  }
  for (const publisher of list(node.publisher)) {
    const resolved = resolve(publisher, byId);
    add("outlet", "publisher.name", typeof resolved === "string" ? resolved : resolved?.name);
  }
  const isPartOf = resolve(first(node.isPartOf), byId);
  if (isPartOf && typeof isPartOf === "object" && typesOf(isPartOf).includes("WebSite")) {
    add("outlet", "isPartOf.name", isPartOf.name);
  }
  add("date", "datePublished", node.datePublished);
  add("date", "dateCreated", node.dateCreated);
  add("date", "dateModified", node.dateModified);
  add("url", "url", node.url);
  const mainEntity = first(node.mainEntityOfPage);
  add("url", "mainEntityOfPage", isObject(mainEntity) ? mainEntity["@id"] : mainEntity);
  add("language", "inLanguage", node.inLanguage);
  add("section", "articleSection", node.articleSection);
}

/** Parses JSON, then retries once after removing what CMSs commonly leave in (comments, CDATA, raw newlines, trailing commas). */
function parseLenient(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    const repaired = text
      .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, "")
      .replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, "")
      .replace(/[\u0000-\u001f]+/g, " ")
      .replace(/,\s*([}\]])/g, "$1");
    try {
      return JSON.parse(repaired) as Json;
    } catch {
      return undefined;
    }
  }
}

function collectNodes(value: Json, out: JsonObject[], depth: number): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, out, depth + 1);
    return;
  }
  if (value["@type"] !== undefined || value["@id"] !== undefined) out.push(value);
  for (const [key, child] of Object.entries(value)) {
    // Authors, publishers and images are read through their parent; only containers are searched.
    if (key === "@graph" || key === "mainEntity" || key === "hasPart" || key === "itemListElement" || key === "item") {
      collectNodes(child, out, depth + 1);
    }
  }
}

function typesOf(node: JsonObject): string[] {
  return list(node["@type"]).filter((t): t is string => typeof t === "string").map((t) => t.replace(/^.*[/:]/, ""));
}

function resolve(value: Json | undefined, byId: Map<string, JsonObject>): JsonObject | string | null {
  if (typeof value === "string") return value;
  if (!isObject(value)) return null;
  const id = value["@id"];
  if (value.name === undefined && typeof id === "string") return byId.get(id) ?? null;
  return value;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function list(value: Json | undefined): Json[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function first(value: Json | undefined): Json | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The trimmed, whitespace-collapsed strings in a value (a string, a number, or an array of them). */
function strings(value: Json | undefined): string[] {
  const out: string[] = [];
  for (const item of list(value)) {
    if (typeof item !== "string" && typeof item !== "number") continue;
    const text = decodeEntities(String(item)).replace(/\s+/g, " ").trim();
    if (text && text.length <= MAX_VALUE_LENGTH) out.push(text);
  }
  return out;
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);/gi;

/** CMSs often HTML-escape JSON-LD strings; attribute values read from the DOM are already decoded, so these are too. */
function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith("#")) {
      const code = lower.startsWith("#x") ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[lower] ?? whole;
  });
}
