// The HTTP API as a client sees it: a real server on a random loopback port over a database of the
// project's own examples (ingested with the CLI) plus a few synthetic records, every route's shape,
// its errors, uploads, search, the web UI's files and `dyad serve` itself, on every store backend
// (test/stores.ts). Needs `npm run build`.
import { serve, type ServerType } from "@hono/node-server";
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/api/app.js";
import { OPENAPI } from "../src/api/openapi.js";
import type { DocRecord } from "../src/doc/record.js";
import { sha256 } from "../src/stages/ingest/ingest.js";
import { openStore } from "../src/store/open.js";
import type { DocumentStore } from "../src/store/repo.js";
import { dyad, ROOT, scratch } from "./helpers.js";
import { STORE_BACKENDS } from "./stores.js";

const MB = 1024 * 1024;

/** A record as the pipeline would store it, for figures, quotes and ranking the examples lack. */
function synthetic(id: string, body: string, extra: Partial<DocRecord> = {}): DocRecord {
  return {
    id,
    source: { path: `synthetic/${id}.txt`, url: null },
    meta: { title: `Synthetic ${id}`, outlet: "Test Wire", authors: [], published: "2019-03-04", publishedFrom: "text", language: "en" },
    body,
    timexes: [],
    actors: [],
    quotes: [],
    quantities: [],
    events: [],
    contentHash: sha256(body),
    ...extra,
  };
}

const QUOTE = "Zanzibarite is the future of both our countries";
const BODY_A = `Bilateral trade between Zanzibaria and Freedonia reached $10 billion in 2019. Zanzibarite exports doubled. "${QUOTE}," said Minister Ada Quill. Zanzibarite mines reopened.`;
const BODY_B = "Bilateral trade between Zanzibaria and Freedonia reached $12 billion in 2019, the customs office said; zanzibarite was the main export.";

function figure(body: string, text: string, value: number): DocRecord["quantities"][number] {
  const start = body.indexOf(text);
  return { text, start, end: start + text.length, value, valueMax: null, unit: "USD", period: "2019", kind: "actual", about: "bilateral trade", actors: ["ZZA", "ZZB"] };
}

function syntheticRecords(): DocRecord[] {
  const quoteStart = BODY_A.indexOf(QUOTE);
  return [
    synthetic("synthetic-a", BODY_A, {
      quantities: [figure(BODY_A, "$10 billion in 2019", 10e9)],
      quotes: [{ text: QUOTE, start: quoteStart, end: quoteStart + QUOTE.length, direct: true, speaker: { name: "Ada Quill", actor: null, description: "minister" } }],
    }),
    synthetic("synthetic-b", BODY_B, { quantities: [figure(BODY_B, "$12 billion in 2019", 12e9)] }),
  ];
}

interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

let base = "";
let db = "";
let webRoot = "";
let store: DocumentStore;
let server: ServerType;
let app: ReturnType<typeof createApp>;

async function call(path: string, init?: RequestInit): Promise<Reply> {
  const res = await fetch(`${base}${path}`, init);
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** A request with headers fetch will not let us set (Host). */
function rawRequest(path: string, headers: Record<string, string>, method = "GET"): Promise<{ status: number; body: string }> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (d: string) => (body += d)).on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

function listen(fetchHandler: ReturnType<typeof createApp>["fetch"]): Promise<{ server: ServerType; url: string }> {
  return new Promise((resolve) => {
    const s = serve({ fetch: fetchHandler, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => resolve({ server: s, url: `http://127.0.0.1:${info.port}` }));
  });
}

/** Every test below runs once per store backend: SQLite, and PostgreSQL when DYAD_TEST_PG is set. */
describe.each(STORE_BACKENDS)("api on $name", (backend) => {
  beforeAll(async () => {
    const dir = scratch();
    db = await backend.scratchStore();
    const ingest = dyad(["ingest", "examples/corpus", "--db", db, "--quiet", "--format", "json"]);
    expect(ingest.status, ingest.stderr).toBe(0);
    expect(JSON.parse(ingest.stdout)).toMatchObject({ added: 8, failed: 0 });
    store = await openStore(db);
    for (const record of syntheticRecords()) await store.save(record);
    webRoot = join(dir, "web");
    mkdirSync(webRoot);
    app = createApp({ store, webRoot });
    ({ server, url: base } = await listen(app.fetch));
  });

  afterAll(async () => {
    if (server) await new Promise((resolve) => server.close(resolve));
    await store?.close();
    await backend.cleanup();
  });

  describe("api: documents", () => {
    it("api: GET /api/documents pages through every stored document with its total", async () => {
      const all = await call("/api/documents");
      expect(all.status).toBe(200);
      expect(all.headers.get("content-type")).toMatch(/^application\/json/);
      expect(all.json.total).toBe(10);
      expect(all.json.items).toHaveLength(10);
      expect(Object.keys(all.json.items[0]).sort()).toEqual(["id", "language", "outlet", "path", "published", "publishedFrom", "title", "url"]);
      const page = await call("/api/documents?limit=3&offset=3");
      expect(page.json).toMatchObject({ total: 10, limit: 3, offset: 3 });
      expect(page.json.items.map((d: any) => d.id)).toEqual(all.json.items.slice(3, 6).map((d: any) => d.id));
    });

    it("api: GET /api/documents filters by title words, dates and outlet", async () => {
      const byWord = await call("/api/documents?q=SYNTHETIC");
      expect(byWord.json.items.map((d: any) => d.id)).toEqual(["synthetic-a", "synthetic-b"]);
      expect(byWord.json.total).toBe(2);
      const byOutlet = await call("/api/documents?outlet=test%20wire");
      expect(byOutlet.json.total).toBe(2);
      const byDate = await call("/api/documents?from=2014&to=2014");
      expect(byDate.json.items.length).toBeGreaterThan(0);
      for (const d of byDate.json.items) expect(d.published).toMatch(/^2014/);
      const none = await call("/api/documents?q=%25_nothing");
      expect(none.json).toMatchObject({ total: 0, items: [] });
    });

    it("api: GET /api/documents/{id} is the whole stored record", async () => {
      const reply = await call("/api/documents/india-japan-2014");
      expect(reply.status).toBe(200);
      expect(reply.json).toEqual(await store.get("india-japan-2014"));
      expect(Object.keys(reply.json)).toEqual(expect.arrayContaining(["id", "source", "meta", "body", "timexes", "actors", "quotes", "quantities", "events"]));
    });

    it("api: an unknown document id is a 404 with a JSON error", async () => {
      const reply = await call("/api/documents/no-such-doc");
      expect(reply.status).toBe(404);
      expect(reply.json).toEqual({ error: { status: 404, message: expect.stringContaining('"no-such-doc"') } });
    });
  });

  describe("api: corpus routes", () => {
    it("api: GET /api/actors lists actors with mentions and documents, by type", async () => {
      const all = await call("/api/actors");
      expect(all.status).toBe(200);
      expect(all.json.items[0]).toEqual({ id: expect.any(String), name: expect.any(String), type: expect.any(String), country: expect.anything(), mentions: expect.any(Number), documents: expect.any(Array) });
      const states = await call("/api/actors?type=state");
      expect(states.json.items.length).toBeGreaterThan(0);
      expect(states.json.items.every((a: any) => a.type === "state")).toBe(true);
    });

    it("api: GET /api/events has the filters and answers of dyad events", async () => {
      const reply = await call("/api/events?actors=IND,JPN&from=2014&to=2014-12");
      expect(reply.status).toBe(200);
      const cli = dyad(["events", "--actors", "IND,JPN", "--from", "2014", "--to", "2014-12", "--db", db, "--json"]);
      expect(reply.json.items).toEqual(JSON.parse(cli.stdout));
      expect(reply.json.items.length).toBeGreaterThan(0);
      const meetings = await call("/api/events?cameo=04");
      expect(meetings.json.items.every((e: any) => e.cameo.startsWith("04"))).toBe(true);
    });

    it("api: GET /api/quotes lists quotes by speaker", async () => {
      const reply = await call("/api/quotes?speaker=quill");
      expect(reply.json.items).toEqual([expect.objectContaining({ docId: "synthetic-a", speaker: "Ada Quill", text: QUOTE, direct: true })]);
      const all = await call("/api/quotes?direct=true");
      expect(all.json.items.length).toBeGreaterThan(1);
      expect(all.json.items.every((q: any) => q.direct)).toBe(true);
    });

    it("api: GET /api/quantities gives stored figures with document and evidence", async () => {
      const reply = await call("/api/quantities?about=TRADE&actor=zza");
      expect(reply.status).toBe(200);
      expect(reply.json.items).toHaveLength(2);
      expect(reply.json.items[0]).toMatchObject({ docId: "synthetic-a", title: "Synthetic synthetic-a", value: 10e9, unit: "USD", about: "bilateral trade", actors: ["ZZA", "ZZB"], evidence: "$10 billion in 2019" });
      expect((await call("/api/quantities")).json.items.length).toBeGreaterThan(2);
    });

    it("api: GET /api/conflicts compares claims across documents", async () => {
      const reply = await call("/api/conflicts");
      expect(reply.status).toBe(200);
      expect(Object.keys(reply.json).sort()).toEqual(["conflicts", "corroborated"]);
      const conflict = reply.json.conflicts.find((g: any) => g.about === "bilateral trade" && g.period === "2019");
      expect(conflict.claims.map((c: any) => c.docId)).toEqual(["synthetic-a", "synthetic-b"]);
    });

    it("api: GET /api/timeline is FORMAT.md's timeline JSON, exactly as dyad timeline --json", async () => {
      const reply = await call("/api/timeline?actors=IND,JPN");
      expect(reply.status).toBe(200);
      expect(reply.json).toEqual(JSON.parse(dyad(["timeline", "--actors", "IND,JPN", "--db", db, "--json"]).stdout));
      expect(reply.json.actors).toEqual(["IND", "JPN"]);
      expect(reply.json.entries.length).toBeGreaterThan(0);
      expect(Object.keys(reply.json.entries[0])).toEqual(expect.arrayContaining(["date", "title", "cameo", "goldstein", "events", "documents"]));
      const all = await call("/api/timeline?actors=IND,JPN&minSignificance=0&from=2014&to=2014");
      expect(all.json).toEqual(JSON.parse(dyad(["timeline", "--actors", "IND,JPN", "--min-significance", "0", "--from", "2014", "--to", "2014", "--db", db, "--json"]).stdout));
    });

    it("api: GET /api/trend counts events per year or month", async () => {
      const reply = await call("/api/trend?actors=IND,JPN&by=month");
      expect(reply.status).toBe(200);
      expect(reply.json).toEqual(JSON.parse(dyad(["trend", "--actors", "IND,JPN", "--by", "month", "--db", db, "--json"]).stdout));
      expect(reply.json.rows[0]).toEqual({ period: expect.stringMatching(/^\d{4}-\d{2}$/), events: expect.any(Number), goldsteinSum: expect.any(Number), goldsteinMean: expect.any(Number), cooperation: expect.any(Number), conflict: expect.any(Number) });
      expect((await call("/api/trend?actors=IND,JPN")).json.by).toBe("year");
    });

    it("api: GET /api/summary is the summary of dyad summary --json", async () => {
      const reply = await call("/api/summary?actors=IND,JPN");
      expect(reply.status).toBe(200);
      expect(reply.json).toEqual(JSON.parse(dyad(["summary", "--actors", "IND,JPN", "--db", db, "--json"]).stdout));
      expect(reply.json.sections.map((s: any) => s.heading)).toHaveLength(3);
    });
  });

  describe("api: search", () => {
    it("api: GET /api/search ranks by bm25 and returns plain-text snippets with highlight offsets", async () => {
      const reply = await call("/api/search?q=zanzibarite");
      expect(reply.status).toBe(200);
      const items = reply.json.items;
      expect(items.length).toBeGreaterThanOrEqual(3);
      const scores = items.map((h: any) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      // Three mentions outrank one.
      const bodies = items.filter((h: any) => h.kind === "body").map((h: any) => h.docId);
      expect(bodies).toEqual(["synthetic-a", "synthetic-b"]);
      for (const hit of items) {
        expect(hit.highlights.length).toBeGreaterThan(0);
        for (const h of hit.highlights) expect(hit.snippet.slice(h.start, h.end).toLowerCase()).toBe("zanzibarite");
        expect(hit.snippet).not.toMatch(/[<>\uE000\uE001]/);
      }
      const quote = items.find((h: any) => h.kind === "quote");
      expect(quote).toMatchObject({ docId: "synthetic-a", quote: { position: 0, speaker: "Ada Quill", direct: true } });
      expect(BODY_A.slice(quote.quote.start, quote.quote.end)).toBe(QUOTE);
    });

    it("api: search stems words, keeps phrases, honours limit, and takes FTS5 syntax as plain words", async () => {
      const stemmed = await call("/api/search?q=reparation");
      expect(stemmed.json.items.map((h: any) => h.docId)).toContain("germany-poland-reparations");
      const phrase = await call(`/api/search?q=${encodeURIComponent('"main export"')}`);
      expect(phrase.json.items.map((h: any) => h.docId)).toEqual(["synthetic-b"]);
      const limited = await call("/api/search?q=the&limit=2");
      expect(limited.json.items).toHaveLength(2);
      for (const q of ['NEAR(trade', 'trade AND', '"unclosed', "col:umn", "-minus", "^caret*"]) {
        const odd = await call(`/api/search?q=${encodeURIComponent(q)}`);
        expect(odd.status, q).toBe(200);
        expect(Array.isArray(odd.json.items)).toBe(true);
      }
    });
  });

  describe("api: uploads", () => {
    const ARTICLE = [
      "Ministers meet in Lisbon",
      "",
      "The foreign ministers of Portugal and Spain met in Lisbon on Tuesday to discuss water rights along the Tagus river.",
      "",
      "Both sides agreed to meet again in Madrid next month, officials said.",
    ].join("\n");

    it("api: POST a .txt as text/plain stores it (201) and GET gives it back; the same again is unchanged", async () => {
      const reply = await call("/api/documents?name=lisbon.txt", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: ARTICLE });
      expect(reply.status).toBe(201);
      expect(reply.json).toMatchObject({ id: "lisbon", outcome: "added", warnings: expect.any(Array), record: { id: "lisbon", title: "Ministers meet in Lisbon", path: "lisbon.txt" } });
      expect(reply.headers.get("location")).toBe("/api/documents/lisbon");
      const stored = await call("/api/documents/lisbon");
      expect(stored.json.body).toContain("Tagus river");
      expect(stored.json.actors.map((a: any) => a.id)).toEqual(expect.arrayContaining(["PRT", "ESP"]));
      const again = await call("/api/documents?name=lisbon.txt", { method: "POST", headers: { "content-type": "text/plain" }, body: ARTICLE });
      expect(again.json).toMatchObject({ id: "lisbon", outcome: "unchanged", warnings: [] });
      const edited = await call("/api/documents?name=lisbon.txt", { method: "POST", headers: { "content-type": "text/plain" }, body: `${ARTICLE}\n\nTalks will resume in June.` });
      expect(edited.json).toMatchObject({ id: "lisbon", outcome: "updated" });
    });

    it("api: POST an .html file as multipart/form-data stores it with its HTML title", async () => {
      const html = `<!doctype html><html><head><title>Seoul and Tokyo resume shuttle diplomacy</title></head><body><article><h1>Seoul and Tokyo resume shuttle diplomacy</h1><p>South Korea and Japan agreed on Thursday in Seoul to resume regular visits by their leaders, ending a pause of twelve years.</p><p>The two foreign ministers will meet again in Tokyo in May, officials said.</p></article></body></html>`;
      const form = new FormData();
      form.append("file", new Blob([html], { type: "text/html" }), "shuttle.html");
      const reply = await call("/api/documents", { method: "POST", body: form });
      expect(reply.status).toBe(201);
      expect(reply.json).toMatchObject({ id: "shuttle", outcome: "added", record: { title: "Seoul and Tokyo resume shuttle diplomacy" } });
      const stored = await call("/api/documents/shuttle");
      expect(stored.json.body).toContain("resume regular visits");
      expect(stored.json.body).not.toMatch(/<p>|<article>/);
    });

    it("api: an upload without a name is named after its content, like stdin", async () => {
      const reply = await call("/api/documents", { method: "POST", headers: { "content-type": "text/plain" }, body: ARTICLE.replace("Tuesday", "Wednesday") });
      expect(reply.status).toBe(201);
      expect(reply.json.id).toMatch(/^upload~[0-9a-f]{8}$/);
      expect((await call(`/api/documents/${encodeURIComponent(reply.json.id)}`)).status).toBe(200);
    });

    it("api: an article with <script> comes back as its literal text, JSON-escaped, never as markup", async () => {
      const text = "Ministers meet in Lisbon\n\nA statement posted by the ministry read <script>alert(1)</script> before it was removed, officials said on Tuesday in Lisbon.";
      const reply = await call("/api/documents?name=script.txt", { method: "POST", headers: { "content-type": "text/plain" }, body: text });
      expect(reply.status).toBe(201);
      const stored = await call("/api/documents/script");
      expect(stored.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(stored.headers.get("x-content-type-options")).toBe("nosniff");
      expect(stored.headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(stored.json.body).toContain("<script>alert(1)</script>");
      expect(stored.text).not.toContain("<script>");
      expect(stored.text).toContain("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e");
    });

    it("api: uploads over 10 MB are 413, with or without a Content-Length", async () => {
      const big = "a".repeat(10 * MB + 1);
      const sized = await call("/api/documents?name=big.txt", { method: "POST", headers: { "content-type": "text/plain" }, body: big });
      expect(sized.status).toBe(413);
      expect(sized.json.error).toMatchObject({ status: 413, message: expect.stringContaining("10 MB") });
      const stream = new ReadableStream({
        start(controller) {
          for (let i = 0; i < 11; i++) controller.enqueue(new TextEncoder().encode("b".repeat(MB)));
          controller.close();
        },
      });
      const chunked = await call("/api/documents?name=big.txt", { method: "POST", headers: { "content-type": "text/plain" }, body: stream, duplex: "half" } as RequestInit);
      expect(chunked.status).toBe(413);
      const form = new FormData();
      form.append("file", new Blob([big], { type: "text/plain" }), "big.txt");
      expect((await call("/api/documents", { method: "POST", body: form })).status).toBe(413);
      expect((await call("/api/documents/big")).status).toBe(404);
    });

    it("api: uploads of other types are 415 and empty ones 400", async () => {
      const pdf = await call("/api/documents?name=a.pdf", { method: "POST", headers: { "content-type": "application/pdf" }, body: "%PDF-1.4" });
      expect(pdf.status).toBe(415);
      expect(pdf.json.error.message).toMatch(/text\/plain or text\/html/);
      const untyped = await call("/api/documents", { method: "POST", body: new Uint8Array([1, 2, 3]) });
      expect(untyped.status).toBe(415);
      const json = await call("/api/documents", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      expect(json.status).toBe(415);
      const form = new FormData();
      form.append("file", new Blob(["%PDF-1.4"], { type: "application/pdf" }), "paper.pdf");
      expect((await call("/api/documents", { method: "POST", body: form })).status).toBe(415);
      const gz = await call("/api/documents?name=a.txt.gz", { method: "POST", headers: { "content-type": "text/plain" }, body: "x" });
      expect(gz.status).toBe(415);

      const empty = await call("/api/documents?name=empty.txt", { method: "POST", headers: { "content-type": "text/plain" }, body: "" });
      expect(empty.status).toBe(400);
      expect(empty.json.error.message).toMatch(/empty/);
      const blank = await call("/api/documents?name=blank.txt", { method: "POST", headers: { "content-type": "text/plain" }, body: "  \n\n " });
      expect(blank.status).toBe(400);
      const noFile = new FormData();
      noFile.append("text", "an article");
      expect((await call("/api/documents", { method: "POST", body: noFile })).status).toBe(400);
      const badName = await call("/api/documents?name=..%2Fetc%2Fpasswd", { method: "POST", headers: { "content-type": "text/plain" }, body: "x" });
      expect(badName.status).toBe(400);
      expect((await call("/api/documents/empty")).status).toBe(404);
    });
  });

  describe("api: errors and security", () => {
    it("api: each invalid parameter is a 400 that names it", async () => {
      const cases: [string, RegExp][] = [
        ["/api/documents?limit=0", /limit/],
        ["/api/documents?limit=1001", /limit/],
        ["/api/documents?limit=ten", /limit/],
        ["/api/documents?offset=-1", /offset/],
        ["/api/documents?from=yesterday", /from: dates/],
        ["/api/documents?to=2014-02-30", /to: dates/],
        ["/api/actors?type=city", /type takes state/],
        ["/api/events?actors=C!N", /actors takes codes/],
        ["/api/events?from=2014-13", /from: dates/],
        ["/api/events?cameo=4x", /cameo/],
        ["/api/quotes?direct=maybe", /direct/],
        ["/api/quantities?actor=CHN,RUS", /actor takes one code/],
        ["/api/timeline", /actors is required/],
        ["/api/timeline?actors=CHN", /actors needs 2 codes/],
        ["/api/timeline?actors=CHN,RUS&minSignificance=2", /minSignificance/],
        ["/api/timeline?actors=CHN,RUS&to=June", /to: dates/],
        ["/api/trend?actors=CHN,RUS&by=week", /by takes year, month/],
        ["/api/summary?actors=", /actors is required/],
        ["/api/search", /q is required/],
        ["/api/search?q=%22%2A%22", /q is required/],
        ["/api/search?q=trade&limit=101", /limit/],
        ["/api/events?actor=CHN", /unknown parameter actor/],
      ];
      for (const [path, message] of cases) {
        const reply = await call(path);
        expect(reply.status, path).toBe(400);
        expect(reply.json.error.status, path).toBe(400);
        expect(reply.json.error.message, path).toMatch(message);
      }
    });

    it("api: unknown /api routes and methods are 404 JSON", async () => {
      for (const [method, path] of [["GET", "/api/nothing"], ["GET", "/api"], ["DELETE", "/api/documents/india-japan-2014"], ["PUT", "/api/documents"]] as const) {
        const reply = await call(path, { method });
        expect(reply.status, `${method} ${path}`).toBe(404);
        expect(reply.json.error).toMatchObject({ status: 404, message: expect.stringContaining("/api") });
      }
    });

    it("api: pages of other origins cannot post, and foreign host names are refused (DNS rebinding)", async () => {
      const csrf = await call("/api/documents?name=csrf.txt", { method: "POST", headers: { "content-type": "text/plain", origin: "http://evil.example" }, body: "Ministers met in Lisbon on Tuesday." });
      expect(csrf.status).toBe(403);
      expect((await call("/api/documents/csrf")).status).toBe(404);
      const rebound = await rawRequest("/api/documents", { host: "evil.example:80" });
      expect(rebound.status).toBe(403);
      expect((await rawRequest("/api/documents", { host: "localhost" })).status).toBe(200);
    });

    it("api: toHttpResponse maps bugs to 500 asking for a report", async () => {
      const { toHttpResponse, InternalError, StageError, ConfigError } = await import("../src/pipeline/errors.js");
      expect(toHttpResponse(new Error("boom"))).toEqual({ status: 500, body: { error: { status: 500, message: expect.stringMatching(/boom.*please report/) } } });
      expect(toHttpResponse(new InternalError("bad")).status).toBe(500);
      expect(toHttpResponse(new StageError("events", "doc", new Error("x"))).body.error.message).toMatch(/please report/);
      expect(toHttpResponse(new ConfigError(["a: b"])).status).toBe(400);
    });
  });

  describe("api: openapi and web UI", () => {
    it("api: /api/openapi.json is OpenAPI 3.1 and lists every route of the app with its parameters", async () => {
      const reply = await call("/api/openapi.json");
      expect(reply.status).toBe(200);
      expect(reply.json).toEqual(JSON.parse(JSON.stringify(OPENAPI)));
      expect(reply.json.openapi).toBe("3.1.0");
      const routes = new Set(app.routes.filter((r) => r.method !== "ALL" && r.path.startsWith("/api/")).map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, "{$1}")}`));
      const described = new Set(Object.entries(reply.json.paths).flatMap(([path, ops]) => Object.keys(ops as object).map((method) => `${method} ${path}`)));
      expect([...described].sort()).toEqual([...routes].sort());
      expect(routes.size).toBe(13);
      const paramsOf = (path: string) => reply.json.paths[path].get.parameters.map((p: any) => p.name ?? reply.json.components.parameters[p.$ref.split("/").pop()].name);
      expect(paramsOf("/api/timeline")).toEqual(["actors", "from", "to", "minSignificance"]);
      expect(paramsOf("/api/documents")).toEqual(["limit", "offset", "q", "from", "to", "outlet"]);
      // Every $ref resolves.
      for (const [, target] of reply.text.matchAll(/"\$ref":"#\/components\/(\w+\/\w+)"/g)) {
        const [kind, name] = target!.split("/");
        expect(reply.json.components[kind!][name!], target).toBeDefined();
      }
    });

    it("api: without a built UI / is a plain note; once built, files with their types, CSP and the index for app paths", async () => {
      const note = await call("/");
      expect(note.status).toBe(200);
      expect(note.headers.get("content-type")).toMatch(/^text\/plain/);
      expect(note.text).toMatch(/web UI is not built/);

      writeFileSync(join(webRoot, "index.html"), '<!doctype html><title>dyad</title><script type="module" src="/assets/app-1234.js"></script>');
      mkdirSync(join(webRoot, "assets"), { recursive: true });
      writeFileSync(join(webRoot, "assets", "app-1234.js"), "console.log('dyad');");
      writeFileSync(join(webRoot, "assets", "app-1234.css"), "body { margin: 0 }");
      const index = await call("/");
      expect(index.status).toBe(200);
      expect(index.headers.get("content-type")).toMatch(/^text\/html/);
      expect(index.headers.get("content-security-policy")).toMatch(/^default-src 'self'/);
      expect(index.text).toContain("<title>dyad</title>");
      const script = await call("/assets/app-1234.js");
      expect(script.headers.get("content-type")).toMatch(/^text\/javascript/);
      expect(script.headers.get("cache-control")).toContain("immutable");
      expect((await call("/assets/app-1234.css")).headers.get("content-type")).toMatch(/^text\/css/);
      const deep = await call("/timeline/CHN-RUS");
      expect(deep.status).toBe(200);
      expect(deep.text).toContain("<title>dyad</title>");
      expect((await call("/api/unknown")).json.error.status).toBe(404);
      const traversal = await rawRequest("/assets/..%2f..%2fapi.db", { host: "127.0.0.1" });
      expect(traversal.body).not.toContain("SQLite format");
      const dots = await rawRequest("/../api.db", { host: "127.0.0.1" });
      expect(dots.body).not.toContain("SQLite format");
    });
  });

  describe("api: dyad serve", () => {
    it("api: dyad serve --port 0 prints where it serves, answers, and stops cleanly on SIGTERM", async () => {
      const child = spawn(process.execPath, [join(ROOT, "dist", "cli", "main.js"), "serve", "--db", db, "--port", "0"], { cwd: ROOT });
      const line = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (d: Buffer) => {
          out += d.toString();
          if (out.includes("\n")) resolve(out.trim());
        });
        child.on("exit", (code) => reject(new Error(`dyad serve exited with ${code}`)));
      });
      const match = /^dyad serving (.+) at (http:\/\/127\.0\.0\.1:(\d+)\/)$/.exec(line);
      expect(match, line).not.toBeNull();
      expect(match![1]).toBe(db);
      expect(Number(match![3])).toBeGreaterThan(0);
      const reply = await fetch(`${match![2]}api/documents?limit=1`);
      expect(((await reply.json()) as { total: number }).total).toBeGreaterThanOrEqual(10);
      const exit = new Promise<number | null>((resolve) => child.on("exit", resolve));
      child.kill("SIGTERM");
      expect(await exit).toBe(0);
    });

    it("api: dyad serve refuses a bad port with exit 2", () => {
      const run = dyad(["serve", "--db", db, "--port", "70000"]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/--port takes a port/);
    });
  });
});
