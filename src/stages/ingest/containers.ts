// Files that hold many articles: WARC archives (one document per HTML or text response record)
// and feeds (RSS 2.0, Atom, JSON Feed: one document per item with full content). Streams them
// record by record; what is not an article is skipped with a reason, never failed.
import { parseFeed } from "@rowanmanning/feed-parser";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
import { AsyncIterReader, WARCParser, type WARCRecord } from "warcio";
import type { InputFormat, RawInput } from "../../doc/model.js";
import { InputError } from "../../pipeline/errors.js";
import { sha256 } from "./hash.js";
import { frameWarc, WarcStreamError, type FramedRecord } from "./warc-framing.js";

/** What one container entry became. */
export type ContainerItem =
  | { kind: "input"; input: RawInput }
  | { kind: "skipped"; where: string; reason: string }
  | { kind: "failed"; where: string; reason: string };

export type ContainerKind = "warc" | "feed";

export function containerOf(path: string): ContainerKind | null {
  const name = path.toLowerCase();
  if (/\.warc(\.gz)?$/.test(name)) return "warc";
  if (/\.(rss|atom|feed\.json|jsonfeed)$/.test(name) || /\.(rss|atom)\.xml$/.test(name)) return "feed";
  return null;
}

/** The base of container ids: "news.warc.gz" → "news"; the n-th article is "news#n". */
export function containerBase(path: string): string {
  return basename(path).replace(/\.(warc(\.gz)?|rss|atom|feed\.json|jsonfeed|rss\.xml|atom\.xml)$/i, "");
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)/i;
const TEXT_TYPES = /^text\/plain/i;

function article(id: string, path: string, format: InputFormat, bytes: Uint8Array, hints: RawInput["hints"]): RawInput {
  return { id, source: { path, url: hints?.url ?? null }, format, bytes, sidecar: null, contentHash: sha256(bytes), hints };
}

/** The decompressed bytes of a WARC file from `position` on. */
function openWarcAt(path: string, position: number): AsyncIterable<Buffer> {
  if (!/\.gz$/i.test(path)) return createReadStream(path, { start: position });
  // Decompressing here, not in warcio, makes a truncated .warc.gz an error instead of a silent end.
  // A gzip stream cannot seek: going back (rare: only after a too-long record) decompresses again from the start.
  const gunzip = createGunzip();
  pipeline(createReadStream(path), gunzip, () => {});
  return position ? skipBytes(gunzip, position) : gunzip;
}

async function* skipBytes(chunks: AsyncIterable<Buffer>, count: number): AsyncGenerator<Buffer> {
  let left = count;
  for await (const chunk of chunks) {
    if (left >= chunk.length) left -= chunk.length;
    else {
      yield left ? chunk.subarray(left) : chunk;
      left = 0;
    }
  }
}

/** One framed record, for warcio to parse its WARC and HTTP headers and decode its payload. */
function parseRecord(framed: FramedRecord): Promise<WARCRecord | null> {
  async function* bytes(): AsyncGenerator<Buffer> {
    yield framed.head;
    yield* framed.block;
  }
  // Not compressed: gunzip has done that, and warcio would otherwise probe every record for gzip.
  return new WARCParser(new AsyncIterReader(bytes(), null)).parse();
}

/**
 * Every response record of a WARC file, streamed; the record's date is kept as the crawl date.
 * A record's entry is held back until its frame is checked, so that a record whose declared
 * length is wrong, or which a truncated file cuts short, is one failure instead of stored half.
 */
export async function* readWarc(path: string, maxBytes: number): AsyncGenerator<ContainerItem> {
  const base = containerBase(path);
  let articles = 0;
  let held: { index: number; item: ContainerItem } | null = null;
  let last = 0;
  try {
    for await (const entry of frameWarc((position) => openWarcAt(path, position))) {
      if (held && !(entry.kind === "broken" && entry.index === held.index)) yield held.item;
      held = null;
      last = entry.index;
      const where = `${path} record ${entry.index}`;
      if (entry.kind === "broken") {
        yield { kind: "failed", where: entry.recordId ? `${where} ${entry.recordId}` : where, reason: entry.reason };
        continue;
      }
      let item: ContainerItem | null;
      try {
        item = await warcItem(entry, path, where, maxBytes, () => `${base}#${++articles}`);
      } catch (error) {
        if (error instanceof WarcStreamError) throw error;
        item = { kind: "failed", where, reason: `unreadable WARC record: ${(error as Error).message}` };
      }
      if (item) held = { index: entry.index, item };
    }
    if (held) yield held.item;
  } catch (error) {
    yield { kind: "failed", where: `${path} after record ${last}`, reason: `broken WARC: ${(error as Error).message}` };
  }
}

/** What one record is: an article, a skipped entry with the reason, or nothing worth a line (a request, a revisit). */
async function warcItem(framed: FramedRecord, path: string, where: string, maxBytes: number, nextId: () => string): Promise<ContainerItem | null> {
  const record = await parseRecord(framed);
  // The rest of a record not read here is skipped by the framing, unread: a skipped record may be huge.
  if (!record || record.warcType !== "response") return null;
  const status = Number(record.httpHeaders?.statusCode ?? 0);
  const type = record.httpHeaders?.headers.get("content-type") ?? "";
  const url = record.warcTargetURI ?? undefined;
  if (status !== 200) return { kind: "skipped", where: `${where} (${url ?? "no URL"})`, reason: `HTTP status ${status || "unknown"}` };
  const format: InputFormat | null = HTML_TYPES.test(type) ? "html" : TEXT_TYPES.test(type) ? "text" : null;
  if (!format || /robots\.txt$/i.test(url ?? "")) return { kind: "skipped", where: `${where} (${url ?? "no URL"})`, reason: `not an article (${type || "no content type"})` };
  if (framed.declaredLength > maxBytes) return { kind: "failed", where: `${where} (${url})`, reason: `too large (${(framed.declaredLength / 1024 / 1024).toFixed(1)} MB)` };
  const bytes = await record.readFully(true);
  const crawled = record.warcDate?.slice(0, 10);
  return { kind: "input", input: article(nextId(), path, format, bytes, { ...(url ? { url } : {}), ...(crawled ? { crawled } : {}) }) };
}

interface JsonFeedItem {
  url?: string;
  title?: string;
  content_html?: string;
  content_text?: string;
  date_published?: string;
  authors?: { name?: string }[];
  author?: { name?: string };
}

interface FeedEntry {
  title: string | null;
  url: string | null;
  published: string | null;
  authors: string[];
  html: string | null;
  text: string | null;
}

function parseAnyFeed(text: string): FeedEntry[] {
  if (/^\s*\{/.test(text)) {
    let json: { items?: JsonFeedItem[] };
    try {
      json = JSON.parse(text) as { items?: JsonFeedItem[] };
    } catch (error) {
      throw new InputError(`not a JSON Feed: ${(error as Error).message}`);
    }
    return (json.items ?? []).map((item) => ({
      title: item.title ?? null,
      url: item.url ?? null,
      published: item.date_published ?? null,
      authors: [...(item.authors ?? []), ...(item.author ? [item.author] : [])].map((a) => a.name ?? "").filter(Boolean),
      html: item.content_html ?? null,
      text: item.content_text ?? null,
    }));
  }
  let feed;
  try {
    feed = parseFeed(text);
  } catch (error) {
    throw new InputError(`not an RSS or Atom feed: ${(error as Error).message}`);
  }
  return feed.items.map((item) => ({
    title: item.title,
    url: item.url,
    published: item.published?.toISOString() ?? null,
    authors: item.authors.map((a) => a.name ?? "").filter(Boolean),
    // A description that is the whole article is rare; only full content makes a document.
    html: item.content,
    text: null,
  }));
}

/** Feed items with full content: the item's own date is the publication date. */
export async function* readFeed(path: string): AsyncGenerator<ContainerItem> {
  const base = containerBase(path);
  let entries: FeedEntry[];
  try {
    entries = parseAnyFeed(await readFile(path, "utf8"));
  } catch (error) {
    yield { kind: "failed", where: path, reason: error instanceof InputError ? error.message : `cannot read: ${(error as Error).message}` };
    return;
  }
  let n = 0;
  for (const [i, entry] of entries.entries()) {
    const where = `${path} item ${i + 1}${entry.title ? ` ("${entry.title.slice(0, 60)}")` : ""}`;
    const content = entry.html ?? entry.text;
    if (!content || content.replace(/<[^>]*>/g, "").trim().split(/\s+/).length < MIN_ITEM_WORDS) {
      yield { kind: "skipped", where, reason: "the item has only a summary or a link, no full content" };
      continue;
    }
    n++;
    const bytes = Buffer.from(entry.html ? `<html><head><title>${escapeHtml(entry.title ?? "")}</title></head><body><article>${entry.html}</article></body></html>` : content, "utf8");
    const hints: RawInput["hints"] = {
      ...(entry.url ? { url: entry.url } : {}),
      ...(entry.title ? { title: entry.title } : {}),
      ...(entry.authors.length ? { authors: entry.authors } : {}),
      ...(entry.published ? { published: entry.published.slice(0, 10) } : {}),
    };
    yield { kind: "input", input: article(`${base}#${n}`, path, entry.html ? "html" : "text", bytes, hints) };
  }
}

/** Fewer words than this is a teaser, not an article. */
const MIN_ITEM_WORDS = 40;

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
