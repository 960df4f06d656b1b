// Bad stores and faults: a PostgreSQL URL that leads nowhere is one line and exit 2, with no
// stack and no password; a store of a newer dyad is refused with nothing written; a connection
// lost in the middle of a write leaves nothing of it. Needs `npm run build` for the CLI cases.
import { afterAll, describe, expect, it } from "vitest";
import { EMPTY_META, type DocRecord } from "../doc/record.js";
import { dyad, ROOT } from "../../test/helpers.js";
import { databaseUrl, POSTGRES_BACKEND, STORE_BACKENDS, TEST_PG, withConnection } from "../../test/stores.js";
import { toHttpResponse, InputError } from "../pipeline/errors.js";
import { openStore } from "./open.js";
import type { DocumentStore } from "./repo.js";

/** The CLI's complaint: exit 2 and exactly one line on stderr, no stack trace. */
function refused(args: string[]): string {
  const run = dyad(args);
  expect(run.status, run.stderr).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(/^dyad: [^\n]+\n$/);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  return run.stderr;
}

const record = (id: string): DocRecord => ({
  id, source: { path: `/corpus/${id}.txt`, url: null }, meta: { ...EMPTY_META, title: `Title ${id}` }, body: `The body of ${id}.`,
  timexes: [], quotes: [], quantities: [], contentHash: `hash-${id}`,
  actors: [{ id: "CHN", name: "China", type: "state", country: "CHN", mentions: [{ start: 0, end: 3, text: "The" }] }],
  events: [{ id: "e1", date: "2020", source: { code: "CHN", country: "CHN", name: "China" }, target: { code: "RUS", country: "RUS", name: "Russia" }, cameo: "040", goldstein: 1, location: null, negated: false, confidence: 1, evidence: { start: 0, end: 3, text: "The" } }],
} as DocRecord);

describe("store faults: bad PostgreSQL URLs", () => {
  it("store faults: an unreachable server is one line naming it, exit 2", () => {
    const line = refused(["list", "--db", "postgres://dyad@127.0.0.1:1/dyad"]);
    expect(line).toMatch(/cannot open PostgreSQL database postgres:\/\/dyad@127\.0\.0\.1:1\/dyad: connection refused/);
  });

  it("store faults: a malformed URL is one line, and a password is never shown", () => {
    expect(refused(["list", "--db", "postgres://dyad:hunter2@127.0.0.1:port/dyad"])).toMatch(/not a PostgreSQL URL: .*use postgres:\/\/USER/);
    const line = refused(["ingest", `${ROOT}/examples/corpus/eu-uk-2011.txt`, "--db", "postgresql://dyad:hunter2@127.0.0.1:1/dyad"]);
    expect(line).toMatch(/cannot open PostgreSQL database postgresql:\/\/dyad@127\.0\.0\.1:1\/dyad/);
    expect(line).not.toContain("hunter2");
  });

  it.runIf(TEST_PG)("store faults: a database or role that does not exist is one line from the server", () => {
    expect(refused(["list", "--db", databaseUrl(TEST_PG!, "no_such_database")])).toMatch(/database "no_such_database" does not exist/);
    const nobody = new URL(TEST_PG!);
    nobody.username = "nobody";
    expect(refused(["list", "--db", nobody.toString()])).toMatch(/role "nobody" does not exist/);
  });

  it("store faults: a server gone away is a 503 to API clients", () => {
    expect(toHttpResponse(new InputError("lost the connection", { code: "unavailable" })).status).toBe(503);
  });
});

describe.each(STORE_BACKENDS)("store faults on $name", (backend) => {
  afterAll(() => backend.cleanup());

  it("store faults: a store of a newer dyad is refused in one line, with nothing written", async () => {
    const location = await backend.scratchStore();
    await (await openStore(location)).close();
    await backend.setSchemaVersion(location, 999);
    const before = await backend.schemaState(location);
    expect(refused(["ingest", `${ROOT}/examples/corpus/eu-uk-2011.txt`, "--db", location])).toMatch(/schema version 999, newer than this dyad \(\d+\); upgrade dyad/);
    expect(refused(["list", "--db", location])).toMatch(/newer than this dyad/);
    expect(await backend.schemaState(location)).toEqual(before);
  });
});

describe.runIf(POSTGRES_BACKEND)("store faults: a connection lost in the middle of a write", () => {
  afterAll(() => POSTGRES_BACKEND!.cleanup());

  /** Runs `write` while `block` holds a lock it needs, then kills the writer's connection once it waits. */
  async function cutMidWrite(location: string, block: string, write: () => Promise<unknown>): Promise<void> {
    await withConnection(location, async (blocker) => {
      await blocker.query("BEGIN");
      await blocker.query(block);
      const writing = write();
      writing.catch(() => {});
      let waiting: number | undefined;
      for (let tries = 0; tries < 500 && waiting === undefined; tries++) {
        const found = await blocker.query<{ pid: number }>(
          "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
        );
        waiting = found.rows[0]?.pid;
        if (waiting === undefined) await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(waiting, "the write never waited on the lock").toBeDefined();
      await blocker.query("SELECT pg_terminate_backend($1)", [waiting]);
      await expect(writing).rejects.toThrow(/lost the connection to PostgreSQL database .+; nothing of an unfinished write was stored/);
      await blocker.query("ROLLBACK");
    });
  }

  async function stored(store: DocumentStore) {
    return { count: await store.count(), actors: (await store.actors()).map((a) => a.documents), events: (await store.events()).map((e) => e.docId), search: (await store.search("body")).map((h) => h.docId) };
  }

  it("store faults: a batch cut after two of its three documents stores none of them", async () => {
    const location = await POSTGRES_BACKEND!.scratchStore();
    const store = await openStore(location);
    await store.save(record("kept"));
    const before = await stored(store);
    const batch = ["a", "b", "c"].map((id) => ({ record: record(id), fingerprint: { signature: [1, 2], bands: [`band-${id}`] }, ingestedAt: "2024-01-01T00:00:00.000Z", updatedAt: "2024-01-01T00:00:00.000Z" }));
    // Another writer holds document "c", uncommitted: the batch waits there, with "a" and "b" written.
    await cutMidWrite(location, "INSERT INTO documents (id, content_hash, record, ingested_at, updated_at) VALUES ('c', 'other', '{}', now(), now())", () => store.importDocuments(batch));
    expect(await stored(store)).toEqual(before);
    expect(await store.get("a")).toBeNull();
    expect(await store.bandNeighbours(["band-a", "band-b"])).toEqual([]);
    await store.close();
  });

  it("store faults: a document cut between its row and its derived rows is not stored", async () => {
    const location = await POSTGRES_BACKEND!.scratchStore();
    const store = await openStore(location);
    await store.save(record("kept"));
    const before = await stored(store);
    await cutMidWrite(location, "LOCK TABLE document_events IN ACCESS EXCLUSIVE MODE", () => store.save(record("lost")));
    expect(await stored(store)).toEqual(before);
    expect(await store.get("lost")).toBeNull();
    // The pool has opened a new connection: the store goes on.
    expect(await store.save(record("lost"))).toBe("added");
    await store.close();
  });
});
