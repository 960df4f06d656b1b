// Runs the pipeline over every input of a batch and reports each file's warnings and
// failure on stderr as one line naming the file. A bad file never stops the batch.
import type { RawInput } from "../doc/model.js";
import type { DocRecord } from "../doc/record.js";
import type { Analysis } from "../pipeline/analyse.js";
import type { Analyser } from "../pipeline/pool.js";
import { readInputs, type IngestItem } from "../stages/ingest/ingest.js";
import type { DocumentStore, GroupedSave } from "../store/repo.js";

export type BatchItem =
  | { kind: "record"; input: RawInput; record: DocRecord }
  | { kind: "unchanged"; input: RawInput; id: string }
  /** A container entry that is no article (a redirect, an image, a feed item with only a summary). */
  | { kind: "skipped"; path: string; reason: string }
  | { kind: "failed"; path: string; reason: string };

/** How one input is analysed: on which analyser, and placed how (see placeIn). */
export interface AnalyseOptions {
  analyser: Analyser;
  /** Decides an input's id before work is done, and whether it is unchanged and can be skipped. */
  place?: (input: RawInput) => Promise<{ id: string; skip: boolean }>;
}

export interface BatchOptions extends AnalyseOptions {
  maxBytes: number;
  report?: (line: string) => void;
}

/** What a run stored, by outcome; `duplicate` counts the added or updated documents that copy a stored story (also counted there). */
export interface StoredCounts {
  added: number;
  unchanged: number;
  updated: number;
  duplicate: number;
}

export function countSaved(counts: StoredCounts, saved: GroupedSave): void {
  counts[saved.outcome]++;
  if (saved.duplicateOf) counts.duplicate++;
}

/** Places inputs as the store would store them: the id they get there, and whether it holds their content already. */
export function placeIn(store: DocumentStore): NonNullable<AnalyseOptions["place"]> {
  return async (input) => {
    const placement = await store.place(input.id, input.contentHash, input.source.path);
    return { id: placement.id, skip: placement.kind === "unchanged" };
  };
}

/** The file, and for an article of a WARC or feed its id ("news.warc.gz [news#3]"). */
const displayPath = (input: RawInput) => `${input.source.path ?? "-"}${input.id.includes("#") ? ` [${input.id}]` : ""}`;

/**
 * Reads, places and analyses every input; analyses run concurrently on the analyser's jobs,
 * results come out in input order. Reading waits when the window is full (back-pressure).
 */
export async function* runBatch(paths: readonly string[], options: BatchOptions): AsyncGenerator<BatchItem> {
  const report = options.report ?? ((line: string) => process.stderr.write(`${line}\n`));
  const window: Promise<BatchItem>[] = [];
  const limit = options.analyser.capacity;
  for await (const item of readInputs(paths, { maxBytes: options.maxBytes })) {
    const settled = analyseItem(item, options, report);
    // A failure (a store gone away) is thrown when its turn comes; one still in the window when
    // the consumer stops is dropped rather than left an unhandled rejection.
    settled.catch(() => {});
    window.push(settled);
    if (window.length >= limit) yield await window.shift()!;
  }
  while (window.length) yield await window.shift()!;
}

/** One input read (or not) → what became of it, its warnings and failure reported as lines naming it. */
export async function analyseItem(item: IngestItem, options: AnalyseOptions, report: (line: string) => void): Promise<BatchItem> {
  if (item.ok === "skipped") return { kind: "skipped", path: item.path, reason: item.reason };
  if (!item.ok) {
    report(`${item.path}: error: ${item.reason}`);
    return { kind: "failed", path: item.path, reason: item.reason };
  }
  const input = item.input;
  for (const warning of item.warnings) report(`${displayPath(input)}: warning: ${warning}`);
  const placement = await options.place?.(input);
  if (placement) input.id = placement.id;
  if (placement?.skip) return { kind: "unchanged", input, id: placement.id };
  const analysis: Analysis = await options.analyser.analyse(input);
  if (!analysis.ok) {
    report(`${displayPath(input)}: error: ${analysis.reason}`);
    return { kind: "failed", path: displayPath(input), reason: analysis.reason };
  }
  for (const warning of analysis.warnings) report(`${displayPath(input)}: warning: ${warning}`);
  return { kind: "record", input, record: analysis.record };
}
