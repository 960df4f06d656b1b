// Weighs the clues the clean stage found (tags, JSON-LD, header lines, bylines, credits)
// and picks title, outlet, authors and publication date. It reads no markup itself.
import type { MetaClue, PublishedFrom } from "../../doc/model.js";
import { dateFromUrl, parsePageDate } from "../../lib/page-date.js";

/** Keys in order of trust for each field; a key not listed ranks after all listed ones. */
const TITLE_KEYS = ["og:title", "json-ld:headline", "twitter:title", "dc.title", "parsely-title", "sailthru.title", "itemprop=headline", "h1", "json-ld:name", "title", "headline", "header-line"];
const OUTLET_KEYS = ["og:site_name", "json-ld:publisher.name", "json-ld:isPartOf.name", "application-name", "publisher", "dc.publisher", "dcterms.publisher", "header-line", "masthead", "copyright", "credit"];
const AUTHOR_KEYS = ["json-ld:author", "author", "article:author", "dc.creator", "dcterms.creator", "citation_author", "parsely-author", "sailthru.author", "byl", "itemprop=author", "a[rel=author]", "byline", "class:byline"];
/** Dates from markup that name the publication; modification dates never count. */
const MODIFIED_KEY = /modif|updated|last-modified/i;


function rank(keys: readonly string[], key: string): number {
  const i = keys.indexOf(key);
  return i < 0 ? keys.length : i;
}

function byTrust(keys: readonly string[], clues: readonly MetaClue[]): MetaClue[] {
  return [...clues].sort((a, b) => rank(keys, a.key) - rank(keys, b.key) || a.position - b.position);
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

export function chooseTitle(clues: readonly MetaClue[], outlet: string | null): string | null {
  const titles = clues.filter((c) => c.field === "title");
  const headerTitle = titles.find((c) => c.key === "header-line");
  // A header segment repeated as a headline line is the surest title in a text scrape.
  if (headerTitle && titles.some((c) => c.key === "headline" && squash(c.value) === squash(headerTitle.value))) {
    return headerTitle.value;
  }
  const best = byTrust(TITLE_KEYS, titles)[0];
  return best ? splitSiteName(best.value, outlet).headline : null;
}

const TITLE_SEPARATOR = /\s+[|–—·»]\s+|\s+-\s+/;
const wordCount = (s: string) => s.split(/\s+/).length;

/**
 * Splits "Headline | Site" (or " - Site") into the headline and the site's name: the site is
 * the known outlet, else the shorter of two parts (sites put their name first or last).
 */
function splitSiteName(title: string, outlet: string | null): { headline: string; site: string | null } {
  const parts = title.split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return { headline: title.trim(), site: null };
  if (outlet) {
    const rest = parts.filter((p) => squash(p) !== squash(outlet));
    return rest.length < parts.length ? { headline: rest.join(" - "), site: outlet } : { headline: title.trim(), site: null };
  }
  if (parts.length !== 2) return { headline: title.trim(), site: null };
  const [longer, shorter] = wordCount(parts[0]!) >= wordCount(parts[1]!) ? [parts[0]!, parts[1]!] : [parts[1]!, parts[0]!];
  return wordCount(longer) > wordCount(shorter) ? { headline: longer, site: shorter } : { headline: title.trim(), site: null };
}

export function chooseOutlet(clues: readonly MetaClue[], url: string | null): string | null {
  const best = byTrust(OUTLET_KEYS, clues.filter((c) => c.field === "outlet" && c.value.length <= 80))[0];
  if (best) return best.value;
  const pageTitle = clues.find((c) => c.field === "title" && c.key === "title");
  const site = pageTitle ? splitSiteName(pageTitle.value, null).site : null;
  return site ?? (url ? outletFromUrl(url) : null);
}

/** "https://www.dw.com/en/..." → "DW"; "harbourpost.example" → "Harbourpost". */
export function outletFromUrl(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const labels = host.replace(/^www\d?\./, "").split(".");
  const secondLevel = labels.length >= 3 && /^(co|com|org|net|gov|ac)$/.test(labels.at(-2)!) ? labels.at(-3) : labels.at(-2) ?? labels[0];
  if (!secondLevel) return null;
  return secondLevel.length <= 4 ? secondLevel.toUpperCase() : secondLevel[0]!.toUpperCase() + secondLevel.slice(1);
}

export function chooseAuthors(clues: readonly MetaClue[], outlet: string | null): string[] {
  const authors = byTrust(AUTHOR_KEYS, clues.filter((c) => c.field === "author"));
  const bestKey = authors[0]?.key;
  const names: string[] = [];
  for (const clue of authors) {
    if (clue.key !== bestKey && clue.key !== "byline") continue;
    for (const name of splitNames(clue.value)) {
      if (outlet && squash(name) === squash(outlet)) continue;
      if (!names.some((n) => squash(n) === squash(name))) names.push(name);
    }
  }
  return names;
}

function splitNames(value: string): string[] {
  return value
    .replace(/^\s*(by|von|par|por)\s+/i, "")
    .split(/\s*(?:,|;|&|\band\b|\bund\b)\s*/)
    .map((n) => n.trim())
    .filter((n) => n.length >= 3 && n.length <= 60 && !/^https?:/.test(n) && /\p{L}/u.test(n));
}

export interface PublishedChoice {
  published: string | null;
  publishedFrom: PublishedFrom | null;
  crawled: string | null;
}

/**
 * Markup dates (JSON-LD, <meta>, <time>) first, then dates printed on the page, then the URL.
 * Among several page dates the earliest is the publication date: a later one is a crawl,
 * update or page date (seed 001 prints its crawl date above its publication date).
 */
export function choosePublished(clues: readonly MetaClue[], url: string | null, path: string | null): PublishedChoice {
  const dated = clues
    .filter((c) => c.field === "date" && !MODIFIED_KEY.test(c.key))
    .map((c) => ({ clue: c, day: parsePageDate(c.value) }))
    .filter((d): d is { clue: MetaClue; day: string } => d.day !== null);

  const markup = dated.find((d) => d.clue.from === "json-ld") ?? dated.find((d) => d.clue.from === "html-meta") ?? dated.find((d) => d.clue.from === "html-time");
  if (markup) return { published: markup.day, publishedFrom: markup.clue.from === "json-ld" ? "json-ld" : "html-meta", crawled: null };

  const printed = [...new Set(dated.filter((d) => d.clue.from === "text").map((d) => d.day))].sort();
  const crawled = printed.length > 1 ? printed.at(-1)! : null;
  if (printed[0]) return { published: printed[0], publishedFrom: "text", crawled };

  const fromUrl = url ? dateFromUrl(url) : null;
  if (fromUrl) return { published: fromUrl, publishedFrom: "url", crawled };
  const fromName = path ? dateFromUrl(`/${path.split("/").at(-1)}`) : null;
  if (fromName) return { published: fromName, publishedFrom: "filename", crawled };
  return { published: null, publishedFrom: null, crawled };
}
