// `npm run bench:scale [-- --pg URL]`: one million events over twenty years and fifty pairs of
// actors, loaded straight into each store (importDocuments, documents of fifty events each); then
// the timeline, trend and search of one pair, timed through the code the CLI and the API run, side
// by side; and, on PostgreSQL, the ingest queue's throughput with 1, 2 and 4 workers. SQLite always;
// PostgreSQL with --pg or DYAD_TEST_PG (a server where it may create and drop databases). Information only.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { selectTimeline } from "../src/corpus/relationship.js";
import { buildTrend } from "../src/corpus/trend.js";
import type { DyadEvent } from "../src/doc/model.js";
import { EMPTY_META, type DocRecord } from "../src/doc/record.js";
import { openStore } from "../src/store/open.js";
import type { DocumentStore, StoredDocument } from "../src/store/repo.js";
import { startDyad, waitFor } from "../test/helpers.js";
import { databaseUrl, withConnection } from "../test/stores.js";
import { ROOT } from "./suites.js";
import { articles, random } from "./synthetic-corpus.js";

const EVENTS = 1_000_000;
const PAIRS = 50;
const YEARS = 20;
const FIRST_YEAR = 2005;
const EVENTS_PER_DOCUMENT = 50;
/** Documents per importDocuments transaction. */
const LOAD_BATCH = 500;
const NEAR_DUPLICATE_SHARE = 0.1;
const QUERY_RUNS = 20;
const WARM_UP_RUNS = 2;
/** The goal for the timeline of one pair over all years. */
const TIMELINE_GOAL_MS = 100;
const QUEUE_JOBS = 300;
const WORKER_COUNTS = [1, 2, 4];

const COUNTRIES = [["CHN", "China"], ["RUS", "Russia"], ["USA", "United States"], ["IND", "India"], ["JPN", "Japan"], ["DEU", "Germany"], ["FRA", "France"], ["GBR", "United Kingdom"], ["BRA", "Brazil"], ["TUR", "Turkey"], ["IRN", "Iran"]] as const;
const PAIR_LIST = COUNTRIES.flatMap((a, i) => COUNTRIES.slice(i + 1).map((b) => [a, b] as const)).slice(0, PAIRS);
/** CAMEO codes with their Goldstein scores: meetings, agreements, praise, criticism, sanctions, force. */
const CODES: [string, number][] = [["042", 1.9], ["043", 2.8], ["036", 4], ["046", 7], ["057", 8], ["051", 3.4], ["112", -2], ["120", -4], ["163", -8], ["190", -10]];
const TOPICS = ["gas pipeline", "trade tariffs", "border security", "nuclear energy", "grain exports", "currency swaps", "military exercises", "fishing rights", "space cooperation", "water sharing"];
const SEARCHES = ["pipeline", "grain exports", '"border security"', "currenc*", "Russia tariffs"];

type Country = (typeof COUNTRIES)[number];
const DAY_MS = 86_400_000;
const isoDay = (day: number) => new Date(Date.UTC(FIRST_YEAR, 0, 1) + day * DAY_MS).toISOString().slice(0, 10);

/** The documents, LOAD_BATCH at a time, the same on every run: each tells of one pair, with fifty events around its date. */
function* documents(): Generator<StoredDocument[]> {
  const next = random(2024);
  const count = EVENTS / EVENTS_PER_DOCUMENT;
  const stories: string[] = [];
  let batch: StoredDocument[] = [];
  for (let n = 0; n < count; n++) {
    const [a, b] = PAIR_LIST[n % PAIRS]!;
    const id = `bench-${n}`;
    // A copy of the pair's previous document's story, now and then, so that stories count once.
    const copyOf = n >= PAIRS && next() < NEAR_DUPLICATE_SHARE ? stories[n - PAIRS]! : null;
    stories.push(copyOf ?? id);
    const published = Math.floor(next() * YEARS * 365);
    const sentences = TOPICS.map((topic, k) => `${(k % 2 ? b : a)[1]} and ${(k % 2 ? a : b)[1]} discussed ${TOPICS[(n + k) % TOPICS.length]} and ${topic} (report ${n}).`);
    const body = sentences.join(" ");
    const events = Array.from({ length: EVENTS_PER_DOCUMENT }, (_, j) => benchEvent(j, published, sentences, next, next() < 0.5 ? [a, b] : [b, a]));
    const record: DocRecord = {
      id, source: { path: null, url: `https://bench.example/${id}` },
      meta: { ...EMPTY_META, title: `${a[1]} and ${b[1]}: report ${n}`, outlet: "Bench Wire", published: isoDay(published), publishedFrom: "text", language: "en" },
      body, timexes: [], quotes: [], quantities: [], events, contentHash: `bench-hash-${n}`, duplicateOf: copyOf,
      actors: [a, b].map(([code, name]) => ({ id: code, name, type: "state", country: code, mentions: [{ start: 0, end: name.length, text: name }] })) as DocRecord["actors"],
    };
    batch.push({ record, fingerprint: null, ingestedAt: "2025-01-01T00:00:00.000Z", updatedAt: "2025-01-01T00:00:00.000Z" });
    if (batch.length === LOAD_BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** One event of a document published on day `published`: mostly day-precise, within weeks before it; some month- or year-precise; a few undated or negated. */
function benchEvent(j: number, published: number, sentences: string[], next: () => number, [source, target]: readonly [Country, Country]): DyadEvent {
  const day = isoDay(Math.max(0, published - Math.floor(next() * 45)));
  const precision = next();
  const date = precision < 0.8 ? day : precision < 0.9 ? day.slice(0, 7) : precision < 0.98 ? day.slice(0, 4) : null;
  const [cameo, goldstein] = CODES[Math.floor(next() * CODES.length)]!;
  const k = j % sentences.length;
  const start = sentences.slice(0, k).reduce((n, s) => n + s.length + 1, 0);
  return {
    id: `e${j}`, date, cameo, goldstein, location: null, negated: next() < 0.03, confidence: 0.8,
    source: { code: `${source[0]}GOV`, country: source[0], name: source[1] }, target: { code: target[0], country: target[0], name: target[1] },
    evidence: { start, end: start + sentences[k]!.length, text: sentences[k]! },
  };
}

interface Timing {
  p50: number;
  p95: number;
}

/** Runs `query` WARM_UP_RUNS times untimed, then QUERY_RUNS times: the median and 95th percentile in ms. */
async function time(query: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < WARM_UP_RUNS; i++) await query();
  const ms: number[] = [];
  for (let i = 0; i < QUERY_RUNS; i++) {
    const started = process.hrtime.bigint();
    await query();
    ms.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  ms.sort((x, y) => x - y);
  return { p50: ms[Math.floor((ms.length - 1) / 2)]!, p95: ms[Math.ceil(ms.length * 0.95) - 1]! };
}

interface BackendFigures {
  loadSeconds: number;
  pairEvents: number;
  timelineEntries: number;
  timeline: Timing;
  trend: Timing;
  search: Timing;
  /** Jobs per second by number of workers (PostgreSQL only). */
  queue: Map<number, number>;
}

async function measureStore(store: DocumentStore): Promise<Omit<BackendFigures, "queue">> {
  const started = Date.now();
  for (const batch of documents()) await store.importDocuments(batch);
  const loadSeconds = (Date.now() - started) / 1000;
  const pair = [PAIR_LIST[0]![0][0], PAIR_LIST[0]![1][0]];
  const pairEvents = (await store.events({ actors: pair })).length;
  const timelineEntries = (await selectTimeline(store, pair)).entries.length;
  const timeline = await time(() => selectTimeline(store, pair));
  const trend = await time(async () => buildTrend(await store.events({ actors: pair }), "year"));
  let search = 0;
  const searchTiming = await time(() => store.search(SEARCHES[search++ % SEARCHES.length]!));
  return { loadSeconds, pairEvents, timelineEntries, timeline, trend, search: searchTiming };
}

/** A new, empty database on the server, dropped by dropDatabases. */
const created: string[] = [];
async function scratchDatabase(serverUrl: string): Promise<string> {
  const name = `dyad_bench_${process.pid}_${created.length}`;
  await withConnection(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  created.push(name);
  return databaseUrl(serverUrl, name);
}

async function dropDatabases(serverUrl: string): Promise<void> {
  await withConnection(serverUrl, async (client) => {
    for (const name of created.splice(0)) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

const CLI = join(ROOT, "dist", "cli", "main.js");

/** Jobs of the queue done, read directly. */
const completedJobs = (db: string) => withConnection(db, async (client) =>
  (await client.query<{ n: number }>("SELECT count(*)::int AS n FROM dyad_queue.job WHERE name = 'dyad-ingest' AND state = 'completed'")).rows[0]!.n);

/**
 * Jobs per second of `workers` `dyad worker` processes (one job at a time each) on a queue of
 * QUEUE_JOBS generated articles, queued once every worker is ready: from the first job's start to
 * the last one's end, as the queue recorded them, so that the workers' start-up is not counted.
 */
async function queueThroughput(serverUrl: string, articleDir: string, workers: number): Promise<number> {
  const db = await scratchDatabase(serverUrl);
  const running = Array.from({ length: workers }, () => startDyad(["worker", "--concurrency", "1", "--db", db]));
  await Promise.all(running.map((worker) => waitFor("a worker to start", () => worker.stdout().includes("dyad worker taking jobs"))));
  const queued = spawnSync(process.execPath, [CLI, "ingest", "--queue", articleDir, "--db", db], { encoding: "utf8" });
  if (queued.status !== 0) throw new Error(`dyad ingest --queue failed: ${queued.stderr}`);
  await waitFor("every job done", async () => (await completedJobs(db)) === QUEUE_JOBS, 600_000);
  for (const worker of running) worker.child.kill("SIGTERM");
  const statuses = await Promise.all(running.map((worker) => worker.exited));
  if (statuses.some((s) => s !== 0)) throw new Error(`a worker exited with ${statuses.join(", ")}`);
  return withConnection(db, async (client) => {
    const { rows } = await client.query<{ seconds: number }>(
      "SELECT extract(epoch FROM max(completed_on) - min(started_on))::float AS seconds FROM dyad_queue.job WHERE name = 'dyad-ingest' AND state = 'completed'");
    return QUEUE_JOBS / rows[0]!.seconds;
  });
}

function pgServer(): string | undefined {
  const at = process.argv.indexOf("--pg");
  return at >= 0 ? process.argv[at + 1] : process.env.DYAD_TEST_PG || undefined;
}

function printTable(figures: Map<string, BackendFigures>): void {
  const names = [...figures.keys()];
  const row = (label: string, cell: (f: BackendFigures) => string) => console.log(`${label.padEnd(34)}${names.map((n) => cell(figures.get(n)!).padStart(20)).join("")}`);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(`\n${"".padEnd(34)}${names.map((n) => n.padStart(20)).join("")}`);
  row(`load (${EVENTS.toLocaleString("en")} events)`, (f) => `${f.loadSeconds.toFixed(1)} s`);
  row(`events of ${PAIR_LIST[0]![0][0]}–${PAIR_LIST[0]![1][0]} (timeline entries)`, (f) => `${f.pairEvents} (${f.timelineEntries})`);
  row("timeline p50 / p95", (f) => `${ms(f.timeline.p50)} / ${ms(f.timeline.p95)}`);
  row(`timeline p95 vs goal ${TIMELINE_GOAL_MS} ms`, (f) => (f.timeline.p95 < TIMELINE_GOAL_MS ? "met" : "NOT MET"));
  row("trend p50 / p95", (f) => `${ms(f.trend.p50)} / ${ms(f.trend.p95)}`);
  row("search p95", (f) => ms(f.search.p95));
  for (const workers of WORKER_COUNTS) row(`queue, ${workers} worker${workers > 1 ? "s" : ""} (jobs/s)`, (f) => (f.queue.has(workers) ? f.queue.get(workers)!.toFixed(1) : "—"));
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "dyad-scale-"));
  const figures = new Map<string, BackendFigures>();
  const server = pgServer();
  try {
    console.log(`${EVENTS.toLocaleString("en")} events in ${EVENTS / EVENTS_PER_DOCUMENT} documents, ${PAIRS} pairs over ${YEARS} years; ${QUERY_RUNS} timed runs per query; ${availableParallelism()} cores`);
    const sqlite = await openStore(join(root, "scale.db"));
    try {
      figures.set("SQLite", { ...(await measureStore(sqlite)), queue: new Map() });
    } finally {
      await sqlite.close();
    }
    if (!server) console.log("PostgreSQL: skipped; give a server where the benchmark may create and drop databases with --pg postgres://USER@HOST:PORT/postgres or DYAD_TEST_PG (scripts/pg-throwaway.sh start DIR prints one)");
    else {
      const postgres = await openStore(await scratchDatabase(server));
      try {
        figures.set("PostgreSQL", { ...(await measureStore(postgres)), queue: new Map() });
      } finally {
        await postgres.close();
      }
      const articleDir = join(root, "articles");
      mkdirSync(articleDir);
      for (const article of articles(QUEUE_JOBS)) writeFileSync(join(articleDir, article.name), article.text);
      for (const workers of WORKER_COUNTS) figures.get("PostgreSQL")!.queue.set(workers, await queueThroughput(server, articleDir, workers));
    }
    printTable(figures);
  } finally {
    if (server) await dropDatabases(server);
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
