// Turns the paths a user gives (files, folders, "-" for stdin) into RawInputs: bytes,
// format, sidecar metadata, id and content hash. It reads; it never decodes or parses text.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import type { InputFormat, RawInput, Sidecar } from "../../doc/model.js";
import { InputError, messageOf } from "../../pipeline/errors.js";
import { containerOf, readFeed, readWarc } from "./containers.js";
import { sha256 } from "./hash.js";

/** Larger inputs are refused: no news article is this big, and it protects memory. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const ARTICLE_EXTENSIONS: Record<string, InputFormat> = {
  ".txt": "text",
  ".md": "text",
  ".html": "html",
  ".htm": "html",
};

export interface IngestOptions {
  maxBytes?: number;
}

/** One input that could be read, or the reason it could not. */
export type IngestItem =
  | { ok: true; input: RawInput; warnings: string[] }
  | { ok: false; path: string; reason: string }
  | { ok: "skipped"; path: string; reason: string };

/** The format of an article path, or null when dyad does not read that kind of file. */
export function formatOf(path: string): InputFormat | null {
  const plain = path.toLowerCase().replace(/\.gz$/, "");
  return ARTICLE_EXTENSIONS[extname(plain)] ?? null;
}

/** The id FORMAT.md prescribes: base name without `.gz` and the article extension. */
export function baseId(path: string): string {
  const name = basename(path).replace(/\.gz$/i, "");
  return formatOf(name) ? name.slice(0, name.length - extname(name).length) : name;
}

export { sha256 } from "./hash.js";

/**
 * Expands paths into article files (folders recursively, sorted for determinism).
 * A path that does not exist is reported as a failed item, not thrown.
 */
export async function* expandPaths(paths: readonly string[]): AsyncGenerator<{ path: string } | { path: string; reason: string }> {
  for (const path of paths) {
    if (path === "-") {
      yield { path };
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { path, reason: describeFsError(error) };
      continue;
    }
    if (info.isDirectory()) yield* walk(path);
    else yield { path };
  }
}

async function* walk(dir: string): AsyncGenerator<{ path: string } | { path: string; reason: string }> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { path: dir, reason: describeFsError(error) };
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (formatOf(entry.name) || containerOf(entry.name)) yield { path: full };
  }
}

/** Reads every input of `paths`, assigning ids that stay unique within the batch. */
export async function* readInputs(paths: readonly string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const ids = new IdAllocator();
  for await (const item of expandPaths(paths)) {
    if ("reason" in item) {
      yield { ok: false, path: item.path, reason: item.reason };
      continue;
    }
    const container = item.path === "-" ? null : containerOf(item.path);
    if (container) {
      const entries = container === "warc" ? readWarc(item.path, options.maxBytes ?? DEFAULT_MAX_BYTES) : readFeed(item.path);
      for await (const entry of entries) {
        if (entry.kind === "input") yield { ok: true, input: { ...entry.input, id: ids.allocate(entry.input.id, entry.input.contentHash) }, warnings: [] };
        else yield { ok: entry.kind === "skipped" ? "skipped" : false, path: entry.where, reason: entry.reason };
      }
      continue;
    }
    try {
      const { input, warnings } = item.path === "-" ? { input: await readStdin(options), warnings: [] } : await readArticleFile(item.path, options);
      input.id = ids.allocate(input.id, input.contentHash);
      yield { ok: true, input, warnings };
    } catch (error) {
      const reason = error instanceof InputError ? error.message : describeFsError(error);
      yield { ok: false, path: item.path, reason };
    }
  }
}

/** Keeps ids unique in a batch: a second, different file with the same base name gets `~HASH8`. */
export class IdAllocator {
  private readonly seen = new Map<string, string>();
  allocate(id: string, contentHash: string): string {
    const previous = this.seen.get(id);
    if (previous === undefined || previous === contentHash) {
      this.seen.set(id, contentHash);
      return id;
    }
    const unique = `${id}~${contentHash.slice(0, 8)}`;
    this.seen.set(unique, contentHash);
    return unique;
  }
}

export async function readArticleFile(path: string, options: IngestOptions = {}): Promise<{ input: RawInput; warnings: string[] }> {
  const format = formatOf(path);
  if (!format) throw new InputError(`not an article file (dyad reads .txt, .md, .html and .htm, optionally .gz)`);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const info = await stat(path);
  if (!info.isFile()) throw new InputError("not a regular file");
  if (info.size > maxBytes && !/\.gz$/i.test(path)) throw tooLarge(info.size, maxBytes);
  const bytes = maybeGunzip(await readFile(path), path, maxBytes);
  const { sidecar, ignored } = await readSidecar(path);
  const input: RawInput = {
    id: sidecar?.id ?? baseId(path),
    source: { path, url: sidecar?.url ?? null },
    format,
    bytes,
    sidecar,
    contentHash: hashInput(bytes, sidecar),
  };
  const warnings = ignored.length ? [`sidecar field${ignored.length > 1 ? "s" : ""} ignored: ${ignored.join(", ")}`] : [];
  return { input, warnings };
}

async function readStdin(options: IngestOptions): Promise<RawInput> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBytes) throw tooLarge(size, maxBytes);
    chunks.push(buffer);
  }
  const bytes = maybeGunzip(Buffer.concat(chunks), "-", maxBytes);
  const contentHash = hashInput(bytes, null);
  return {
    id: `stdin~${contentHash.slice(0, 8)}`,
    source: { path: null, url: null },
    format: looksLikeHtml(bytes) ? "html" : "text",
    bytes,
    sidecar: null,
    contentHash,
  };
}

function hashInput(bytes: Uint8Array, sidecar: Sidecar | null): string {
  return sha256(sidecar ? Buffer.concat([bytes, Buffer.from(JSON.stringify(sidecar))]) : bytes);
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1").trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || /<(head|body|article|p)[\s>]/.test(head);
}

function maybeGunzip(bytes: Buffer, path: string, maxBytes: number): Buffer {
  const gzipped = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (!gzipped) {
    if (/\.gz$/i.test(path)) throw new InputError("named .gz but not gzip-compressed");
    return bytes;
  }
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw tooLarge(maxBytes + 1, maxBytes);
    throw new InputError(`cannot decompress: ${(error as Error).message}`);
  }
}

function tooLarge(size: number, maxBytes: number): InputError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new InputError(`too large (${mb(size)}; the limit is ${mb(maxBytes)}, set with --max-size)`);
}

/** NAME.meta.json beside NAME.txt (or NAME.html, NAME.txt.gz ...). */
export function sidecarPath(path: string): string {
  return join(resolve(path, ".."), `${baseId(path)}.meta.json`);
}

const SIDECAR_STRINGS = ["id", "url", "title", "outlet", "published", "language"] as const;

async function readSidecar(path: string): Promise<{ sidecar: Sidecar | null; ignored: string[] }> {
  let text: string;
  try {
    text = await readFile(sidecarPath(path), "utf8");
  } catch {
    return { sidecar: null, ignored: [] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError(`sidecar ${basename(sidecarPath(path))} is not JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new InputError(`sidecar ${basename(sidecarPath(path))} is not a JSON object`);
  }
  const record = parsed as Record<string, unknown>;
  const sidecar: Sidecar = {};
  const ignored: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if ((SIDECAR_STRINGS as readonly string[]).includes(key) && typeof value === "string" && value) {
      sidecar[key as (typeof SIDECAR_STRINGS)[number]] = value;
    } else if (key === "authors" && Array.isArray(value) && value.every((a) => typeof a === "string")) {
      sidecar.authors = value;
    } else {
      ignored.push(key);
    }
  }
  if (sidecar.published && !/^\d{4}(-\d{2}(-\d{2})?)?/.test(sidecar.published)) {
    ignored.push("published");
    delete sidecar.published;
  }
  return { sidecar, ignored };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a folder";
  return messageOf(error);
}
