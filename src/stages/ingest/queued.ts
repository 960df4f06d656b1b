// An input as a queue job carries it to a worker on any machine, and back: an article file by its
// absolute path and content hash (the worker reads it again, from the same path on a shared disk),
// a WARC record, feed item or stdin by its bytes (nothing to read again). Reads; analyses nothing.
import { resolve } from "node:path";
import type { InputFormat, InputHints, RawInput } from "../../doc/model.js";
import { InputError } from "../../pipeline/errors.js";
import { containerOf } from "./containers.js";
import { readArticleFile } from "./ingest.js";

export type QueuedInput =
  | {
      kind: "file";
      /** The id given when it was queued (unique among the inputs queued with it). */
      id: string;
      path: string;
      /** What the file (and its sidecar) held when it was queued: the job is that content, and no other. */
      contentHash: string;
      maxBytes: number;
    }
  | {
      kind: "bytes";
      id: string;
      source: RawInput["source"];
      format: InputFormat;
      contentHash: string;
      /** The input's bytes, base64. */
      bytes: string;
      hints?: InputHints;
    };

/** The job of an input that has just been read. */
export function toQueuedInput(input: RawInput, maxBytes: number): QueuedInput {
  const path = input.source.path;
  if (path !== null && !containerOf(path)) return { kind: "file", id: input.id, path: resolve(path), contentHash: input.contentHash, maxBytes };
  return {
    kind: "bytes", id: input.id, source: input.source, format: input.format, contentHash: input.contentHash,
    bytes: Buffer.from(input.bytes).toString("base64"), ...(input.hints ? { hints: input.hints } : {}),
  };
}

/** "news.warc.gz [news#3]", "/corpus/a.txt", "- [stdin~1a2b3c4d]": the job's input in messages. */
export function describeQueuedInput(job: QueuedInput): string {
  return job.kind === "file" ? job.path : `${job.source.path ?? "-"} [${job.id}]`;
}

/**
 * The input a job names, with the warnings of reading it. A file that now holds other content is
 * an InputError (queue it again); a file that cannot be read throws the system's error, which may
 * pass (a shared disk that hiccups), so the job is tried again.
 */
export async function readQueuedInput(job: QueuedInput): Promise<{ input: RawInput; warnings: string[] }> {
  if (job.kind === "bytes") {
    const input: RawInput = { id: job.id, source: job.source, format: job.format, bytes: Buffer.from(job.bytes, "base64"), sidecar: null, contentHash: job.contentHash };
    return { input: job.hints ? { ...input, hints: job.hints } : input, warnings: [] };
  }
  const { input, warnings } = await readArticleFile(job.path, { maxBytes: job.maxBytes });
  if (input.contentHash !== job.contentHash) {
    throw new InputError(`changed since it was queued (content ${job.contentHash.slice(0, 8)}, now ${input.contentHash.slice(0, 8)}); queue it again`);
  }
  return { input: { ...input, id: job.id }, warnings };
}
