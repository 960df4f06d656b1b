// `dyad worker` and `dyad queue`: the workers that take the jobs `dyad ingest --queue` put in a
// PostgreSQL database's queue, on any number of machines, and the queue's state at a glance.
import type { Command } from "commander";
import { loadConfig } from "../../config.js";
import { createAnalyser, DEFAULT_JOBS } from "../../pipeline/pool.js";
import { describeQueuedInput, type QueuedInput } from "../../stages/ingest/queued.js";
import { JobQueue } from "../../store/job-queue.js";
import { openStore } from "../../store/open.js";
import { addDbOption, addFormatOptions, chosenFormat, parseConcurrency, parseSeconds, requirePostgres } from "../options.js";
import { QueueWorker } from "../queue-worker.js";

/** Long enough for a server restart or a network hiccup; a worker gone quiet for longer had better exit and say why. */
const DEFAULT_RECONNECT_SECONDS = 60;
/** Dead-lettered jobs that `dyad queue` names, newest first. */
const DEAD_LETTERS_SHOWN = 20;
const FORMATS = ["text", "json"] as const;

const reportLine = (line: string) => process.stderr.write(`${line}\n`);

export function registerWorker(program: Command): void {
  const command = program
    .command("worker")
    .description("take the jobs `dyad ingest --queue` queued in a PostgreSQL database and store their documents, until SIGTERM or Ctrl-C")
    .option("--concurrency <n>", `jobs at once, each on a pipeline thread of its own (default: ${DEFAULT_JOBS}, the number of cores)`, parseConcurrency, DEFAULT_JOBS)
    .option("--drain", "exit once no job is left unfinished (queued, retrying or active anywhere), instead of waiting for more")
    .option("--reconnect-for <seconds>", `how long to keep trying a database gone away before exiting (default: ${DEFAULT_RECONNECT_SECONDS})`, parseSeconds("--reconnect-for"), DEFAULT_RECONNECT_SECONDS);
  addDbOption(command).action(async (options: { db?: string; concurrency: number; drain?: boolean; reconnectFor: number }) => {
    const config = loadConfig({ db: options.db });
    requirePostgres(config.db, "dyad worker");
    const store = await openStore(config.db);
    try {
      const queue = await JobQueue.open<QueuedInput>(config.db, { maintain: true, warn: reportLine });
      const analyser = createAnalyser(options.concurrency);
      const worker = new QueueWorker({
        store, queue, analyser, concurrency: options.concurrency, drain: Boolean(options.drain), reconnectSeconds: options.reconnectFor, report: reportLine,
      });
      // The first signal lets the active jobs finish; a second hands them back to the queue at once.
      let signalled = false;
      const onSignal = () => {
        if (signalled) void worker.abandon();
        else worker.stop();
        signalled = true;
      };
      process.on("SIGINT", onSignal);
      process.on("SIGTERM", onSignal);
      try {
        process.stdout.write(`dyad worker taking jobs from ${queue.location}, ${options.concurrency} at a time (SIGTERM or Ctrl-C stops)\n`);
        const s = await worker.run();
        process.stdout.write(`worker stopped: added ${s.added}, unchanged ${s.unchanged}, updated ${s.updated}, duplicate ${s.duplicate}, failed ${s.failed}, retried ${s.retried}\n`);
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
        await analyser.close();
        await queue.close();
      }
    } finally {
      await store.close();
    }
  });
}

export function registerQueue(program: Command): void {
  const command = program
    .command("queue")
    .description("the ingest queue of a PostgreSQL database: jobs queued, retrying, active, done, failed and dead-lettered (with why)");
  addFormatOptions(addDbOption(command), FORMATS, "text").action(async (options) => {
    const format = chosenFormat(options, FORMATS);
    const config = loadConfig({ db: options.db });
    requirePostgres(config.db, "dyad queue");
    const queue = await JobQueue.open<QueuedInput>(config.db, { maintain: false });
    try {
      const counts = await queue.counts();
      const deadLetters = (await queue.deadLetters(DEAD_LETTERS_SHOWN)).map((d) => ({ input: describeQueuedInput(d.data), id: d.data.id, reason: d.reason, at: d.at }));
      if (format === "json") {
        process.stdout.write(`${JSON.stringify({ ...counts, deadLetters, db: queue.location })}\n`);
        return;
      }
      process.stdout.write(`queued ${counts.queued}, retrying ${counts.retrying}, active ${counts.active}, done ${counts.done}, failed ${counts.failed}, dead-lettered ${counts.deadLettered} (${queue.location})\n`);
      for (const d of deadLetters) process.stdout.write(`dead-lettered ${d.at}: ${d.input}: ${d.reason}\n`);
    } finally {
      await queue.close();
    }
  });
}
