// `npm run bench:corpus [-- --count N]`: generates a corpus from the project's own example
// articles (actors, dates, figures and boilerplate varied; 10% near-duplicates), writes it as
// files and as one WARC, and times full-pipeline ingest with 1 job and with N jobs.
// `npm run bench:corpus -- --warc-gb G [--count N]` measures memory instead: it streams a crawl
// of G GB to disk (N articles, 2,000 by default, padded with images, PDFs, requests, revisits
// and error pages), ingests it with one job per core and prints the peak RSS beside 1 GB.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { measureIngest } from "./measure-ingest.js";
import { articleRecord, articles, describeMix, emptyMix, NEAR_DUPLICATE_SHARE, paddedCrawl } from "./synthetic-corpus.js";
import { warcFile, writeWarc, type ResponseSpec } from "./warc-writer.js";

/** The throughput the issue asks of the full pipeline, per core. */
const GOAL_PER_CORE = 100;
/** The goal for 2 jobs on 2 cores: this much faster than 1 job. */
const GOAL_SPEEDUP = 1.7;
/** The bound: ingesting a 1 GB WARC stays under 1 GB resident, whatever the input's size. */
const MEMORY_BOUND_MB = 1024;
const CRAWL_ARTICLES = 2_000;

/** The articles as files in `dir`, and as the records of one WARC. */
function generate(count: number, dir: string): { bytes: number; warc: ResponseSpec[] } {
  const warc: ResponseSpec[] = [];
  let bytes = 0;
  for (const article of articles(count)) {
    writeFileSync(join(dir, article.name), article.text);
    bytes += Buffer.byteLength(article.text);
    warc.push(articleRecord(article));
  }
  return { bytes, warc };
}

interface Run {
  label: string;
  jobs: number;
  seconds: number;
  peakRssMb: number;
  added: number;
  /** Stored as near-duplicates of a stored story (`duplicateOf`): about NEAR_DUPLICATE_SHARE of the corpus. */
  duplicate: number;
  failed: number;
}

/** Times `dyad ingest` in a child that reports its own peak resident memory (threads included). */
function ingest(label: string, input: string, jobs: number): Run {
  const run = measureIngest(input, jobs);
  if (run.summary.failed) process.stderr.write(run.stderr.split("\n").filter((l) => l.includes("error")).slice(0, 5).join("\n") + "\n");
  const { added = 0, duplicate = 0, failed = 0 } = run.summary;
  return { label, jobs, seconds: run.seconds, peakRssMb: run.peakRssMb, added, duplicate, failed };
}

/**
 * What this machine's cores give in parallel at all: the same CPU-bound loop on one thread, then on
 * one thread per core. Shared virtual cores often give far less than N×; the pipeline cannot beat it.
 */
async function parallelCeiling(cores: number): Promise<number> {
  const loop = "let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7;";
  const run = () => new Promise<void>((resolve) => new Worker(`${loop} require("node:worker_threads").parentPort.postMessage(x);`, { eval: true }).once("message", function (this: Worker) { void this.terminate(); resolve(); }));
  let started = Date.now();
  await run();
  const one = Date.now() - started;
  started = Date.now();
  await Promise.all(Array.from({ length: cores }, run));
  return (cores * one) / (Date.now() - started);
}

/** Streams a crawl of `gigabytes` to disk, ingests it, and prints its peak resident memory beside the bound. */
async function measureMemory(gigabytes: number, count: number, cores: number): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "dyad-crawl-"));
  try {
    const warcPath = join(root, "crawl.warc");
    const mix = emptyMix();
    let started = Date.now();
    const size = await writeWarc(warcPath, paddedCrawl(count, gigabytes * 1024 ** 3, mix));
    console.log(`crawl WARC: ${(size / 1024 ** 3).toFixed(2)} GB written in ${((Date.now() - started) / 1000).toFixed(0)} s: ${describeMix(mix)}`);
    started = Date.now();
    const run = measureIngest(warcPath, cores);
    const { added = 0, duplicate = 0, skipped = 0, failed = 0 } = run.summary;
    console.log(`ingest with ${cores} jobs: ${run.seconds.toFixed(0)} s (${(size / 1024 / 1024 / run.seconds).toFixed(1)} MB/s), ${added} stored (${duplicate} near-duplicates), ${skipped} skipped, ${failed} failed, exit ${run.status}`);
    const within = run.peakRssMb < MEMORY_BOUND_MB;
    console.log(`peak resident memory: ${run.peakRssMb.toFixed(0)} MB (bound ${MEMORY_BOUND_MB} MB: ${within ? "within" : "OVER"})`);
    if (!within || failed) process.exitCode = 1;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function numberOption(name: string): number | undefined {
  const at = process.argv.indexOf(name);
  if (at < 0) return undefined;
  const value = Number(process.argv[at + 1]);
  if (!(value > 0)) throw new Error(`${name} needs a positive number`);
  return value;
}

async function main(): Promise<void> {
  const cores = availableParallelism();
  const gigabytes = numberOption("--warc-gb");
  if (gigabytes !== undefined) return measureMemory(gigabytes, numberOption("--count") ?? CRAWL_ARTICLES, cores);
  const count = numberOption("--count") ?? 10_000;
  const root = mkdtempSync(join(tmpdir(), "dyad-corpus-"));
  const files = join(root, "files");
  mkdirSync(files);
  const corpus = generate(count, files);
  const warcPath = join(root, "corpus.warc");
  writeFileSync(warcPath, await warcFile(corpus.warc));
  const megabytes = corpus.bytes / 1024 / 1024;
  console.log(`corpus: ${count} articles (${Math.round(count * NEAR_DUPLICATE_SHARE)} near-duplicates expected), ${megabytes.toFixed(1)} MB; WARC ${(statSync(warcPath).size / 1024 / 1024).toFixed(1)} MB; ${cores} cores`);
  const runs = [ingest("files, 1 job", files, 1), ingest(`files, ${cores} jobs`, files, cores), ingest(`WARC, ${cores} jobs`, warcPath, cores)];
  console.log(`${"".padEnd(18)} ${"articles/s".padStart(11)} ${"per core".padStart(9)} ${"MB/s".padStart(7)} ${"peak RSS MB".padStart(12)} ${"stored".padStart(7)} ${"near-dup".padStart(9)} ${"failed".padStart(7)}`);
  const perCore = (run: Run) => count / run.seconds / run.jobs;
  for (const run of runs) {
    console.log(`${run.label.padEnd(18)} ${(count / run.seconds).toFixed(1).padStart(11)} ${perCore(run).toFixed(1).padStart(9)} ${(megabytes / run.seconds).toFixed(2).padStart(7)} ${run.peakRssMb.toFixed(0).padStart(12)} ${String(run.added).padStart(7)} ${String(run.duplicate).padStart(9)} ${String(run.failed).padStart(7)}`);
  }
  const [oneJob, allJobs] = [runs[0]!, runs[1]!];
  console.log(`per core: ${perCore(oneJob).toFixed(1)} articles/s with 1 job, ${perCore(allJobs).toFixed(1)} with ${cores} jobs (goal ≥ ${GOAL_PER_CORE})`);
  const speedup = oneJob.seconds / allJobs.seconds;
  console.log(`speed-up with ${cores} jobs: ${speedup.toFixed(2)}× (goal ≥ ${GOAL_SPEEDUP}× on 2 cores; this machine gives ${(await parallelCeiling(cores)).toFixed(2)}× on a pure CPU loop)`);
  rmSync(root, { recursive: true, force: true });
}

await main();
