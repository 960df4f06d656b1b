// Generated corpora for the benchmarks and the memory test: articles varied from the project's
// own examples (actors, dates, figures and boilerplate changed; some near-duplicates), and crawls
// that pad them with what a real crawl holds besides articles (images, PDFs, requests, revisits,
// error pages), so that a WARC of any size can be made in little time.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { ROOT } from "./suites.js";
import type { ResponseSpec } from "./warc-writer.js";

export const NEAR_DUPLICATE_SHARE = 0.1;
const PAIRS = [["China", "Russia"], ["India", "Japan"], ["Brazil", "Argentina"], ["Turkey", "Greece"], ["Germany", "Poland"], ["South Korea", "Japan"], ["France", "Italy"], ["Kazakhstan", "Uzbekistan"], ["Egypt", "Ethiopia"], ["Canada", "Mexico"]];
const MENUS = ["Home | World | Business | Opinion", "1. News\n2. Politics\n3. Economy", "Skip to content", "Share this article", "Loading...", "Follow us on Telegram"];
const CRAWL_DATE = "2025-01-01T00:00:00Z";

/** A small deterministic generator, so that every run benchmarks the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function templates(): { name: string; text: string; html: boolean }[] {
  const dir = join(ROOT, "examples", "corpus");
  return readdirSync(dir).filter((f) => /\.(txt|html|html\.gz)$/.test(f)).map((f) => {
    const bytes = readFileSync(join(dir, f));
    return { name: f.replace(/\..*$/, ""), text: (f.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8"), html: f.includes(".html") };
  });
}

function vary(text: string, n: number, next: () => number): string {
  const [a, b] = PAIRS[n % PAIRS.length]!;
  const shift = Math.floor(next() * 12) - 6;
  return text
    .replace(/\b(19|20)(\d{2})\b/g, (year) => String(Number(year) + shift))
    .replace(/\b(\d+(?:\.\d+)?)( (?:billion|million|percent|per cent|km|kilometres))/g, (_, value: string, unit: string) => `${(Number(value) * (0.5 + next())).toFixed(1)}${unit}`)
    .replace(/\bChina\b|\bIndia\b|\bBrazil\b|\bTurkey\b|\bGermany\b/g, a!)
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

/** `count` articles, the same ones on every run, about NEAR_DUPLICATE_SHARE of them near-duplicates. */
export function* articles(count: number): Generator<GeneratedArticle> {
  const next = random(42);
  const sources = templates();
  const originals: string[] = [];
  for (let n = 0; n < count; n++) {
    const duplicate = originals.length > 0 && next() < NEAR_DUPLICATE_SHARE;
    const source = sources[n % sources.length]!;
    const text = duplicate ? nearDuplicate(originals[Math.floor(next() * originals.length)]!, n) : vary(source.text, n, next);
    if (!duplicate) originals.push(text);
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
