// Writes WARC files with warcio's own serializer: for the tests and for the corpus benchmark.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { WARCRecord, WARCSerializer } from "warcio";

export interface ResponseSpec {
  url: string;
  date: string;
  status?: number;
  contentType?: string;
  /** Empty for a request, and for a revisit (its payload is the earlier capture's). */
  body: string | Uint8Array;
  type?: "response" | "request" | "revisit";
}

const STATUS_TEXT: Record<number, string> = { 200: "OK", 301: "Moved Permanently", 404: "Not Found" };

async function* chunks(body: string | Uint8Array): AsyncGenerator<Uint8Array> {
  yield typeof body === "string" ? new TextEncoder().encode(body) : body;
}

/** The record's HTTP part: a GET for a request, a status line and a content type otherwise. */
function httpPart(spec: ResponseSpec): { statusline: string; httpHeaders: Record<string, string> } {
  if (spec.type === "request") {
    const url = new URL(spec.url);
    return { statusline: `GET ${url.pathname} HTTP/1.1`, httpHeaders: { Host: url.host, "User-Agent": "dyad-bench/1.0" } };
  }
  const status = spec.status ?? 200;
  return { statusline: `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? "Other"}`, httpHeaders: { "Content-Type": spec.contentType ?? "text/html; charset=utf-8" } };
}

export async function serializeRecord(spec: ResponseSpec, gzip = false): Promise<Uint8Array> {
  const type = spec.type ?? "response";
  const record = WARCRecord.create(
    { url: spec.url, date: spec.date, type, warcVersion: "WARC/1.1", ...httpPart(spec), ...(type === "revisit" ? { refersToUrl: spec.url, refersToDate: spec.date } : {}) },
    chunks(spec.body),
  );
  return WARCSerializer.serialize(record, { gzip });
}

export async function warcFile(records: ResponseSpec[], gzip = false): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (const spec of records) parts.push(await serializeRecord(spec, gzip));
  return Buffer.concat(parts);
}

/** Streams records to a file, one at a time, waiting for the disk: a large WARC is never in memory. Returns its size. */
export async function writeWarc(path: string, records: Iterable<ResponseSpec> | AsyncIterable<ResponseSpec>, gzip = false): Promise<number> {
  const out = createWriteStream(path);
  let size = 0;
  for await (const spec of records) {
    const bytes = await serializeRecord(spec, gzip);
    size += bytes.length;
    if (!out.write(bytes)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return size;
}

const WARC_CONTENT_LENGTH = /\r\nContent-Length: (\d+)\r\n/i;

/** A serialized record whose WARC Content-Length is off by `delta` bytes: a frame that lies, for the tests. */
export function withLengthOff(record: Buffer, delta: number): Buffer {
  // The first Content-Length is the WARC header's: the HTTP headers come after, in the block.
  const match = WARC_CONTENT_LENGTH.exec(record.toString("latin1"));
  if (!match) throw new Error("not a serialized WARC record");
  const patched = Buffer.from(`\r\nContent-Length: ${Number(match[1]) + delta}\r\n`, "latin1");
  return Buffer.concat([record.subarray(0, match.index), patched, record.subarray(match.index + match[0].length)]);
}

/** The WARC-Record-ID of a serialized record. */
export function recordIdOf(record: Buffer): string {
  const id = /\r\nWARC-Record-ID: (\S+)\r\n/i.exec(record.toString("latin1"))?.[1];
  if (!id) throw new Error("no WARC-Record-ID");
  return id;
}
