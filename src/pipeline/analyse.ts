// One input through the pipeline, as a plain result that can cross a worker-thread boundary:
// the record and its warnings, or the reason it failed.
import type { RawInput } from "../doc/model.js";
import { toRecord, type DocRecord } from "../doc/record.js";
import { describeError } from "./errors.js";
import { buildPipeline, runPipeline, type Pipeline } from "./run.js";

export type Analysis = { ok: true; record: DocRecord; warnings: string[] } | { ok: false; reason: string };

export function analyseInput(pipeline: Pipeline, input: RawInput): Analysis {
  try {
    const { doc, warnings } = runPipeline(pipeline, input);
    return { ok: true, record: toRecord(doc), warnings };
  } catch (error) {
    return { ok: false, reason: describeError(error) };
  }
}

let workerPipeline: Pipeline | null = null;

/** The worker thread's task (piscina calls the default export): one pipeline per thread, built once. */
export default function analyseInWorker(input: RawInput): Analysis {
  workerPipeline ??= buildPipeline();
  return analyseInput(workerPipeline, input);
}
