// `dyad ingest --queue`: reads every input once (for its id and content hash) and queues one job
// per article file, WARC record, feed item or stdin, for `dyad worker`s to analyse and store.
import { readInputs } from "../stages/ingest/ingest.js";
import { toQueuedInput, type QueuedInput } from "../stages/ingest/queued.js";
import { JobQueue } from "../store/job-queue.js";

/** Jobs per insert, and the bytes of job data that end a batch early: WARC records travel inside their jobs. */
const BATCH_JOBS = 500;
const BATCH_BYTES = 8 * 1024 * 1024;

export interface EnqueueSummary {
  queued: number;
  /** WARC records and feed items that are no articles. */
  skipped: number;
  /** Inputs that could not be read: nothing queued for them. */
  failed: number;
}

export interface EnqueueOptions {
  db: string;
  maxBytes: number;
  /** How long a worker may hold one job before it is taken back and tried again. */
  timeoutSeconds: number;
  report: (line: string) => void;
  verbose: boolean;
}

/** Queues the inputs of `paths` in the database's queue; returns what was queued, skipped and failed. */
export async function enqueueInputs(paths: readonly string[], options: EnqueueOptions): Promise<{ summary: EnqueueSummary; location: string }> {
  const queue = await JobQueue.open<QueuedInput>(options.db, { maintain: false });
  const summary: EnqueueSummary = { queued: 0, skipped: 0, failed: 0 };
  let batch: QueuedInput[] = [];
  let bytes = 0;
  const flush = async () => {
    if (!batch.length) return;
    await queue.enqueue(batch, options.timeoutSeconds);
    summary.queued += batch.length;
    batch = [];
    bytes = 0;
  };
  try {
    // Warnings (a sidecar field ignored) are the worker's to report, when it reads the input for good.
    for await (const item of readInputs(paths, { maxBytes: options.maxBytes })) {
      if (item.ok === "skipped") {
        summary.skipped++;
        if (options.verbose) options.report(`${item.path}: skipped: ${item.reason}`);
      } else if (!item.ok) {
        summary.failed++;
        options.report(`${item.path}: error: ${item.reason}`);
      } else {
        const job = toQueuedInput(item.input, options.maxBytes);
        batch.push(job);
        if (job.kind === "bytes") bytes += job.bytes.length;
        if (batch.length >= BATCH_JOBS || bytes >= BATCH_BYTES) await flush();
      }
    }
    await flush();
    return { summary, location: queue.location };
  } finally {
    await queue.close();
  }
}
