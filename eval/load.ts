// The HTTP API under load, on loopback only: `dyad serve` (the built CLI, in its own process) over a
// database of the project's example articles, LOAD_CLIENTS concurrent clients for LOAD_SECONDS per
// route, requests per second and latency percentiles. Information only: it never fails a build.
// `npm run bench` ends with it; alone: `npm run build && npx tsx eval/load.ts`.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./suites.js";

export const LOAD_CLIENTS = 50;
export const LOAD_SECONDS = 10;
/** The only address this script ever sends requests to. */
const LOOPBACK = "127.0.0.1";
/** Requests before measuring: JIT, SQLite's page cache and the wink model are not what we measure. */
const WARM_UP_REQUESTS = 200;

/** A relationship and a word the examples hold, so that both routes do real work. */
export const LOAD_ROUTES = ["/api/timeline?actors=IND,JPN", "/api/search?q=trade"] as const;

export interface LoadRow {
  path: string;
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
}

const CLI = join(ROOT, "dist", "cli", "main.js");

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]! : Number.NaN;
}

/** Starts `dyad serve` on a free loopback port; resolves with its base URL once it listens. */
function startServer(db: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [CLI, "serve", "--db", db, "--host", LOOPBACK, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /at (http:\/\/[^\s]+)\/\n/.exec(out)?.[1];
      if (!url) return;
      if (new URL(url).hostname !== LOOPBACK) {
        void stop();
        reject(new Error(`dyad serve listens on ${url}, not loopback; refusing to load it`));
      } else resolve({ url, stop });
    });
    child.once("exit", (code) => reject(new Error(`dyad serve exited with ${code} before listening`)));
  });
}

/** `clients` loops, each sending its next request when the last one is answered, until the deadline. */
async function load(url: string, clients: number, seconds: number): Promise<{ latencies: number[]; errors: number; elapsed: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      try {
        const res = await fetch(url);
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return { latencies, errors, elapsed: (performance.now() - started) / 1000 };
}

export async function runLoadTest(options: { clients?: number; seconds?: number } = {}): Promise<LoadRow[]> {
  const clients = options.clients ?? LOAD_CLIENTS;
  const seconds = options.seconds ?? LOAD_SECONDS;
  const dir = mkdtempSync(join(tmpdir(), "dyad-load-"));
  try {
    const db = join(dir, "examples.db");
    const ingest = spawnSync(process.execPath, [CLI, "ingest", join(ROOT, "examples", "corpus"), "--db", db, "--quiet"], { encoding: "utf8" });
    if (ingest.status !== 0) throw new Error(`ingesting the examples failed:\n${ingest.stderr}`);
    const server = await startServer(db);
    try {
      const rows: LoadRow[] = [];
      for (const path of LOAD_ROUTES) {
        const url = `${server.url}${path}`;
        for (let i = 0; i < WARM_UP_REQUESTS; i++) await (await fetch(url)).arrayBuffer();
        const run = await load(url, clients, seconds);
        const sorted = [...run.latencies].sort((a, b) => a - b);
        rows.push({ path, requests: sorted.length, errors: run.errors, requestsPerSecond: sorted.length / run.elapsed, p50Ms: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95) });
      }
      return rows;
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function printLoadTest(): Promise<void> {
  const rows = await runLoadTest();
  console.log(`\nHTTP API under load: dyad serve on ${LOOPBACK}, ${LOAD_CLIENTS} concurrent clients, ${LOAD_SECONDS} s per route, the examples' database`);
  console.log(`${"route".padEnd(32)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"requests".padStart(9)} ${"errors".padStart(7)}`);
  for (const r of rows) {
    console.log(`${r.path.padEnd(32)} ${r.requestsPerSecond.toFixed(0).padStart(8)} ${r.p50Ms.toFixed(1).padStart(8)} ${r.p95Ms.toFixed(1).padStart(8)} ${String(r.requests).padStart(9)} ${String(r.errors).padStart(7)}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await printLoadTest();
