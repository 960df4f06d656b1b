// Generated corpora for the benchmarks and the memory test: articles made from the project's own
// examples (each on one example's page, its story paragraphs drawn from all of them, actors, dates,
// figures and boilerplate varied; a tenth near-duplicates of earlier ones), and crawls
// that pad them with what a real crawl holds besides articles (images, PDFs, requests, revisits,
// error pages), so that a WARC of any size can be made in little time.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { ROOT } from "./suites.js";
import type { ResponseSpec } from "./warc-writer.js";

export const NEAR_DUPLICATE_SHARE = 0.1;
const PAIRS = [
  ["China", "Russia"], ["India", "Japan"], ["Brazil", "Argentina"], ["Turkey", "Greece"], ["Germany", "Poland"], ["South Korea", "Japan"],
  ["France", "Italy"], ["Kazakhstan", "Uzbekistan"], ["Egypt", "Ethiopia"], ["Canada", "Mexico"], ["Indonesia", "Australia"], ["Nigeria", "Ghana"],
  ["Spain", "Morocco"], ["Vietnam", "Philippines"], ["Pakistan", "Afghanistan"], ["Chile", "Peru"], ["Sweden", "Finland"], ["Kenya", "Tanzania"],
];
const MENUS = ["Home | World | Business | Opinion", "1. News\n2. Politics\n3. Economy", "Skip to content", "Share this article", "Loading...", "Follow us on Telegram"];
const CRAWL_DATE = "2025-01-01T00:00:00Z";
/**
 * A story paragraph of an example: a block of one line of prose, long enough not to be a menu,
 * caption or cookie notice (text), or such a `<p>` without attributes (HTML); its text is group 1.
 * Shorter lines stay with their page as its furniture.
 */
const STORY_PARAGRAPH = {
  text: /(?<=^|\n\n)([^\n]{110,}[.!?”"])(?=\n\n|\n?$)/g,
  html: /^<p>([^\n]{110,}?)(?:<\/p>)?$/gm,
};

/** A small deterministic generator, so that every run benchmarks the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

interface Template {
  name: string;
  text: string;
  html: boolean;
}

function templates(): Template[] {
  const dir = join(ROOT, "examples", "corpus");
  return readdirSync(dir).filter((f) => /\.(txt|html|html\.gz)$/.test(f)).map((f) => {
    const bytes = readFileSync(join(dir, f));
    return { name: f.replace(/\..*$/, ""), text: (f.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8"), html: f.includes(".html") };
  });
}

const storyParagraph = (template: Template) => (template.html ? STORY_PARAGRAPH.html : STORY_PARAGRAPH.text);
const toPlain = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
const toHtml = (plain: string) => plain.replace(/&/g, "&amp;").replace(/</g, "&lt;");
/** Every story paragraph of the examples, as plain text. */
const paragraphPool = (sources: readonly Template[]) =>
  sources.flatMap((template) => [...template.text.matchAll(storyParagraph(template))].map((match) => (template.html ? toPlain(match[1]!) : match[1]!)));

/**
 * A new article on the page of `template`: each of its story paragraphs is replaced by one drawn
 * from all the examples' (each at most once), so that two articles share few paragraphs and are
 * no near-duplicates of each other; the page around them (title, dates, menus) stays the template's.
 */
function compose(template: Template, pool: readonly string[], next: () => number): string {
  const unused = [...pool];
  return template.text.replace(storyParagraph(template), () => {
    const paragraph = unused.splice(Math.floor(next() * unused.length), 1)[0]!;
    return template.html ? `<p>${toHtml(paragraph)}</p>` : paragraph;
  });
}

/** Another pair of actors, years shifted, every figure scaled on its own, and page furniture of its own. */
function vary(text: string, n: number, next: () => number): string {
  const [a, b] = PAIRS[n % PAIRS.length]!;
  const shift = Math.floor(next() * 12) - 6;
  return text
    .replace(/\b(19|20)(\d{2})\b/g, (year) => String(Number(year) + shift))
    .replace(/(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)( (?:trillion|billion|million|percent|per cent|km|kilometres|tonnes|firms|products))/g,
      (_, value: string, unit: string) => `${(Number(value.replace(/,/g, "")) * (0.5 + next())).toFixed(1)}${unit}`)
    .replace(/\bChina\b|\bIndia\b|\bBrazil\b|\bTurkey\b|\bGermany\b|\bSouth Korea\b|\bKazakhstan\b/g, a!)
    .replace(/\bRussia\b|\bJapan\b|\bArgentina\b|\bGreece\b|\bPoland\b/g, b!)
    .concat(`\n\n${MENUS[Math.floor(next() * MENUS.length)]}\nArchive reference ${n}.\n`);
}

/** A near-duplicate: the same story with another headline line and other page furniture. */
function nearDuplicate(text: string, n: number): string {
  return `Updated: ${MENUS[n % MENUS.length]}\nWire copy ${n}\n\n${text.replace(/Archive reference \d+\./, `Republished as item ${n}.`)}`;
}

export interface GeneratedArticle {
  /** A file name: number, template, extension. */
  name: string;
  text: string;
  html: boolean;
}

/** `count` articles, the same ones on every run, about NEAR_DUPLICATE_SHARE of them near-duplicates of earlier ones (in their format). */
export function* articles(count: number): Generator<GeneratedArticle> {
  const next = random(42);
  const sources = templates();
  const pool = paragraphPool(sources);
  const originals: { text: string; source: Template }[] = [];
  for (let n = 0; n < count; n++) {
    const copied = originals.length > 0 && next() < NEAR_DUPLICATE_SHARE ? originals[Math.floor(next() * originals.length)]! : null;
    const source = copied?.source ?? sources[n % sources.length]!;
    const text = copied ? nearDuplicate(copied.text, n) : vary(compose(source, pool, next), n, next);
    if (!copied) originals.push({ text, source });
    yield { name: `${String(n).padStart(5, "0")}-${source.name}.${source.html ? "html" : "txt"}`, text, html: source.html };
  }
}

/** An article as a WARC response record. */
export function articleRecord(article: GeneratedArticle): ResponseSpec {
  return { url: `https://bench.example/${article.name}`, date: CRAWL_DATE, body: article.text, contentType: article.html ? "text/html" : "text/plain" };
}

/** What a crawl holds besides articles, how often, and how large: the sizes of a news site's images and PDFs. */
const PADDING = [
  { kind: "image", share: 0.7, contentType: "image/jpeg", magic: "\xff\xd8\xff\xe0", minBytes: 8_000, spreadBytes: 800_000 },
  { kind: "PDF", share: 0.08, contentType: "application/pdf", magic: "%PDF-1.7\n", minBytes: 100_000, spreadBytes: 8_000_000 },
  { kind: "revisit", share: 0.12 },
  { kind: "not found", share: 0.1 },
] as const;

type CrawlKind = "article" | "request" | (typeof PADDING)[number]["kind"];

/** Records and bytes of each kind a crawl was made of. */
export type CrawlMix = Record<CrawlKind, { records: number; bytes: number }>;

export function describeMix(mix: CrawlMix): string {
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
  return Object.entries(mix).map(([kind, { records, bytes }]) => `${records} ${kind} record${records === 1 ? "" : "s"} (${megabytes(bytes)})`).join(", ");
}

/** Incompressible bytes, made once: images and PDFs are slices of it, so making a large crawl takes no time. */
const NOISE = (() => {
  const next = random(7);
  const noise = Buffer.alloc(16 * 1024 * 1024);
  for (let i = 0; i < noise.length; i += 4) noise.writeUInt32LE(Math.floor(next() * 2 ** 32), i);
  return noise;
})();

/** Bytes a record adds besides its body (WARC and HTTP headers, digests, separator), about. */
const RECORD_OVERHEAD = 700;

/**
 * The records of a crawl of about `targetBytes`: the `count` articles spread evenly through it,
 * each fetch preceded by its request record, and between articles padding records of PADDING's
 * mix until the crawl has its size. `mix` counts what was made.
 */
export function* paddedCrawl(count: number, targetBytes: number, mix: CrawlMix = emptyMix()): Generator<ResponseSpec> {
  const next = random(1234);
  let made = 0;
  let fetches = 0;
  const emit = (kind: CrawlKind, spec: ResponseSpec): ResponseSpec => {
    const bytes = (typeof spec.body === "string" ? Buffer.byteLength(spec.body) : spec.body.length) + RECORD_OVERHEAD;
    mix[kind].records++;
    mix[kind].bytes += bytes;
    made += bytes;
    return spec;
  };
  const request = (url: string) => emit("request", { url, date: CRAWL_DATE, body: "", type: "request" });
  let n = 0;
  for (const article of articles(count)) {
    const record = articleRecord(article);
    yield request(record.url);
    yield emit("article", record);
    n++;
    while (made < (targetBytes * n) / count) {
      const url = `https://bench.example/asset/${fetches++}`;
      const padding = pick(next());
      yield request(url);
      if (padding.kind === "revisit") yield emit("revisit", { url, date: CRAWL_DATE, body: "", type: "revisit", contentType: "image/jpeg" });
      else if (padding.kind === "not found") yield emit("not found", { url, date: CRAWL_DATE, body: "<html><body><h1>Not Found</h1></body></html>", status: 404 });
      else {
        const size = padding.minBytes + Math.floor(next() ** 2 * padding.spreadBytes);
        const start = Math.floor(next() * (NOISE.length - size));
        yield emit(padding.kind, { url, date: CRAWL_DATE, body: Buffer.concat([Buffer.from(padding.magic, "latin1"), NOISE.subarray(start, start + size)]), contentType: padding.contentType });
      }
    }
  }
}

function pick(draw: number): (typeof PADDING)[number] {
  let left = draw;
  for (const padding of PADDING) if ((left -= padding.share) < 0) return padding;
  return PADDING[0];
}

export function emptyMix(): CrawlMix {
  const kinds: CrawlKind[] = ["article", ...PADDING.map((p) => p.kind), "request"];
  return Object.fromEntries(kinds.map((kind) => [kind, { records: 0, bytes: 0 }])) as CrawlMix;
}
