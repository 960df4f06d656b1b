// The WARC framing alone: records cut by their declared lengths, wrong lengths found, and reading
// resumed at the next record, whatever the size of the chunks the stream comes in.
import { describe, expect, it } from "vitest";
import { frameWarc } from "../src/stages/ingest/warc-framing.js";
import { recordIdOf, warcFile, withLengthOff } from "../eval/warc-writer.js";

const DATE = "2024-03-02T10:00:00Z";
const page = (n: number) => `<html><body><p>Dispatch ${n}: the harbour authority of a small island state reopened its northern pier.</p></body></html>`;

async function records(count: number): Promise<Buffer[]> {
  return Promise.all(Array.from({ length: count }, (_, n) => warcFile([{ url: `https://wire.example/${n + 1}`, date: DATE, body: page(n + 1) }])));
}

interface Seen {
  index: number;
  kind: "record" | "broken";
  recordId: string | null;
  body?: string;
  reason?: string;
}

/** What the framing finds in `bytes` read in chunks of `chunkSize`, reading every block whole. */
async function frame(bytes: Buffer, chunkSize: number): Promise<Seen[]> {
  async function* from(position: number): AsyncGenerator<Buffer> {
    for (let at = position; at < bytes.length; at += chunkSize) yield bytes.subarray(at, Math.min(bytes.length, at + chunkSize));
  }
  const seen: Seen[] = [];
  for await (const entry of frameWarc(from)) {
    if (entry.kind === "broken") {
      seen.push({ index: entry.index, kind: "broken", recordId: entry.recordId, reason: entry.reason });
      continue;
    }
    const parts: Buffer[] = [];
    for await (const chunk of entry.block) parts.push(chunk);
    seen.push({ index: entry.index, kind: "record", recordId: entry.recordId, body: Buffer.concat(parts).toString("latin1").split("\r\n\r\n")[1] });
  }
  return seen;
}

const CHUNK_SIZES = [1, 7, 64, 1 << 16];

describe("warc framing", () => {
  it("warc framing: well-framed records come out whole, with blank lines between records passed over", async () => {
    const [a, b, c] = await records(3);
    const bytes = Buffer.concat([a!, b!, Buffer.from("\r\n\r\n"), c!]);
    for (const size of CHUNK_SIZES) {
      const seen = await frame(bytes, size);
      expect(seen.map((s) => [s.kind, s.body])).toEqual([["record", page(1)], ["record", page(2)], ["record", page(3)]]);
    }
  });

  it("warc framing: a length too long is one broken record, and the records it ran over are read", async () => {
    const [a, b, c, d] = await records(4);
    // Into the next record's headers, to just inside its version line, and past the end of the file.
    for (const delta of [300, 9, 1_000_000]) for (const size of CHUNK_SIZES) {
      const bytes = Buffer.concat([a!, withLengthOff(b!, delta), c!, d!]);
      const seen = await frame(bytes, size);
      expect(seen.filter((s) => s.kind === "record" && s.index !== 2).map((s) => s.body)).toEqual([page(1), page(3), page(4)]);
      const broken = seen.filter((s) => s.kind === "broken");
      expect(broken).toEqual([{ index: 2, kind: "broken", recordId: recordIdOf(b!), reason: expect.stringMatching(/^declared length \d+ does not match the block \(\d+ bytes up to the next record\)$/) }]);
      const declared = Number(/declared length (\d+)/.exec(broken[0]!.reason!)![1]);
      const real = Number(/\((\d+) bytes/.exec(broken[0]!.reason!)![1]);
      expect(declared - real).toBe(delta);
    }
  });

  it("warc framing: a length too short is one broken record, and reading resumes at the next one", async () => {
    const [a, b, c] = await records(3);
    for (const delta of [-40, -1]) for (const size of CHUNK_SIZES) {
      const bytes = Buffer.concat([a!, withLengthOff(b!, delta), c!]);
      const seen = await frame(bytes, size);
      expect(seen.map((s) => [s.index, s.kind])).toEqual([[1, "record"], [2, "record"], [2, "broken"], [3, "record"]]);
      expect(seen[2]!.reason).toMatch(/^declared length \d+ does not match the block \(\d+ bytes up to the next record\)$/);
      expect(seen[3]!.body).toBe(page(3));
    }
  });

  it("warc framing: a block that holds a WARC of its own is not a break when its length is right", async () => {
    const inner = Buffer.concat(await records(2)).toString("latin1");
    const outer = await warcFile([{ url: "https://wire.example/archive.warc", date: DATE, body: inner, contentType: "application/warc" }, { url: "https://wire.example/next", date: DATE, body: page(9) }]);
    for (const size of CHUNK_SIZES) expect((await frame(outer, size)).map((s) => [s.index, s.kind])).toEqual([[1, "record"], [2, "record"]]);
  });

  it("warc framing: what is not a record is one broken entry, and the next record is found", async () => {
    const [a] = await records(1);
    for (const size of CHUNK_SIZES) {
      const seen = await frame(Buffer.concat([Buffer.from("GIF89a junk\r\nmore junk\r\n\r\n"), a!]), size);
      expect(seen.map((s) => [s.index, s.kind])).toEqual([[1, "broken"], [2, "record"]]);
      expect(seen[0]!.reason).toMatch(/^not a WARC record: it begins with "GIF89a/);
    }
  });

  it("warc framing: a file cut before the last separator, inside a block or inside headers ends with one truncation", async () => {
    const [a, b] = await records(2);
    for (const cut of [b!.length - 4, b!.length - 30, 20]) {
      for (const size of CHUNK_SIZES) {
        const seen = await frame(Buffer.concat([a!, b!.subarray(0, cut)]), size);
        expect(seen.map((s) => [s.index, s.kind])).toEqual(cut > 100 ? [[1, "record"], [2, "record"], [2, "broken"]] : [[1, "record"], [2, "broken"]]);
        expect(seen.at(-1)!.reason).toMatch(/^truncated WARC: /);
      }
    }
  });
});
