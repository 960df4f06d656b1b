// Runs the pipeline over every input of a batch and reports each file's warnings and
// failure on stderr as one line naming the file. A bad file never stops the batch.
import type { RawInput } from "../doc/model.js";
import { toRecord, type DocRecord } from "../doc/record.js";
import { describeError } from "../pipeline/errors.js";
import { runPipeline, type Pipeline } from "../pipeline/run.js";
import { readInputs } from "../stages/ingest/ingest.js";

export type BatchItem =
  | { kind: "record"; input: RawInput; record: DocRecord }
  | { kind: "unchanged"; input: RawInput; id: string }
  /** A container entry that is no article (a redirect, an image, a feed item with only a summary). */
  | { kind: "skipped"; path: string; reason: string }
  | { kind: "failed"; path: string; reason: string };

export interface BatchOptions {
  pipeline: Pipeline;
  maxBytes: number;
  /** Decides an input's id before work is done, and whether it is unchanged and can be skipped. */
  place?: (input: RawInput) => { id: string; skip: boolean };
  report?: (line: string) => void;
}

/** The file, and for an article of a WARC or feed its id ("news.warc.gz [news#3]"). */
const displayPath = (input: RawInput) => `${input.source.path ?? "-"}${input.id.includes("#") ? ` [${input.id}]` : ""}`;

export async function* runBatch(paths: readonly string[], options: BatchOptions): AsyncGenerator<BatchItem> {
  const report = options.report ?? ((line: string) => process.stderr.write(`${line}\n`));
  for await (const item of readInputs(paths, { maxBytes: options.maxBytes })) {
    if (item.ok === "skipped") {
      yield { kind: "skipped", path: item.path, reason: item.reason };
      continue;
    }
    if (!item.ok) {
      report(`${item.path}: error: ${item.reason}`);
      yield { kind: "failed", path: item.path, reason: item.reason };
      continue;
    }
    const input = item.input;
    for (const warning of item.warnings) report(`${displayPath(input)}: warning: ${warning}`);
    const placement = options.place?.(input);
    if (placement) input.id = placement.id;
    if (placement?.skip) {
      yield { kind: "unchanged", input, id: placement.id };
      continue;
    }
    try {
      const { doc, warnings } = runPipeline(options.pipeline, input);
      for (const warning of warnings) report(`${displayPath(input)}: warning: ${warning}`);
      yield { kind: "record", input, record: toRecord(doc) };
    } catch (error) {
      const reason = describeError(error);
      report(`${displayPath(input)}: error: ${reason}`);
      yield { kind: "failed", path: displayPath(input), reason };
    }
  }
}
