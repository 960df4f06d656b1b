// Takes ingest jobs from the queue and runs each through the pipeline into the store, `concurrency`
// at a time, until stopped (or, draining, until no job is left). A job's effect happens once however
// often it runs: the store keeps one document per content hash. Prints nothing but report lines.
import { saveWithDuplicates } from "../corpus/near-duplicates.js";
import { describeError, InputError } from "../pipeline/errors.js";
import type { Analyser } from "../pipeline/pool.js";
import type { IngestItem } from "../stages/ingest/ingest.js";
import { describeQueuedInput, readQueuedInput, type QueuedInput } from "../stages/ingest/queued.js";
import type { JobQueue, QueuedJob } from "../store/job-queue.js";
import { isUnavailable, reasonOf } from "../store/pg-connection.js";
import type { DocumentStore } from "../store/repo.js";
import { analyseItem, countSaved, placeIn, type StoredCounts } from "./batch.js";

/** How long an idle slot waits before asking the queue again. */
const IDLE_POLL_MS = 1_000;
/** How often a worker that lost its connection tries the server again. */
const RECONNECT_POLL_MS = 1_000;
/** After a stop, active jobs have this long to finish before they are handed back to the queue. */
const STOP_GRACE_MS = 30_000;

export interface WorkerOptions {
  store: DocumentStore;
  queue: JobQueue<QueuedInput>;
  analyser: Analyser;
  /** Jobs at once. */
  concurrency: number;
  /** Stop once the queue has no job left that is not finished (queued, retrying or active anywhere). */
  drain: boolean;
  /** How long to try to reconnect to a server gone away before giving up. */
  reconnectSeconds: number;
  report: (line: string) => void;
}

export interface WorkerSummary extends StoredCounts {
  /** Jobs failed for good by this worker (bad input, or every try used). */
  failed: number;
  /** Jobs that failed here and will be tried again. */
  retried: number;
}

/** How a job ended: done (with what is kept as its output), or failed, to be tried again or not. */
type Ending = { kind: "done"; output: object } | { kind: "failed"; reason: string; again: boolean };

export class QueueWorker {
  readonly summary: WorkerSummary = { added: 0, unchanged: 0, updated: 0, duplicate: 0, failed: 0, retried: 0 };
  private readonly options: WorkerOptions;
  private readonly place;
  /** Jobs in hand, with when they were taken. */
  private readonly active = new Map<string, { job: QueuedJob<QueuedInput>; takenAt: number }>();
  private readonly sleepers = new Set<() => void>();
  private stopping = false;
  /** Stopped without waiting for the active jobs, which were handed back: what they still do is dropped. */
  private abandoned = false;
  private fatal: unknown = null;
  private reconnecting: Promise<void> | null = null;
  private release: (() => void) | null = null;

  constructor(options: WorkerOptions) {
    this.options = options;
    this.place = placeIn(options.store);
  }

  /** Runs until stopped, drained or unable to go on; throws what made it unable (a server gone for good). */
  async run(): Promise<WorkerSummary> {
    const slots = Promise.all(Array.from({ length: this.options.concurrency }, () => this.slot().catch((error) => this.giveUp(error))));
    const abandoned = new Promise<void>((resolve) => (this.release = resolve));
    await Promise.race([slots, abandoned]);
    if (this.fatal) throw this.fatal;
    return this.summary;
  }

  /** Takes no more jobs; the active ones finish (or, after STOP_GRACE_MS, are handed back), then run() returns. */
  stop(): void {
    if (this.stopping) return;
    this.stopping = true;
    this.wakeAll();
    setTimeout(() => void this.abandon(), STOP_GRACE_MS).unref();
  }

  /** Hands the active jobs back to the queue now (each is tried again, by any worker), and lets run() return. */
  async abandon(): Promise<void> {
    this.stop();
    if (this.abandoned) return;
    this.abandoned = true;
    await Promise.all([...this.active.values()].map(({ job }) =>
      this.options.queue.fail(job.id, "the worker was stopped before it finished; tried again").catch(() => {})));
    this.release?.();
  }

  private async slot(): Promise<void> {
    while (!this.stopping) {
      let job: QueuedJob<QueuedInput> | null;
      try {
        job = await this.options.queue.fetch();
        if (!job && this.options.drain && (await this.options.queue.pending()) === 0) {
          this.stop();
          return;
        }
      } catch (error) {
        await this.recover(error);
        continue;
      }
      if (job) await this.take(job);
      else await this.sleep(IDLE_POLL_MS);
    }
  }

  private async take(job: QueuedJob<QueuedInput>): Promise<void> {
    const takenAt = Date.now();
    this.active.set(job.id, { job, takenAt });
    try {
      let ending: Ending;
      try {
        ending = await this.ingest(job);
      } catch (error) {
        if (this.abandoned) return;
        if (!isUnavailable(error)) ending = { kind: "failed", reason: describeError(error), again: true };
        else {
          await this.recover(error);
          // Handed back at once if it is still ours; after its timeout the queue has taken it back already.
          if (Date.now() - takenAt < job.timeoutSeconds * 1000) ending = { kind: "failed", reason: "lost the connection to the database during the job", again: true };
          else return;
        }
      }
      if (!this.abandoned) await this.end(job, ending);
    } catch (error) {
      // The queue could not be told: the job stays active until its timeout, then is tried again.
      if (!this.abandoned) await this.recover(error);
    } finally {
      this.active.delete(job.id);
    }
  }

  /** Reads, places, analyses and stores one job's input; a bad input is a failure no retry mends. */
  private async ingest(job: QueuedJob<QueuedInput>): Promise<Ending> {
    let item: IngestItem;
    try {
      const { input, warnings } = await readQueuedInput(job.data);
      item = { ok: true, input, warnings };
    } catch (error) {
      // A file that cannot be read now may be readable later (a shared disk back), so only bad content fails for good.
      if (!(error instanceof InputError)) throw error;
      item = { ok: false, path: describeQueuedInput(job.data), reason: error.message };
    }
    const result = await analyseItem(item, { analyser: this.options.analyser, place: this.place }, this.options.report);
    if (result.kind === "failed" || result.kind === "skipped") return { kind: "failed", reason: result.reason, again: false };
    if (result.kind === "unchanged") {
      this.summary.unchanged++;
      return { kind: "done", output: { outcome: "unchanged", id: result.id } };
    }
    const [saved] = await saveWithDuplicates(this.options.store, [result.record]);
    countSaved(this.summary, saved!);
    return { kind: "done", output: { ...saved!, id: result.record.id } };
  }

  /** Tells the queue how the job ended, and reports a failure that analyseItem has not reported already. */
  private async end(job: QueuedJob<QueuedInput>, ending: Ending): Promise<void> {
    const queue = this.options.queue;
    if (ending.kind === "done") return queue.complete(job.id, ending.output);
    if (!ending.again) {
      this.summary.failed++;
      return queue.failForGood(job.id, ending.reason);
    }
    const last = job.attempt >= job.attempts;
    this.summary[last ? "failed" : "retried"]++;
    this.options.report(`${describeQueuedInput(job.data)}: error: ${ending.reason} (try ${job.attempt} of ${job.attempts}; ${last ? "dead-lettered" : "tried again later"})`);
    return queue.fail(job.id, ending.reason);
  }

  /** Waits, with the other slots, until the server answers again; a server gone for longer than reconnectSeconds, or any other error, ends the worker. */
  private async recover(error: unknown): Promise<void> {
    if (!isUnavailable(error)) return this.giveUp(error);
    this.reconnecting ??= this.reconnect(error).finally(() => (this.reconnecting = null));
    return this.reconnecting;
  }

  private async reconnect(lost: InputError): Promise<void> {
    const seconds = this.options.reconnectSeconds;
    this.options.report(`${this.lostConnection(lost)}; reconnecting for up to ${seconds} s`);
    const deadline = Date.now() + seconds * 1000;
    while (!this.stopping) {
      await this.sleep(RECONNECT_POLL_MS);
      try {
        await this.options.queue.pending();
        this.options.report(`reconnected to PostgreSQL database ${this.options.queue.location}`);
        return;
      } catch (error) {
        if (!isUnavailable(error)) return this.giveUp(error);
        if (Date.now() >= deadline) {
          return this.giveUp(new InputError(`${this.lostConnection(error)}; gave up after ${seconds} s (--reconnect-for); the jobs this worker had are tried again once they time out`, { cause: error }));
        }
      }
    }
  }

  /** The line that says so, without the advice the store's own message gives its callers. */
  private lostConnection(error: InputError): string {
    return `lost the connection to PostgreSQL database ${this.options.queue.location}: ${reasonOf(error.cause)}`;
  }

  private giveUp(error: unknown): void {
    this.fatal ??= error;
    this.stop();
  }

  /** Waits `ms`, or less when the worker stops. */
  private sleep(ms: number): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });
  }

  private wakeAll(): void {
    for (const wake of [...this.sleepers]) wake();
  }
}
