// The store contract (repo.ts), once for every backend: SQLite always, PostgreSQL when DYAD_TEST_PG
// is set (see test/stores.ts). Each test opens a new, empty store of its own.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DyadEvent } from "../doc/model.js";
import type { DocRecord } from "../doc/record.js";
import { EMPTY_META } from "../doc/record.js";
import { STORE_BACKENDS } from "../../test/stores.js";
import { openStore } from "./open.js";
import { NEIGHBOURS_PER_BAND, type BandNeighbour, type DocumentStore } from "./repo.js";

const record = (id: string, contentHash: string, extra: Partial<DocRecord> = {}): DocRecord => ({
  id, source: { path: `/corpus/${id}.txt`, url: null }, meta: { ...EMPTY_META, title: `Title ${id}`, published: "2020-01-02", publishedFrom: "text" },
  body: "Body text.", timexes: [], actors: [], quotes: [], quantities: [], events: [], contentHash, ...extra,
});

/** A record with this body and title, its hash made from both. */
const article = (id: string, body: string, title: string | null = null, extra: Partial<DocRecord> = {}) =>
  record(id, `hash-${id}-${body.length}-${body.slice(0, 40)}`, { body, meta: { ...EMPTY_META, title, published: "2021-05-06", publishedFrom: "text" }, ...extra });

const event = (id: string, extra: Partial<DyadEvent> = {}): DyadEvent => ({
  id, date: "2020-01-02", source: { code: "CHN", country: "CHN", name: "China" }, target: { code: "RUS", country: "RUS", name: "Russia" },
  cameo: "040", goldstein: 1, location: null, negated: false, confidence: 0.9, evidence: { start: 0, end: 4, text: "Body" }, ...extra,
});

const actor = (id: string, mentions: number): DocRecord["actors"][number] => ({
  id, name: id, type: "state", country: id, mentions: Array.from({ length: mentions }, () => ({ start: 0, end: 4, text: "Body" })),
} as DocRecord["actors"][number]);

describe.each(STORE_BACKENDS)("store on $name", (backend) => {
  afterAll(() => backend.cleanup());

  /** A new, empty store; closed by the test. */
  const fresh = async (): Promise<DocumentStore> => openStore(await backend.scratchStore());

  it("store: saves, updates and leaves unchanged records alone", async () => {
    const store = await fresh();
    expect(await store.save(record("a", "h1"))).toBe("added");
    expect(await store.save(record("a", "h1"))).toBe("unchanged");
    expect(await store.save(record("a", "h2"))).toBe("updated");
    expect((await store.get("a"))?.contentHash).toBe("h2");
    expect(await store.count()).toBe(1);
    await store.close();
  });

  it("store: places inputs by content hash, id and path", async () => {
    const store = await fresh();
    await store.save(record("a", "aaaaaaaa11"));
    expect(await store.place("a", "aaaaaaaa11", "/elsewhere/a.txt")).toEqual({ kind: "unchanged", id: "a" });
    expect(await store.place("a", "bbbbbbbb22", "/corpus/a.txt")).toEqual({ kind: "update", id: "a" });
    expect(await store.place("a", "bbbbbbbb22", "/other/a.txt")).toEqual({ kind: "new", id: "a~bbbbbbbb" });
    expect(await store.place("b", "cccccccc33", "/corpus/b.txt")).toEqual({ kind: "new", id: "b" });
    await store.close();
  });

  it("store: the same content is stored once, under another id too, even by writers at once", async () => {
    const location = await backend.scratchStore();
    const [one, two] = [await openStore(location), await openStore(location)];
    const outcomes = await Promise.all([
      one.save(record("x", "same")), two.save(record("x", "same")), one.save(record("y", "same")), two.save(record("z", "same")),
    ]);
    expect(outcomes.filter((o) => o === "added")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "unchanged")).toHaveLength(3);
    expect(await one.count()).toBe(1);
    await Promise.all([one.close(), two.close()]);
  });

  it("store: a write that fails halfway leaves nothing of it, and the stored version whole", async () => {
    const store = await fresh();
    const broken = event("e2", { cameo: null as unknown as string });
    await expect(store.save(record("a", "h1", { actors: [actor("CHN", 2)], events: [event("e1"), broken] }))).rejects.toThrow();
    expect(await store.get("a")).toBeNull();
    expect(await store.count()).toBe(0);
    expect(await store.actors()).toEqual([]);
    expect(await store.events()).toEqual([]);

    await store.save(record("a", "h1", { actors: [actor("CHN", 2)], events: [event("e1")] }));
    await expect(store.save(record("a", "h2", { actors: [actor("RUS", 5)], events: [broken] }))).rejects.toThrow();
    expect((await store.get("a"))?.contentHash).toBe("h1");
    expect((await store.actors()).map((a) => a.id)).toEqual(["CHN"]);
    expect((await store.events()).map((e) => e.id)).toEqual(["e1"]);
    await store.close();
  });

  it("store: refuses a database from a newer dyad and writes nothing to it", async () => {
    const location = await backend.scratchStore();
    await (await openStore(location)).close();
    await backend.setSchemaVersion(location, 999);
    const before = await backend.schemaState(location);
    await expect(openStore(location)).rejects.toThrow(/schema version 999, newer than this dyad \(\d+\); upgrade dyad/);
    expect(await backend.schemaState(location)).toEqual(before);
  });

  it("store: pages, filters and aggregates in one order on every backend", async () => {
    const store = await fresh();
    const quote = (text: string, speaker: string | null): DocRecord["quotes"][number] => ({ text, start: 0, end: text.length, direct: true, speaker: speaker ? { name: speaker, actor: null, description: null } : null });
    const figure = (value: number, actors: string[]): DocRecord["quantities"][number] => ({ text: `$${value}`, start: 0, end: 2, value, valueMax: null, unit: "USD", period: "2019", kind: "actual", about: "Bilateral trade", actors });
    await store.save(record("b-2019", "h1", { meta: { ...EMPTY_META, title: "Trade talks", outlet: "Wire", published: "2019-03-04", publishedFrom: "text" }, actors: [actor("CHN", 3), actor("RUS", 1)], quotes: [quote("We agree.", "Ada Quill")], quantities: [figure(10, ["CHN", "RUS"])], events: [event("e1", { date: "2019-03-04" })] }));
    await store.save(record("a-undated", "h2", { meta: { ...EMPTY_META, title: "Undated note", outlet: "wire" }, actors: [actor("RUS", 1)], quotes: [quote("No.", null)], quantities: [figure(12, ["CHN", "RUS"])], events: [event("e2", { date: null })] }));
    await store.save(record("c-2016", "h3", { meta: { ...EMPTY_META, title: "Old_news 100%", outlet: "Post", published: "2016", publishedFrom: "text" }, actors: [actor("CHN", 1)], quotes: [quote("Yes.", "Bo Arden")], events: [event("e3", { date: "2016-07", negated: true }), event("e4", { date: "2016-08-01", cameo: "190", target: { code: "USA", country: "USA", name: "United States" } })] }));

    const page = await store.documents();
    expect(page.total).toBe(3);
    expect(page.items.map((d) => d.id)).toEqual(["c-2016", "b-2019", "a-undated"]);
    expect((await store.documents({ limit: 1, offset: 1 })).items.map((d) => d.id)).toEqual(["b-2019"]);
    expect((await store.documents({ q: "TRADE" })).items.map((d) => d.id)).toEqual(["b-2019"]);
    expect((await store.documents({ q: "_news 100%" })).items.map((d) => d.id)).toEqual(["c-2016"]);
    expect((await store.documents({ q: "%" })).total).toBe(1);
    expect((await store.documents({ outlet: "WIRE" })).total).toBe(2);
    expect((await store.documents({ from: "2017", to: "2019" })).items.map((d) => d.id)).toEqual(["b-2019"]);
    expect((await store.documents({ to: "2016" })).items.map((d) => d.id)).toEqual(["c-2016"]);
    expect(await store.summary("b-2019")).toEqual({ id: "b-2019", title: "Trade talks", outlet: "Wire", published: "2019-03-04", publishedFrom: "text", language: null, path: "/corpus/b-2019.txt", url: null });
    expect(await store.summary("nothing")).toBeNull();

    expect(await store.actors()).toEqual([
      { id: "CHN", name: "CHN", type: "state", country: "CHN", mentions: 4, documents: ["b-2019", "c-2016"] },
      { id: "RUS", name: "RUS", type: "state", country: "RUS", mentions: 2, documents: ["a-undated", "b-2019"] },
    ]);
    expect((await store.quotes()).map((q) => [q.speaker, q.docId, q.direct])).toEqual([["Ada Quill", "b-2019", true], ["Bo Arden", "c-2016", true], [null, "a-undated", true]]);
    expect((await store.quotes("quill")).map((q) => q.docId)).toEqual(["b-2019"]);
    expect((await store.claims()).map((c) => [c.docId, c.value, c.actors])).toEqual([["a-undated", 12, ["CHN", "RUS"]], ["b-2019", 10, ["CHN", "RUS"]]]);
    expect((await store.quantities({ about: "TRADE", actor: "RUS" })).map((q) => [q.docId, q.position, q.title])).toEqual([["b-2019", 0, "Trade talks"], ["a-undated", 0, "Undated note"]]);
    expect(await store.quantities({ actor: "RU" })).toEqual([]);

    expect((await store.events()).map((e) => e.id)).toEqual(["e4", "e1", "e2"]);
    expect((await store.events({ includeNegated: true })).map((e) => e.id)).toEqual(["e3", "e4", "e1", "e2"]);
    expect((await store.events({ actors: ["CHN", "RUS"] })).map((e) => e.id)).toEqual(["e1", "e2"]);
    expect((await store.events({ actors: ["USA"] })).map((e) => e.id)).toEqual(["e4"]);
    expect((await store.events({ from: "2016-08", to: "2019" })).map((e) => e.id)).toEqual(["e4", "e1"]);
    expect((await store.events({ cameo: "19" })).map((e) => e.id)).toEqual(["e4"]);
    expect((await store.events({ actors: ["CHN", "RUS"] }))[0]).toMatchObject({ docId: "b-2019", story: "b-2019", published: "2019-03-04", negated: false, goldstein: 1, confidence: 0.9 });
    await store.close();
  });

  it("store: keeps near-duplicate marks, band neighbours and groups", async () => {
    const store = await fresh();
    const signature = Array.from({ length: 64 }, (_, i) => 0xffffff00 + i);
    await store.save(record("root", "h1"), { signature, bands: ["0:a", "1:b"] });
    await store.save(record("copy", "h2", { duplicateOf: "root" }), { signature, bands: ["1:b", "2:c"] });
    await store.save(record("other", "h3"), { signature: [1], bands: ["9:z"] });
    expect(await store.bandNeighbours(["1:b"])).toEqual([
      { id: "copy", duplicateOf: "root", signature },
      { id: "root", duplicateOf: null, signature },
    ]);
    expect(await store.bandNeighbours(["nothing"])).toEqual([]);
    expect(await store.duplicateGroups()).toEqual([{ root: "root", copies: ["copy"] }]);
    await store.close();
  });

  it("store: a batch is stored in order, each record grouped with stored and earlier ones, content stored already left unchanged", async () => {
    const store = await fresh();
    const fingerprint = { signature: Array.from({ length: 64 }, (_, i) => i), bands: ["0:story", "1:story"] };
    const storyOf = (neighbours: BandNeighbour[]) => (neighbours[0] ? (neighbours[0].duplicateOf ?? neighbours[0].id) : null);
    const saved = await store.saveGrouped([
      { record: record("first", "h1"), fingerprint, storyOf },
      { record: record("copy", "h2"), fingerprint, storyOf },
      { record: record("same-content", "h1"), fingerprint, storyOf },
      { record: record("other", "h3"), fingerprint: { signature: [1], bands: ["9:other"] }, storyOf },
    ]);
    expect(saved).toEqual([
      { outcome: "added", duplicateOf: null }, { outcome: "added", duplicateOf: "first" }, { outcome: "unchanged", duplicateOf: null }, { outcome: "added", duplicateOf: null },
    ]);
    expect(await store.count()).toBe(3);
    await store.close();
  });

  it("store: band neighbours are the first NEIGHBOURS_PER_BAND documents of each key, by id", async () => {
    const store = await fresh();
    const signature = [1, 2, 3];
    const ids = Array.from({ length: NEIGHBOURS_PER_BAND + 3 }, (_, i) => `copy-${String(i).padStart(2, "0")}`);
    await store.importDocuments([...ids].reverse().map((id) => ({ record: record(id, `h-${id}`), fingerprint: { signature, bands: ["0:crowded"] }, ingestedAt: "2024-01-01T00:00:00.000Z", updatedAt: "2024-01-01T00:00:00.000Z" })));
    await store.save(record("alone", "h-alone"), { signature, bands: ["1:quiet"] });
    expect((await store.bandNeighbours(["0:crowded", "1:quiet"])).map((n) => n.id)).toEqual(["alone", ...ids.slice(0, NEIGHBOURS_PER_BAND)]);
    await store.close();
  });

  it("store: copies of one story saved at once by several writers are grouped under one original", async () => {
    const location = await backend.scratchStore();
    const writers = await Promise.all([0, 1, 2, 3].map(() => openStore(location)));
    const fingerprint = { signature: Array.from({ length: 64 }, (_, i) => i), bands: ["0:story", "1:story"] };
    // As saveWithDuplicates picks: the story of a stored neighbour, or none.
    const storyOf = (neighbours: BandNeighbour[]) => (neighbours[0] ? (neighbours[0].duplicateOf ?? neighbours[0].id) : null);
    const saved = (await Promise.all(writers.map((store, i) => store.saveGrouped([{ record: record(`copy-${i}`, `h${i}`), fingerprint, storyOf }])))).flat();
    expect(saved.map((s) => s.outcome)).toEqual(["added", "added", "added", "added"]);
    const originals = saved.flatMap((s, i) => (s.duplicateOf === null ? [`copy-${i}`] : []));
    expect(originals).toHaveLength(1);
    expect(await writers[0]!.duplicateGroups()).toEqual([{ root: originals[0], copies: ["copy-0", "copy-1", "copy-2", "copy-3"].filter((id) => id !== originals[0]) }]);
    expect(await writers[0]!.saveGrouped([{ record: record("copy-0", "h0"), fingerprint, storyOf }])).toEqual([{ outcome: "unchanged", duplicateOf: null }]);
    await Promise.all(writers.map((store) => store.close()));
  });

  it("store: exports whole documents in batches and imports them with their times, once", async () => {
    const store = await fresh();
    const signature = [7, 8, 9];
    await store.save(record("b", "h2"));
    await store.save(record("a", "h1", { duplicateOf: "b" }), { signature, bands: ["x", "y"] });
    await store.save(record("c", "h3"));
    const batches: string[][] = [];
    const all = [];
    for await (const batch of store.exportDocuments(2)) {
      batches.push(batch.map((d) => d.record.id));
      all.push(...batch);
    }
    expect(batches).toEqual([["a", "b"], ["c"]]);
    expect(all[0]).toEqual({ record: record("a", "h1", { duplicateOf: "b" }), fingerprint: { signature, bands: ["x", "y"] }, ingestedAt: expect.any(String), updatedAt: expect.any(String) });

    const copy = await fresh();
    expect(await copy.importDocuments(all)).toEqual(["added", "added", "added"]);
    expect(await copy.importDocuments(all)).toEqual(["unchanged", "unchanged", "unchanged"]);
    const again = [];
    for await (const batch of copy.exportDocuments(10)) again.push(...batch);
    expect(again).toEqual(all);
    expect(await copy.duplicateGroups()).toEqual([{ root: "b", copies: ["a"] }]);
    await Promise.all([store.close(), copy.close()]);
  });
});

describe.each(STORE_BACKENDS)("store search on $name", (backend) => {
  const QUOTE = "Zanzibarite is the future of both our countries";
  const LONG = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");

  /** One store for the search tests, which only read. */
  let searched: DocumentStore;
  beforeAll(async () => {
    const s = await openStore(await backend.scratchStore());
    await s.save(article("ankara", "The visits of President Erdoğan to the capital were announced on Tuesday.", "Talks in Ankara"));
    await s.save(article("gdansk", "Ministers visited the port of Gdańsk; the harbour master spoke."));
    await s.save(article("titled", "A blockade was declared.", "Blockade of the strait"));
    await s.save(article("plain", "Another blockade was declared, and the strait closed."));
    await s.save(article("long", `${LONG} quarantine ${LONG}`));
    await s.save(article("figures", "A state-owned lender pledged 3.5 trillion yen (about $33.5bn) to the fund."));
    const quoteBody = `"${QUOTE}," said Minister Ada Quill.`;
    await s.save(article("quoted", quoteBody, null, { quotes: [{ text: QUOTE, start: 1, end: 1 + QUOTE.length, direct: true, speaker: { name: "Ada Quill", actor: null, description: "minister" } }] }));
    searched = s;
  });
  afterAll(async () => {
    await searched?.close();
    await backend.cleanup();
  });

  const ids = async (query: string, limit?: number) => (await searched.search(query, limit)).map((h) => `${h.kind}:${h.docId}`);

  it("store: search finds words by stem, without diacritics, in any case, and no word is too common", async () => {
    expect(await ids("visit")).toEqual(expect.arrayContaining(["body:ankara", "body:gdansk"]));
    expect(await ids("VISITED")).toHaveLength(2);
    expect(await ids("erdogan")).toEqual(["body:ankara"]);
    expect(await ids("gdansk")).toEqual(["body:gdansk"]);
    expect((await ids("the", 100)).length).toBeGreaterThanOrEqual(5);
    const [hit] = await searched.search("erdogan");
    expect(hit!.highlights.map((h) => hit!.snippet.slice(h.start, h.end))).toEqual(["Erdoğan"]);
  });

  it("store: search needs every word, keeps phrases and prefixes, and looks in titles and speakers", async () => {
    expect(await ids("visits ankara")).toEqual(["body:ankara"]);
    expect(await ids('"port of gdansk"')).toEqual(["body:gdansk"]);
    expect(await ids('"gdansk port"')).toEqual([]);
    expect(await ids("harb*")).toEqual(["body:gdansk"]);
    expect((await ids("quill")).sort()).toEqual(["body:quoted", "quote:quoted"]);
    expect(await ids("nothing-like-this")).toEqual([]);
    expect(await ids('"3.5 trillion"')).toEqual(["body:figures"]);
    expect(await ids("state-owned lender")).toEqual(["body:figures"]);
    expect(await ids("3.6 trillion")).toEqual([]);
  });

  it("store: search ranks best first: a title word counts double, more matches rank higher", async () => {
    const hits = await searched.search("blockade");
    expect(hits.map((h) => h.docId)).toEqual(["titled", "plain"]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    const zanzibarite = await searched.search("zanzibarite");
    expect(zanzibarite.map((h) => h.kind).sort()).toEqual(["body", "quote"]);
    expect(zanzibarite.every((h) => h.score > 0)).toBe(true);
  });

  it("store: search snippets are plain text with highlights, and … where the text was cut", async () => {
    const [long] = await searched.search("quarantine");
    expect(long!.snippet).toMatch(/^….*quarantine.*…$/);
    expect(long!.snippet.length).toBeLessThan(300);
    expect(long!.highlights.map((h) => long!.snippet.slice(h.start, h.end))).toEqual(["quarantine"]);
    for (const part of long!.snippet.split("…").filter(Boolean)) expect(`${LONG} quarantine ${LONG}`).toContain(part.trim());
    const [short] = await searched.search("harbour");
    expect(short!.snippet).toBe("Ministers visited the port of Gdańsk; the harbour master spoke.");
    const quote = (await searched.search("zanzibarite")).find((h) => h.kind === "quote")!;
    expect(quote).toMatchObject({ docId: "quoted", snippet: QUOTE, quote: { position: 0, speaker: "Ada Quill", direct: true, start: 1, end: 1 + QUOTE.length } });
  });

  it("store: search takes any input as plain words and honours the limit", async () => {
    for (const q of ["NEAR(visits", "visits AND", '"unclosed', "col:umn", "-minus", "^caret*", "it's", "&|!:*()<->", "'quoted'", "\\"]) {
      expect(Array.isArray(await searched.search(q)), q).toBe(true);
    }
    expect(await ids('"*"')).toEqual([]);
    expect(await ids("the", 2)).toHaveLength(2);
  });

  it("store: a body of many distinct words is stored and found (PostgreSQL's tsvector holds 1 MB)", async () => {
    const s = await openStore(await backend.scratchStore());
    const codes = Array.from({ length: 80_000 }, (_, i) => `code${(i * 2654435761 % 4294967296).toString(36)}x${i}`).join(" ");
    expect(await s.save(article("codes", `Needle first. ${codes}`))).toBe("added");
    expect((await s.search("needle")).map((h) => h.docId)).toEqual(["codes"]);
    await s.close();
  });

  it("store: the search index follows save()", async () => {
    const s = await openStore(await backend.scratchStore());
    await s.save(article("drift", "The quarantine of the harbour ended."));
    expect((await s.search("quarantine")).map((h) => h.docId)).toEqual(["drift"]);
    await s.save(record("drift", "other", { body: "The blockade of the harbour ended." }));
    expect(await s.search("quarantine")).toEqual([]);
    expect((await s.search("blockade")).map((h) => h.docId)).toEqual(["drift"]);
    await s.close();
  });
});

describe("store on sqlite only", () => {
  it("store: uses WAL", async () => {
    const file = await STORE_BACKENDS[0]!.scratchStore();
    await (await openStore(file)).close();
    const raw = new Database(file);
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    raw.close();
  });

  it("store: the search index is built for databases stored before it existed", async () => {
    const file = await STORE_BACKENDS[0]!.scratchStore();
    const store = await openStore(file);
    await store.save(article("drift", "The blockade of the harbour ended."));
    await store.close();
    // A database of schema 5 (before migrations 006 to 008): the same rows, no index.
    const raw = new Database(file);
    raw.exec("DROP TABLE search_fts; DROP TABLE search_texts; DROP TABLE document_bands; DROP INDEX documents_duplicate_of; DROP INDEX documents_fingerprint; ALTER TABLE documents DROP COLUMN duplicate_of; ALTER TABLE documents DROP COLUMN minhash; PRAGMA user_version = 5;");
    raw.close();
    const reopened = await openStore(file);
    expect((await reopened.search("blockade")).map((h) => h.docId)).toEqual(["drift"]);
    await reopened.close();
  });
});
