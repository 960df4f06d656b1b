// Files that hold many articles: WARC archives (one document per HTML or text response record)
// and feeds (RSS 2.0, Atom, JSON Feed: one document per item with full content). Streams them
// record by record; what is not an article is skipped with a reason, never failed.
import { parseFeed } from "@rowanmanning/feed-parser";
import { createReadStream } from "node:fs";
import { open, readFile } from "node:fs/promises";
import { basename } from "node:path";
import { createGunzip } from "node:zlib";
import { WARCParser } from "warcio";
import type { InputFormat, RawInput } from "../../doc/model.js";
import { InputError } from "../../pipeline/errors.js";
import { sha256 } from "./hash.js";

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

/** Reads past a record chunk by chunk, holding none of it: a skipped record may be huge. */
async function drain(record: AsyncIterable<Uint8Array>): Promise<void> {
  for await (const chunk of record) void chunk;
}

/** An uncompressed WARC ends with the blank line that closes its last record; a cut one does not. */
async function endsWell(path: string): Promise<boolean> {
  if (/\.gz$/i.test(path)) return true;
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    const tail = Buffer.alloc(4);
    await handle.read(tail, 0, 4, Math.max(0, size - 4));
    return size === 0 || tail.toString("latin1") === "\r\n\r\n";
  } finally {
    await handle.close();
  }
}

/**
 * Every response record of a WARC file, streamed; the record's date is kept as the crawl date.
 * One entry is held back until the next one is read, so that a record cut short by a truncated
 * file is reported as a failure instead of stored half.
 */
export async function* readWarc(path: string, maxBytes: number): AsyncGenerator<ContainerItem> {
  let held: ContainerItem | null = null;
  for await (const item of warcEntries(path, maxBytes)) {
    if (held) yield held;
    held = item;
  }
  if (!held) return;
  if (held.kind !== "input" || (await endsWell(path))) yield held;
  else yield { kind: "failed", where: `${path} [${held.input.id}]`, reason: "truncated WARC: the last record is cut short" };
}

async function* warcEntries(path: string, maxBytes: number): AsyncGenerator<ContainerItem> {
  const base = containerBase(path);
  let n = 0;
  let index = 0;
  try {
    // Decompressing here, not in warcio, makes a truncated .warc.gz an error instead of a silent end.
    const stream = /\.gz$/i.test(path) ? createReadStream(path).pipe(createGunzip()) : createReadStream(path);
    for await (const record of WARCParser.iterRecords(stream)) {
      index++;
      const where = `${path} record ${index}`;
      if (record.warcType !== "response") {
        await drain(record);
        continue;
      }
      const status = Number(record.httpHeaders?.statusCode ?? 0);
      const type = record.httpHeaders?.headers.get("content-type") ?? "";
      const url = record.warcTargetURI ?? undefined;
      if (status !== 200) {
        await drain(record);
        yield { kind: "skipped", where: `${where} (${url ?? "no URL"})`, reason: `HTTP status ${status || "unknown"}` };
        continue;
      }
      const format: InputFormat | null = HTML_TYPES.test(type) ? "html" : TEXT_TYPES.test(type) ? "text" : null;
      if (!format || /robots\.txt$/i.test(url ?? "")) {
        await drain(record);
        yield { kind: "skipped", where: `${where} (${url ?? "no URL"})`, reason: `not an article (${type || "no content type"})` };
        continue;
      }
      const length = Number(record.warcHeaders.headers.get("content-length") ?? 0);
      if (length > maxBytes) {
        await drain(record);
        yield { kind: "failed", where: `${where} (${url})`, reason: `too large (${(length / 1024 / 1024).toFixed(1)} MB)` };
        continue;
      }
      const bytes = await record.readFully(true);
      n++;
      const crawled = record.warcDate?.slice(0, 10);
      yield { kind: "input", input: article(`${base}#${n}`, path, format, bytes, { ...(url ? { url } : {}), ...(crawled ? { crawled } : {}) }) };
    }
  } catch (error) {
    yield { kind: "failed", where: `${path} after record ${index}`, reason: `broken WARC: ${(error as Error).message}` };
  }
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
