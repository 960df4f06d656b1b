// Writes WARC files with warcio's own serializer: for the tests and for the corpus benchmark.
import { WARCRecord, WARCSerializer } from "warcio";

export interface ResponseSpec {
  url: string;
  date: string;
  status?: number;
  contentType?: string;
  body: string | Uint8Array;
  type?: "response" | "request";
}

async function* chunks(body: string | Uint8Array): AsyncGenerator<Uint8Array> {
  yield typeof body === "string" ? new TextEncoder().encode(body) : body;
}

export async function warcFile(records: ResponseSpec[], gzip = false): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (const spec of records) {
    const status = spec.status ?? 200;
    const record = WARCRecord.create(
      {
        url: spec.url,
        date: spec.date,
        type: spec.type ?? "response",
        warcVersion: "WARC/1.1",
        ...(spec.type === "request" ? {} : { statusline: `HTTP/1.1 ${status} ${status === 200 ? "OK" : "Not Found"}`, httpHeaders: { "Content-Type": spec.contentType ?? "text/html; charset=utf-8" } }),
      },
      chunks(spec.body),
    );
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  return Buffer.concat(parts);
}
