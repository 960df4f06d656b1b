// `dyad ingest PATH...`: runs the pipeline and stores documents; re-ingesting is idempotent. With
// --queue it only queues the inputs, for `dyad worker`s on any machine (PostgreSQL only).
import { MultiBar, Presets } from "cli-progress";
import type { Command } from "commander";
import { loadConfig, type Config } from "../../config.js";
import { InputError } from "../../pipeline/errors.js";
import { createAnalyser, DEFAULT_JOBS } from "../../pipeline/pool.js";
import { containerOf } from "../../stages/ingest/containers.js";
import { expandPaths } from "../../stages/ingest/ingest.js";
import { openStore } from "../../store/open.js";
import { countSaved, placeIn, runBatch, type BatchItem, type StoredCounts } from "../batch.js";
import { enqueueInputs } from "../enqueue.js";
import { SaveBatches } from "../save-batches.js";
import { addDbOption, addFormatOptions, chosenFormat, parseJobs, parseMegabytes, parseSeconds, requirePostgres } from "../options.js";

const FORMATS = ["text", "json"] as const;

/** How long a worker may hold a queued job before it is taken back and tried again: far more than any article takes. */
const DEFAULT_JOB_TIMEOUT_SECONDS = 300;

export interface IngestSummary extends StoredCounts {
  /** Entries of WARC files and feeds that are no articles. */
  skipped: number;
  failed: number;
}

/** An article of a WARC file or feed (its id is "BASE#n"), or a skipped entry of one. */
function isContainerEntry(item: BatchItem): boolean {
  return item.kind === "skipped" || ((item.kind === "record" || item.kind === "unchanged") && item.input.id.includes("#"));
}

async function queueInputs(paths: string[], config: Config, options: { verbose?: boolean; jobTimeout?: number }, format: (typeof FORMATS)[number]): Promise<void> {
  requirePostgres(config.db, "--queue");
  const { summary, location } = await enqueueInputs(paths, {
    db: config.db, maxBytes: config.maxBytes, timeoutSeconds: options.jobTimeout ?? DEFAULT_JOB_TIMEOUT_SECONDS,
    verbose: Boolean(options.verbose), report: (line) => process.stderr.write(`${line}\n`),
  });
  if (format === "json") process.stdout.write(`${JSON.stringify({ ...summary, db: location })}\n`);
  else process.stdout.write(`queued ${summary.queued}, skipped ${summary.skipped}, failed ${summary.failed} (${location})\n`);
  if (summary.failed) process.exitCode = 1;
}

export function registerIngest(program: Command): void {
  const command = program
    .command("ingest")
    .description("extract and store files, folders, WARC archives, feeds or - (stdin); reports added/unchanged/updated/skipped/failed")
    .argument("<paths...>", "files (.txt .md .html .htm, optionally .gz; .warc, .warc.gz; .rss, .atom, .feed.json), folders, or - for stdin")
    .option("--quiet", "no progress bar")
    .option("--verbose", "also name every WARC record or feed item skipped as no article, and why")
    .option("--max-size <MB>", "refuse inputs larger than this", parseMegabytes)
    .option("--jobs <n>", `worker threads for the pipeline (default: ${DEFAULT_JOBS}, the number of cores)`, parseJobs, DEFAULT_JOBS)
    .option("--queue", "only queue one job per article for `dyad worker`s (PostgreSQL only), print how many, and exit")
    .option("--job-timeout <seconds>", `with --queue: how long a worker may hold a job before it is tried again (default: ${DEFAULT_JOB_TIMEOUT_SECONDS})`, parseSeconds("--job-timeout"));
  addFormatOptions(addDbOption(command), FORMATS, "text").action(async (paths: string[], options) => {
    const format = chosenFormat(options, FORMATS);
    const config = loadConfig({ db: options.db, maxSize: options.maxSize });
    if (options.queue) return queueInputs(paths, config, options, format);
    if (options.jobTimeout !== undefined) throw new InputError("--job-timeout goes with --queue");
    const files: string[] = [];
    const missing: string[] = [];
    for await (const item of expandPaths(paths)) ("reason" in item ? missing : files).push(item.path);

    const store = await openStore(config.db);
    const summary: IngestSummary = { added: 0, unchanged: 0, updated: 0, duplicate: 0, skipped: 0, failed: 0 };
    const bars = config.interactive && !options.quiet
      ? new MultiBar({ format: "ingest {bar} {value}/{total} documents | {speed} docs/s | {eta_formatted} left", clearOnComplete: true, stream: process.stderr }, Presets.shades_classic)
      : null;
    // WARC records and feed items are counted as they are read: a container adds to the total as it goes.
    const articleFiles = [...missing, ...files].filter((f) => !containerOf(f)).length;
    const bar = bars?.create(Math.max(1, articleFiles), 0, { speed: "0.0" });
    const started = Date.now();
    let done = 0;
    // Lines go above the bar while it is drawn, so warnings stay readable.
    const report = (line: string) => (bars ? bars.log(`${line}\n`) : process.stderr.write(`${line}\n`));
    const analyser = createAnalyser(options.jobs);
    const saves = new SaveBatches(store, (saved) => countSaved(summary, saved));
    try {
      const batch = runBatch([...missing, ...files], {
        analyser,
        maxBytes: config.maxBytes,
        report,
        place: placeIn(store),
      });
      for await (const item of batch) {
        done++;
        if (bar) {
          if (isContainerEntry(item)) bar.setTotal(bar.getTotal() + 1);
          bar.increment(1, { speed: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) });
        }
        if (item.kind === "failed") summary.failed++;
        else if (item.kind === "unchanged") summary.unchanged++;
        else if (item.kind === "skipped") {
          summary.skipped++;
          if (options.verbose) report(`${item.path}: skipped: ${item.reason}`);
        } else {
          await saves.add(item.record);
        }
      }
      await saves.flush();
    } finally {
      saves.cancel();
      bars?.stop();
      await analyser.close();
      await store.close();
    }
    if (format === "json") process.stdout.write(`${JSON.stringify({ ...summary, db: store.location })}\n`);
    else process.stdout.write(`added ${summary.added}, unchanged ${summary.unchanged}, updated ${summary.updated}, duplicate ${summary.duplicate}, skipped ${summary.skipped}, failed ${summary.failed} (${store.location})\n`);
    if (summary.failed) process.exitCode = 1;
  });
}
