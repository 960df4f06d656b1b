// The evaluation suites: each runs `dyad extract` (the built CLI) on a shared gold set or
// benchmark and scores it with the shared scorer in ../shared/eval. Runs programs; judges nothing.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED = resolve(ROOT, "..", "shared");
const CLI = join(ROOT, "dist", "cli", "main.js");
const SCORERS = join(SHARED, "eval");

export type Metrics = Record<string, number | null>;

export interface SuiteResult {
  suite: string;
  /** The scorer's whole report, for a person to read. */
  report: string;
  metrics: Metrics;
}

/** Reads the scorers' last line, "score: k=v k=v ...". */
export function parseScoreLine(report: string): Metrics {
  const line = report.trim().split("\n").reverse().find((l) => l.startsWith("score:"));
  if (!line) throw new Error(`scorer printed no score line:\n${report}`);
  const metrics: Metrics = {};
  for (const pair of line.slice("score:".length).trim().split(/\s+/)) {
    const [key, value] = pair.split("=");
    if (key) metrics[key] = value === undefined || value === "n/a" ? null : Number(value);
  }
  return metrics;
}

function workDir(): string {
  const dir = join(ROOT, ".eval");
  mkdirSync(dir, { recursive: true });
  return mkdtempSync(join(dir, "run-"));
}

/** `dyad extract PATH` into a JSONL file; warnings go to our stderr only when asked. */
function extract(path: string, out: string): void {
  const jsonl = execFileSync(process.execPath, [CLI, "extract", path], { maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "ignore"] });
  writeFileSync(out, jsonl);
}

function node(script: string, args: string[]): string {
  return execFileSync(process.execPath, [join(SCORERS, script), ...args], { cwd: ROOT, maxBuffer: 1 << 28, encoding: "utf8" });
}

function scoreGold(suite: string, corpus: string, gold: string, timeline?: string[]): SuiteResult {
  const dir = workDir();
  const out = join(dir, `${suite}.jsonl`);
  extract(corpus, out);
  const extra = timeline ? ["--timeline", buildTimelineFile(dir, corpus, timeline)] : [];
  const report = node("score.mjs", ["--gold", gold, "--pred", out, "--verbose", ...extra]);
  return { suite, report, metrics: parseScoreLine(report) };
}

/** Ingests the corpus into a scratch database and writes `dyad timeline --format json` for the pair. */
function buildTimelineFile(dir: string, corpus: string, actors: string[]): string {
  const db = join(dir, "timeline.db");
  execFileSync(process.execPath, [CLI, "ingest", corpus, "--db", db, "--quiet"], { stdio: "ignore" });
  const json = execFileSync(process.execPath, [CLI, "timeline", "--actors", actors.join(","), "--db", db, "--format", "json"], { maxBuffer: 1 << 28 });
  const file = join(dir, "timeline.json");
  writeFileSync(file, json);
  return file;
}

/** A benchmark whose scorer writes its own documents ("prepare DIR") and scores the records ("score FILE"). */
function preparedBenchmark(suite: string, scorer: string): SuiteResult {
  const dir = workDir();
  node(scorer, ["prepare", join(dir, "docs")]);
  const out = join(dir, `${suite}.jsonl`);
  extract(join(dir, "docs"), out);
  const report = node(scorer, ["score", out]);
  return { suite, report, metrics: parseScoreLine(report) };
}

export const suites = {
  /** The seeds as scraped: metadata, cleaning and date inference count from here. */
  seeds: () => scoreGold("seeds", join(SHARED, "corpus", "seeds"), join(SHARED, "gold", "seeds")),
  /** The seeds with publication dates in sidecars: every other figure counts from here. */
  "seeds-dated": () => scoreGold("seeds-dated", join(SHARED, "corpus", "seeds-dated"), join(SHARED, "gold", "seeds"), ["CHN", "RUS"]),
  /** Our own example articles, never tuned on: do the rules generalise beyond the seeds? */
  examples: () => scoreGold("examples", join(ROOT, "examples", "corpus"), join(ROOT, "examples", "gold")),
  /** Body extraction on 181 real pages. */
  extraction: (): SuiteResult => {
    const out = join(workDir(), "extraction.jsonl");
    extract(join(SHARED, "benchmarks", "article-extraction", "html"), out);
    const report = node("article-extraction.mjs", ["--pred", out]);
    return { suite: "extraction", report, metrics: parseScoreLine(report) };
  },
  /** TempEval-3 platinum: 20 news articles, 138 normalised temporal expressions. */
  tempeval: () => preparedBenchmark("tempeval", "tempeval3.mjs"),
  /** PLOVER gold-standard records: 322 coded sentences of the CAMEO manual. */
  plover: () => preparedBenchmark("plover", "plover-gsr.mjs"),
} satisfies Record<string, () => SuiteResult>;

export type SuiteName = keyof typeof suites;
