// The queue's fault test: three workers on one queue of 300 generated articles, one of them killed
// with SIGKILL mid-run. The jobs it held time out (3 s here) and are retried by the others: every
// document ends up stored exactly once, no job fails. Runs when DYAD_TEST_PG is set.
import { afterAll, describe, expect, it } from "vitest";
import { dyad, waitFor } from "./helpers.js";
import { queueState, started, startWorker, storedDocuments, writeArticles } from "./queue-helpers.js";
import { POSTGRES_BACKEND, TEST_PG, withConnection } from "./stores.js";

const DOCUMENTS = 300;
/** Short, so that the killed worker's jobs come back soon; far longer than one article takes. */
const JOB_TIMEOUT_SECONDS = 3;

describe.skipIf(!TEST_PG)("queue fault", () => {
  afterAll(() => POSTGRES_BACKEND!.cleanup());

  it("queue fault: three workers, one killed mid-run: every document stored exactly once, no job failed", async () => {
    const db = await POSTGRES_BACKEND!.scratchStore();
    const dir = writeArticles(DOCUMENTS);
    const queued = dyad(["ingest", "--queue", dir, "--db", db, "--job-timeout", String(JOB_TIMEOUT_SECONDS), "--json"]);
    expect(JSON.parse(queued.stdout)).toMatchObject({ queued: DOCUMENTS, failed: 0 });

    const workers = [0, 1, 2].map(() => startWorker(db, "--concurrency", "1"));
    const [victim, ...survivors] = workers as [typeof workers[number], ...typeof workers];
    await Promise.all(workers.map(started));
    const activeJobs = () => withConnection(db, async (client) => (await client.query<{ n: number }>("SELECT count(*)::int AS n FROM dyad_queue.job WHERE name = 'dyad-ingest' AND state = 'active'")).rows[0]!.n);
    // Mid-run, with every worker holding a job: the victim's is lost with it.
    await waitFor("a tenth of the documents stored, and every worker busy", async () => (await storedDocuments(db)).length >= DOCUMENTS / 10 && (await activeJobs()) >= workers.length);
    victim.child.kill("SIGKILL");
    expect(await victim.exited).toBeNull();
    expect((await storedDocuments(db)).length).toBeLessThan(DOCUMENTS);

    await waitFor("every job done", () => queueState(db).done === DOCUMENTS, 70_000);
    for (const worker of survivors) worker.child.kill("SIGTERM");
    expect(await Promise.all(survivors.map((w) => w.exited))).toEqual([0, 0]);

    const documents = await storedDocuments(db);
    expect(documents).toHaveLength(DOCUMENTS);
    expect(new Set(documents.map((d) => d.content_hash)).size).toBe(DOCUMENTS);
    expect(queueState(db)).toMatchObject({ queued: 0, retrying: 0, active: 0, done: DOCUMENTS, failed: 0, deadLettered: 0 });
    // The killed worker's job timed out and was taken again.
    const retried = await withConnection(db, async (client) => (await client.query<{ n: number }>("SELECT count(*)::int AS n FROM dyad_queue.job WHERE name = 'dyad-ingest' AND retry_count > 0")).rows[0]!.n);
    expect(retried).toBeGreaterThanOrEqual(1);
    // Copies of one story processed by different workers at once are still grouped under a stored original.
    const roots = await withConnection(db, async (client) => (await client.query("SELECT count(*)::int AS n FROM documents c JOIN documents r ON r.id = c.duplicate_of WHERE r.duplicate_of IS NOT NULL")).rows[0]);
    expect(roots).toEqual({ n: 0 });
  });
});
