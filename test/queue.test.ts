// Distributed ingest: `dyad ingest --queue` puts jobs in a PostgreSQL database's queue, `dyad worker`s
// take them, `dyad queue` counts them. Bad setups are refused in one line (exit 2) everywhere; the
// rest runs when DYAD_TEST_PG is set: each document stored once, bad input failed for good with its
// reason, a lost connection survived, a server gone for good left with one line. Needs `npm run build`.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { articles } from "../eval/synthetic-corpus.js";
import { dyad, scratch, waitFor } from "./helpers.js";
import { PgProxy } from "./pg-proxy.js";
import { queueState, started, startWorker, storedDocuments, writeArticles } from "./queue-helpers.js";
import { POSTGRES_BACKEND, TEST_PG, withConnection } from "./stores.js";

/** The CLI's complaint: exit 2 and exactly one line on stderr, no stack trace. */
function refused(args: string[]): string {
  const run = dyad(args);
  expect(run.status, run.stderr).toBe(2);
  expect(run.stderr).toMatch(/^dyad: [^\n]+\n$/);
  return run.stderr;
}

describe("queue: refused setups", () => {
  it("queue: --queue, dyad worker and dyad queue on a SQLite store are one line each, exit 2", () => {
    const db = join(scratch(), "store.db");
    expect(refused(["ingest", "--queue", "examples/corpus", "--db", db])).toMatch(/--queue needs a PostgreSQL database .*not the SQLite file/);
    expect(refused(["worker", "--db", db])).toMatch(/dyad worker needs a PostgreSQL database/);
    expect(refused(["queue", "--db", db])).toMatch(/dyad queue needs a PostgreSQL database/);
  });

  it("queue: an unreachable PostgreSQL server is one line naming it, without its password, exit 2", () => {
    const url = "postgres://dyad:hunter2@127.0.0.1:1/dyad";
    for (const args of [["ingest", "--queue", "examples/corpus"], ["worker"], ["queue"]]) {
      const line = refused([...args, "--db", url]);
      expect(line).toMatch(/cannot open PostgreSQL database postgres:\/\/dyad@127\.0\.0\.1:1\/dyad: connection refused/);
      expect(line).not.toContain("hunter2");
    }
  });

  it("queue: --job-timeout without --queue is a usage error", () => {
    expect(refused(["ingest", "examples/corpus", "--job-timeout", "5", "--db", join(scratch(), "store.db")])).toMatch(/--job-timeout goes with --queue/);
  });
});

describe.skipIf(!TEST_PG)("queue on PostgreSQL", () => {
  afterAll(() => POSTGRES_BACKEND!.cleanup());

  it("queue: queued inputs are stored once each by draining workers; queueing them again stores nothing new", async () => {
    const db = await POSTGRES_BACKEND!.scratchStore();
    const queued = dyad(["ingest", "--queue", "examples/corpus", "--db", db, "--json"]);
    expect(queued.status, queued.stderr).toBe(0);
    expect(JSON.parse(queued.stdout)).toMatchObject({ queued: 8, skipped: 0, failed: 0 });
    expect(queueState(db)).toMatchObject({ queued: 8, active: 0, done: 0, failed: 0 });

    const workers = [startWorker(db, "--drain", "--concurrency", "1"), startWorker(db, "--drain", "--concurrency", "2")];
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);
    expect((await storedDocuments(db)).map((d) => d.id)).toHaveLength(8);
    expect(queueState(db)).toMatchObject({ queued: 0, retrying: 0, active: 0, done: 8, failed: 0, deadLettered: 0 });

    dyad(["ingest", "--queue", "examples/corpus", "--db", db]);
    const again = startWorker(db, "--drain");
    expect(await again.exited).toBe(0);
    expect(again.stdout()).toMatch(/worker stopped: added 0, unchanged 8, updated 0/);
    expect(await storedDocuments(db)).toHaveLength(8);
  });

  it("queue: an input that fails in the pipeline is failed for good with its reason, dead-lettered, not retried", async () => {
    const db = await POSTGRES_BACKEND!.scratchStore();
    const dir = join(scratch(), "inputs");
    mkdirSync(dir);
    writeFileSync(join(dir, "binary.txt"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const [good] = articles(1);
    writeFileSync(join(dir, good!.name), good!.text);
    expect(dyad(["ingest", "--queue", dir, "--db", db]).stdout).toMatch(/^queued 2, skipped 0, failed 0/);

    const worker = startWorker(db, "--drain", "--concurrency", "1");
    expect(await worker.exited).toBe(0);
    expect(worker.stderr().match(/binary\.txt: error: binary file/g)).toHaveLength(1);
    const state = queueState(db);
    expect(state).toMatchObject({ queued: 0, retrying: 0, active: 0, done: 1, failed: 1, deadLettered: 1 });
    expect(state.deadLetters).toEqual([expect.objectContaining({ input: join(dir, "binary.txt"), id: "binary", reason: expect.stringMatching(/^binary file/) })]);
    const tries = await withConnection(db, async (client) => (await client.query("SELECT retry_count FROM dyad_queue.job WHERE name = 'dyad-ingest' AND state = 'failed'")).rows);
    expect(tries).toEqual([{ retry_count: 0 }]);
  });

  it("queue: a connection lost during jobs: the jobs are retried, the worker reconnects, every document is stored once", async () => {
    const db = await POSTGRES_BACKEND!.scratchStore();
    const dir = writeArticles(40);
    expect(dyad(["ingest", "--queue", dir, "--db", db]).stdout).toMatch(/^queued 40,/);
    const proxy = await PgProxy.start(TEST_PG!);
    const worker = startWorker(proxy.through(db), "--concurrency", "2");
    try {
      await started(worker);
      await waitFor("some documents stored", async () => (await storedDocuments(db)).length >= 5);
      await proxy.cut();
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await proxy.restore();
      await waitFor("every job done", () => queueState(db).done === 40, 80_000);
    } finally {
      worker.child.kill("SIGTERM");
      await proxy.cut();
    }
    expect(await worker.exited).toBe(0);
    expect(worker.stderr()).toMatch(/lost the connection to PostgreSQL database .*; reconnecting for up to 60 s/);
    expect(worker.stderr()).toMatch(/reconnected to PostgreSQL database/);
    // A job in hand when the connection went was failed and tried again, not lost.
    expect(worker.stderr()).toMatch(/: error: lost the connection to the database during the job \(try 1 of 4; tried again later\)/);
    const documents = await storedDocuments(db);
    expect(documents).toHaveLength(40);
    expect(new Set(documents.map((d) => d.content_hash)).size).toBe(40);
    expect(queueState(db)).toMatchObject({ done: 40, failed: 0, deadLettered: 0 });
  });

  it("queue: a database gone for good: the worker tries for --reconnect-for seconds, then exits with one line", async () => {
    const db = await POSTGRES_BACKEND!.scratchStore();
    const proxy = await PgProxy.start(TEST_PG!);
    const worker = startWorker(proxy.through(db), "--reconnect-for", "2");
    await started(worker);
    await proxy.cut();
    expect(await worker.exited).toBe(2);
    const lines = worker.stderr().trim().split("\n");
    expect(lines.at(-1)).toMatch(/^dyad: lost the connection to PostgreSQL database postgres:\/\/.*; gave up after 2 s \(--reconnect-for\)/);
    expect(worker.stderr()).not.toMatch(/\n\s+at /);
  });

  it("queue: SIGTERM or SIGINT stops an idle worker cleanly, exit 0", async () => {
    const db = await POSTGRES_BACKEND!.scratchStore();
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      const worker = startWorker(db, "--concurrency", "1");
      await started(worker);
      worker.child.kill(signal);
      expect(await worker.exited).toBe(0);
      expect(worker.stdout()).toMatch(/worker stopped: added 0/);
    }
  });
});
