// `dyad db copy`: a whole store moved to another keeps every document with its ids, hashes, times
// and signatures, every derived row, the near-duplicate groups and what search finds. SQLite →
// SQLite always; SQLite → PostgreSQL → SQLite when DYAD_TEST_PG is set. Needs `npm run build`.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dyad, ROOT, scratch } from "../../test/helpers.js";
import { POSTGRES_BACKEND } from "../../test/stores.js";
import { openStore } from "./open.js";
import type { SearchHit, StoredDocument } from "./repo.js";

/** Words that find bodies, quotes, titles, phrases and prefixes in the examples. */
const SEARCHES = ["reparations", "Japan", '"prime minister"', "minist*", "the", "Erdogan", "gas pipeline"];

/** Everything a store answers, but search. */
async function contents(location: string) {
  const store = await openStore(location);
  try {
    const documents: StoredDocument[] = [];
    for await (const batch of store.exportDocuments(3)) documents.push(...batch);
    const neighbours = await Promise.all(documents.map((d) => store.bandNeighbours(d.fingerprint?.bands ?? [])));
    return {
      documents,
      neighbours,
      page: await store.documents(),
      count: await store.count(),
      actors: await store.actors(),
      quotes: await store.quotes(),
      claims: await store.claims(),
      quantities: await store.quantities(),
      events: await store.events({ includeNegated: true }),
      groups: await store.duplicateGroups(),
    };
  } finally {
    await store.close();
  }
}

const hitKey = (hit: SearchHit) => `${hit.kind}:${hit.docId}:${hit.quote?.position ?? ""}`;

/** What search finds, whole (hits of equal score in one order: their order is free) or as the set of hits (scores and snippets are the backend's). */
async function searches(location: string, whole: boolean) {
  const store = await openStore(location);
  try {
    const found: Record<string, unknown> = {};
    for (const query of SEARCHES) {
      const hits = await store.search(query, 100);
      found[query] = whole ? hits.sort((a, b) => b.score - a.score || hitKey(a).localeCompare(hitKey(b))) : hits.map(hitKey).sort();
    }
    return found;
  } finally {
    await store.close();
  }
}

function copy(from: string, to: string): Record<string, unknown> {
  const run = dyad(["db", "copy", "--from", from, "--to", to, "--json"]);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe("db copy", () => {
  let source = "";
  let documents = 0;

  beforeAll(() => {
    // The examples and a wire copy of one of them, so that the store holds a near-duplicate group.
    const corpus = join(scratch(), "corpus");
    cpSync(join(ROOT, "examples", "corpus"), corpus, { recursive: true });
    const original = readFileSync(join(corpus, "india-japan-2014.txt"), "utf8");
    writeFileSync(join(corpus, "india-japan-2014-wire.txt"), `Wire copy: republished with permission\n\n${original}\n\nReporting by the wire desk.\n`);
    source = join(scratch(), "source.db");
    const ingest = dyad(["ingest", corpus, "--db", source, "--quiet", "--jobs", "1", "--json"]);
    expect(ingest.status, ingest.stderr).toBe(0);
    expect(JSON.parse(ingest.stdout)).toMatchObject({ duplicate: 1, failed: 0 });
    documents = (JSON.parse(ingest.stdout) as { added: number }).added;
  });

  afterAll(() => POSTGRES_BACKEND?.cleanup());

  it("db copy: SQLite → SQLite keeps every document, row, group and search answer; a second copy changes nothing", async () => {
    const target = join(scratch(), "copy.db");
    expect(copy(source, target)).toEqual({ added: documents, updated: 0, unchanged: 0, from: source, to: target });
    const before = await contents(source);
    expect(before.groups.map((g) => [g.root, ...g.copies].sort())).toEqual([["india-japan-2014", "india-japan-2014-wire"]]);
    expect(before.documents.every((d) => d.fingerprint !== null)).toBe(true);
    expect(await contents(target)).toEqual(before);
    expect(await searches(target, true)).toEqual(await searches(source, true));
    expect(copy(source, target)).toMatchObject({ added: 0, updated: 0, unchanged: documents });
    const text = dyad(["db", "copy", "--from", source, "--to", target]);
    expect(text.stdout).toBe(`copied ${documents} documents from ${source} to ${target}: added 0, updated 0, unchanged ${documents}\n`);
  });

  it("db copy: refuses to copy a store onto itself, or from a SQLite file that is not there", () => {
    const run = dyad(["db", "copy", "--from", source, "--to", source]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--from and --to name the same store/);
    const missing = dyad(["db", "copy", "--from", join(scratch(), "nothing.db"), "--to", join(scratch(), "copy.db")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--from: no SQLite store at .*nothing\.db/);
  });

  it.runIf(POSTGRES_BACKEND)("db copy: SQLite → PostgreSQL → SQLite keeps everything, and PostgreSQL finds the same", async () => {
    const postgres = await POSTGRES_BACKEND!.scratchStore();
    const back = join(scratch(), "back.db");
    expect(copy(source, postgres)).toMatchObject({ added: documents, unchanged: 0 });
    expect(copy(postgres, back)).toMatchObject({ added: documents, unchanged: 0 });
    const before = await contents(source);
    expect(await contents(postgres)).toEqual(before);
    expect(await contents(back)).toEqual(before);
    expect(await searches(postgres, false)).toEqual(await searches(source, false));
    expect(await searches(back, true)).toEqual(await searches(source, true));
  });
});
