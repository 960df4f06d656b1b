// Cuts a WARC stream into records by their declared lengths, and checks every cut: a block must
// be followed by the record separator (CRLF CRLF) and then by the next record's "WARC/1.x" line.
// warcio trusts Content-Length blindly: a length too long swallows the records after it (up to
// the end of the file, silently), one too short leaves the block's tail to be parsed as a record.
// Here a wrong length makes one broken record, and reading resumes at the next record's version
// line, so every other record is still read. Streams throughout: a block is never held whole.

/** The decompressed bytes of a WARC from a byte offset; opened again to go back to a record a too-long block ran over. */
export type OpenWarcAt = (position: number) => AsyncIterable<Buffer>;

/** One record as its headers frame it. */
export interface FramedRecord {
  kind: "record";
  /** 1-based, in file order, counting every record found. */
  index: number;
  recordId: string | null;
  declaredLength: number;
  /** The version line, the WARC headers and the blank line that ends them. */
  head: Buffer;
  /** The block as declared, streamed; read as much of it as needed before asking for the next record. */
  block: AsyncIterable<Buffer>;
}

/** A record whose frame is wrong: its verdict comes after the record itself, once its block has been read past. */
export interface BrokenRecord {
  kind: "broken";
  index: number;
  recordId: string | null;
  reason: string;
}

/** An error of the underlying stream (unreadable file, corrupt gzip): it ends the file, unlike a broken record. */
export class WarcStreamError extends Error {}

const SEPARATOR = Buffer.from("\r\n\r\n");
/** Headers longer than this are not headers: the frame is lost. */
const MAX_HEAD_BYTES = 64 * 1024;

/** Every record of the stream, and a broken entry for each record whose frame is wrong. */
export async function* frameWarc(openAt: OpenWarcAt): AsyncGenerator<FramedRecord | BrokenRecord> {
  let reader = new ByteReader(openAt(0), 0);
  let index = 0;
  try {
    for (;;) {
      const head = await readHead(reader);
      if (head === "end") return;
      index++;
      if (head.kind === "broken") {
        yield { kind: "broken", index, recordId: null, reason: head.reason };
        if (head.truncated) return;
        const found = await findNextRecord(reader, new RecordStartScanner());
        if (found === null) return;
        reader = await reader.moveTo(found, openAt);
        continue;
      }
      const block = new Block(reader, head.declaredLength);
      yield { kind: "record", index, recordId: head.recordId, declaredLength: head.declaredLength, head: head.bytes, block };
      await block.skipRest();
      const framed = block.remaining === 0 && (await separatorFollows(reader));
      if (framed) continue;
      // A record begins inside the block (the length is too long) or after it (too short, or cut).
      const found = block.scanner.first ?? (await findNextRecord(reader, block.scanner));
      const reason = wrongLength(head.declaredLength, block, found);
      yield { kind: "broken", index, recordId: head.recordId, reason };
      if (found === null) return;
      reader = await reader.moveTo(found, openAt);
    }
  } finally {
    await reader.close();
  }
}

function wrongLength(declared: number, block: Block, nextRecord: number | null): string {
  if (nextRecord !== null) return `declared length ${declared} does not match the block (${nextRecord - block.start - SEPARATOR.length} bytes up to the next record)`;
  if (block.remaining > 0) return `truncated WARC: the last record is cut short (declared length ${declared}, the file ends after ${declared - block.remaining} bytes)`;
  return `truncated WARC: no record separator after the last record's declared length ${declared}`;
}

type Head =
  | { kind: "head"; bytes: Buffer; declaredLength: number; recordId: string | null }
  | { kind: "broken"; reason: string; truncated: boolean };

/** The next record's headers, up to and with the blank line; "end" at the end of the stream. */
async function readHead(reader: ByteReader): Promise<Head | "end"> {
  const parts: Buffer[] = [];
  let size = 0;
  for (;;) {
    const chunk = await reader.chunk(MAX_HEAD_BYTES - size);
    if (!chunk) {
      if (size === 0) return "end";
      return { kind: "broken", reason: "truncated WARC: the file ends inside a record's headers", truncated: true };
    }
    // Search from three bytes back: the blank line may straddle two chunks.
    const searchFrom = Math.max(0, size - SEPARATOR.length + 1);
    parts.push(chunk);
    size += chunk.length;
    const joined = parts.length === 1 ? chunk : Buffer.concat(parts, size);
    const end = joined.indexOf(SEPARATOR, searchFrom);
    const head: Head | null = end >= 0 ? parseHead(joined.subarray(0, end + SEPARATOR.length)) : size >= MAX_HEAD_BYTES ? { kind: "broken", reason: `not a WARC record: no end of headers within ${MAX_HEAD_BYTES / 1024} KB`, truncated: false } : null;
    if (!head) continue;
    // What is not a record's headers may hold the next record's start: it is searched again from here.
    reader.unread(head.kind === "head" ? joined.subarray(head.bytes.length) : joined);
    return head;
  }
}

function parseHead(bytes: Buffer): Head {
  const text = bytes.toString("latin1");
  if (!/^WARC\/1\.\d\r\n/.test(text)) return { kind: "broken", reason: `not a WARC record: it begins with ${JSON.stringify(text.slice(0, 24))}`, truncated: false };
  const length = /^content-length:[ \t]*(\d+)[ \t]*\r$/im.exec(text)?.[1];
  const recordId = /^warc-record-id:[ \t]*(\S+)/im.exec(text)?.[1] ?? null;
  if (length === undefined) return { kind: "broken", reason: `record ${recordId ?? "without WARC-Record-ID"} has no Content-Length`, truncated: false };
  return { kind: "head", bytes: Buffer.from(bytes), declaredLength: Number(length), recordId };
}

/** After a block: CRLF CRLF, any further blank lines, then the next record or the end of the stream. */
async function separatorFollows(reader: ByteReader): Promise<boolean> {
  const separator = await reader.peek(SEPARATOR.length);
  if (!separator.equals(SEPARATOR)) return false;
  await reader.skip(SEPARATOR.length);
  // Some writers add blank lines between records: harmless, so they are passed over.
  for (;;) {
    const next = await reader.peek(5);
    if (next.length === 0 || next.toString("latin1") === "WARC/") return true;
    if (next[0] !== 0x0d && next[0] !== 0x0a) return false;
    await reader.skip(1);
  }
}

/**
 * Reads on from the reader's position to the next record's version line, and leaves the reader
 * there when the line is in the chunk read last; its position, or null at the end of the stream.
 */
async function findNextRecord(reader: ByteReader, scanner: RecordStartScanner): Promise<number | null> {
  for (;;) {
    const start = reader.position;
    const chunk = await reader.chunk();
    if (!chunk) return null;
    const found = scanner.scan(chunk, start);
    if (found === null) continue;
    if (found >= start) reader.unread(chunk.subarray(found - start));
    return found;
  }
}

/** The declared block of one record, streamed from the reader; looks out for a record starting inside it. */
class Block implements AsyncIterable<Buffer> {
  readonly start: number;
  remaining: number;
  readonly scanner = new RecordStartScanner();

  constructor(private readonly reader: ByteReader, declaredLength: number) {
    this.start = reader.position;
    this.remaining = declaredLength;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
    while (this.remaining > 0) {
      const start = this.reader.position;
      const chunk = await this.reader.chunk(this.remaining);
      if (!chunk) return;
      this.remaining -= chunk.length;
      this.scanner.scan(chunk, start);
      yield chunk;
    }
  }

  /** Reads past what the consumer left, holding none of it: a skipped record may be huge. */
  async skipRest(): Promise<void> {
    for await (const chunk of this) void chunk;
  }
}

const VERSION_MARK = Buffer.from("\nWARC/1.");
/** "\nWARC/1." with the minor digit and CRLF: a whole version line. */
const VERSION_LINE_LENGTH = VERSION_MARK.length + 3;

/** Finds the first line "WARC/1.x" in a stream fed chunk by chunk, also across chunk edges. */
class RecordStartScanner {
  /** The position of the first version line seen. */
  first: number | null = null;
  /** The last bytes seen, where a version line cut by a chunk edge begins. */
  private tail = Buffer.alloc(0);
  private tailStart = 0;

  /** The position of the first version line found so far, looking at `chunk` (which starts at `start`) too. */
  scan(chunk: Buffer, start: number): number | null {
    if (this.first !== null) return this.first;
    const edge = Buffer.concat([this.tail, chunk.subarray(0, VERSION_LINE_LENGTH - 1)]);
    const acrossEdge = versionLineAt(edge, this.tail.length);
    const within = acrossEdge === null ? versionLineAt(chunk, chunk.length) : null;
    if (acrossEdge !== null) this.first = this.tailStart + acrossEdge;
    else if (within !== null) this.first = start + within;
    const joined = chunk.length >= VERSION_LINE_LENGTH - 1 ? chunk : Buffer.concat([this.tail, chunk]);
    const kept = Math.min(joined.length, VERSION_LINE_LENGTH - 1);
    this.tail = Buffer.from(joined.subarray(joined.length - kept));
    this.tailStart = start + chunk.length - kept;
    return this.first;
  }
}

/** The offset of "WARC/1.x" in the first whole version line of `bytes` whose newline is before `before`. */
function versionLineAt(bytes: Buffer, before: number): number | null {
  for (let at = bytes.indexOf(VERSION_MARK); at >= 0 && at < before; at = bytes.indexOf(VERSION_MARK, at + 1)) {
    const digit = bytes[at + VERSION_MARK.length];
    if (digit !== undefined && digit >= 0x30 && digit <= 0x39 && bytes[at + VERSION_MARK.length + 1] === 0x0d && bytes[at + VERSION_MARK.length + 2] === 0x0a) return at + 1;
  }
  return null;
}

/** A byte stream read in chunks of chosen size, with bytes put back, and its position counted. */
class ByteReader {
  private readonly source: AsyncIterator<Buffer>;
  /** Bytes put back, the next to read last: read before the source, never copied. */
  private readonly pending: Buffer[] = [];

  constructor(source: AsyncIterable<Buffer>, public position: number) {
    this.source = source[Symbol.asyncIterator]();
  }

  /** The next bytes, at most `max` of them; null at the end of the stream. */
  async chunk(max = Infinity): Promise<Buffer | null> {
    let chunk = this.pending.pop();
    if (!chunk) {
      let next: IteratorResult<Buffer>;
      try {
        next = await this.source.next();
      } catch (error) {
        throw new WarcStreamError((error as Error).message, { cause: error });
      }
      if (next.done) return null;
      chunk = next.value;
    }
    if (chunk.length > max) {
      this.pending.push(chunk.subarray(max));
      chunk = chunk.subarray(0, max);
    }
    this.position += chunk.length;
    return chunk;
  }

  unread(bytes: Buffer): void {
    if (!bytes.length) return;
    this.pending.push(bytes);
    this.position -= bytes.length;
  }

  /** The next `length` bytes (fewer at the end of the stream), left unread. */
  async peek(length: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let size = 0;
    while (size < length) {
      const chunk = await this.chunk(length - size);
      if (!chunk) break;
      parts.push(chunk);
      size += chunk.length;
    }
    const bytes = Buffer.concat(parts, size);
    this.unread(bytes);
    return bytes;
  }

  async skip(length: number): Promise<void> {
    for (let left = length; left > 0; ) {
      const chunk = await this.chunk(left);
      if (!chunk) return;
      left -= chunk.length;
    }
  }

  /** A reader at `position`: this one when the position is still ahead, else the stream opened again there. */
  async moveTo(position: number, openAt: OpenWarcAt): Promise<ByteReader> {
    if (position >= this.position) {
      await this.skip(position - this.position);
      return this;
    }
    await this.close();
    return new ByteReader(openAt(position), position);
  }

  /** Stops the source (closing its file) when it is left before its end. */
  async close(): Promise<void> {
    await this.source.return?.();
  }
}
