// The commands as a user runs them: extract, ingest (idempotent), list, show, pipeline, help.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { dyad, jsonLines, scratch, SHARED } from "./helpers.js";

const ARTICLE = [
  "Skip to content",
  "Home | World | Business | Opinion",
  "Grain corridor talks resume | World | Lakeside Courier",
  "March 4, 2021",
  "By Ines Moreau and Tomas Berg",
  "",
  "Grain corridor talks resume",
  "",
  "Negotiators from the two coastal states resumed talks on a grain corridor on Thursday, a week after the previous round collapsed.",
  "",
  "\"We are closer than we were,\" a senior negotiator said after the first session.",
  "",
  "Share this article",
  "Related articles",
  "Port strike ends after nine days",
].join("\n");

function corpus(): string {
  const dir = scratch();
  writeFileSync(join(dir, "grain.txt"), ARTICLE);
  return dir;
}

describe("cli", () => {
  it("cli: --help lists every command", () => {
    const run = dyad(["--help"]);
    expect(run.status).toBe(0);
    for (const command of ["extract", "ingest", "list", "show", "pipeline"]) expect(run.stdout).toMatch(new RegExp(`\\n\\s+${command}\\b`));
  });

  it("cli: extract writes FORMAT.md records with every layer", () => {
    const run = dyad(["extract", corpus()]);
    expect(run.status).toBe(0);
    const [record] = jsonLines(run.stdout);
    expect(record).toMatchObject({
      id: "grain",
      meta: { title: "Grain corridor talks resume", outlet: "Lakeside Courier", authors: ["Ines Moreau", "Tomas Berg"], published: "2021-03-04", publishedFrom: "text", language: "en" },
    });
    expect(record!.body.startsWith("Negotiators from the two coastal states")).toBe(true);
    expect(record!.body).not.toMatch(/Share this|Related|Port strike|Skip to/);
    for (const layer of ["timexes", "actors", "quotes", "quantities", "events"]) expect(Array.isArray(record![layer])).toBe(true);
  });

  it("cli: --json is short for --format json", () => {
    const dir = corpus();
    const viaJson = JSON.parse(dyad(["extract", dir, "--json"]).stdout);
    const viaFormat = JSON.parse(dyad(["extract", dir, "--format", "json"]).stdout);
    expect(viaJson).toEqual(viaFormat);
    expect(viaJson).toHaveLength(1);
  });

  it("cli: extract reads stdin and gzip", () => {
    const viaStdin = jsonLines(dyad(["extract", "-"], { input: ARTICLE }).stdout)[0]!;
    expect(viaStdin.id).toMatch(/^stdin~[0-9a-f]{8}$/);
    const dir = scratch();
    writeFileSync(join(dir, "packed.txt.gz"), gzipSync(ARTICLE));
    const packed = jsonLines(dyad(["extract", dir]).stdout)[0]!;
    expect(packed.id).toBe("packed");
    expect(packed.body).toBe(viaStdin.body);
  });

  it("cli: a sidecar overrides what extraction finds", () => {
    const dir = corpus();
    writeFileSync(join(dir, "grain.meta.json"), JSON.stringify({ id: "grain-talks", outlet: "Courier", published: "2021-03-05", url: "https://courier.example/grain" }));
    const [record] = jsonLines(dyad(["extract", dir]).stdout);
    expect(record).toMatchObject({ id: "grain-talks", source: { url: "https://courier.example/grain" }, meta: { outlet: "Courier", published: "2021-03-05", publishedFrom: "sidecar" } });
  });

  it("cli: the same base name with other content gets ~HASH8", () => {
    const dir = corpus();
    mkdirSync(join(dir, "other"));
    writeFileSync(join(dir, "other", "grain.txt"), ARTICLE.replace("Thursday", "Friday"));
    const ids = jsonLines(dyad(["extract", dir]).stdout).map((r) => r.id);
    expect(ids[0]).toBe("grain");
    expect(ids[1]).toMatch(/^grain~[0-9a-f]{8}$/);
  });

  it("cli: ingest is idempotent and tells added, unchanged and updated apart", () => {
    const dir = corpus();
    const db = join(scratch(), "dyad.db");
    expect(JSON.parse(dyad(["ingest", dir, "--db", db, "--json"]).stdout)).toMatchObject({ added: 1, unchanged: 0, updated: 0, failed: 0 });
    expect(JSON.parse(dyad(["ingest", dir, "--db", db, "--json"]).stdout)).toMatchObject({ added: 0, unchanged: 1, updated: 0 });
    writeFileSync(join(dir, "grain.txt"), ARTICLE.replace("Thursday", "Wednesday"));
    expect(JSON.parse(dyad(["ingest", dir, "--db", db, "--json"]).stdout)).toMatchObject({ added: 0, unchanged: 0, updated: 1 });
    const text = dyad(["ingest", dir, "--db", db]);
    expect(text.stdout).toMatch(/added 0, unchanged 1, updated 0, duplicate 0, skipped 0, failed 0/);
  });

  it("cli: a near-duplicate is stored, grouped with its story and counted", () => {
    const dir = corpus();
    writeFileSync(join(dir, "grain-wire.txt"), ARTICLE.replace("Skip to content", "Wire copy: republished with permission").replace("Port strike ends after nine days", "Ferry fares rise again"));
    const db = join(scratch(), "dup.db");
    expect(JSON.parse(dyad(["ingest", dir, "--db", db, "--json", "--jobs", "1"]).stdout)).toMatchObject({ added: 2, duplicate: 1 });
    const groups = JSON.parse(dyad(["list", "--duplicates", "--db", db, "--json"]).stdout);
    expect(groups).toHaveLength(1);
    expect([groups[0].root, ...groups[0].copies].sort()).toEqual(["grain", "grain-wire"]);
    expect(JSON.parse(dyad(["show", groups[0].copies[0], "--db", db, "--json"]).stdout).duplicateOf).toBe(groups[0].root);
  });

  it("cli: DYAD_DB chooses the database; list and show read it", () => {
    const db = join(scratch(), "env.db");
    expect(dyad(["ingest", corpus()], { env: { DYAD_DB: db } }).status).toBe(0);
    const listed = JSON.parse(dyad(["list", "--json"], { env: { DYAD_DB: db } }).stdout);
    expect(listed).toEqual([expect.objectContaining({ id: "grain", published: "2021-03-04", outlet: "Lakeside Courier" })]);
    expect(dyad(["list", "--db", db]).stdout).toMatch(/grain\t2021-03-04\tLakeside Courier\tGrain corridor talks resume/);
    const shown = JSON.parse(dyad(["show", "grain", "--db", db, "--json"]).stdout);
    expect(shown.body).toContain("grain corridor");
    expect(dyad(["show", "grain", "--db", db]).stdout).toMatch(/published: 2021-03-04 \(from text\)/);
    const missing = dyad(["show", "nothing", "--db", db]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no document with id "nothing"/);
  });

  it("cli: pipeline explains each stage's reads and writes", () => {
    const rows = JSON.parse(dyad(["pipeline", "--json"]).stdout) as { name: string; requires: string[]; assigns: string[] }[];
    expect(rows.map((r) => r.name).slice(0, 4)).toEqual(["decode", "clean", "meta", "segment"]);
    expect(rows.find((r) => r.name === "clean")).toMatchObject({ requires: ["text"], assigns: ["body", "paragraphs", "clues"] });
  });
});

describe("cli corpus commands", () => {
  const db = join(scratch(), "seeds.db");
  beforeAll(() => {
    expect(dyad(["ingest", join(SHARED, "corpus", "seeds-dated"), "--db", db, "--quiet"]).status).toBe(0);
  });

  it("cli: conflicts shows the 2011 China–Russia trade figure from both sources and nothing else", () => {
    const report = JSON.parse(dyad(["conflicts", "--db", db, "--json"]).stdout) as { conflicts: { about: string; actors: string[]; period: string; claims: { docId: string; value: number; evidence: string }[] }[] };
    expect(report.conflicts).toHaveLength(1);
    const [conflict] = report.conflicts;
    expect(conflict).toMatchObject({ about: "bilateral trade", actors: ["CHN", "RUS"], period: "2011" });
    expect(conflict!.claims.map((c) => [c.docId, c.value])).toEqual([["001_7cf3c6871154cef4", 83.5e9], ["002_fab19321f7764a57", 88.1e9]]);
    for (const claim of conflict!.claims) expect(claim.evidence.length).toBeGreaterThan(40);
    const actors = JSON.parse(dyad(["actors", "--db", db, "--json"]).stdout) as { id: string; documents: string[] }[];
    expect(actors.find((a) => a.id === "vladimir-putin")?.documents).toHaveLength(5);
  });
  it("cli: quotes --speaker lists that speaker's quotes with document and date", () => {
    const quotes = JSON.parse(dyad(["quotes", "--speaker", "Pushkov", "--db", db, "--json"]).stdout) as { speaker: string; speakerActor: string; docId: string; published: string }[];
    expect(quotes.length).toBeGreaterThanOrEqual(5);
    for (const q of quotes) expect(q).toMatchObject({ speaker: "Alexei Pushkov", speakerActor: "alexei-pushkov", docId: "002_fab19321f7764a57", published: "2013-03-22" });
  });

  it("cli: events --format gdelt writes 61 tab-separated columns per row", () => {
    const run = dyad(["events", "--db", db, "--format", "gdelt"]);
    expect(run.status).toBe(0);
    const rows = run.stdout.trim().split("\n");
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split("\t")).toHaveLength(61);
  });

  it("cli: events filters by actors, dates and code", () => {
    const events = JSON.parse(dyad(["events", "--db", db, "--actors", "CHN,RUS", "--from", "2012", "--to", "2012", "--cameo", "04", "--json"]).stdout) as { date: string; cameo: string; source: { country: string }; target: { country: string } }[];
    for (const e of events) {
      expect(e.date.slice(0, 4)).toBe("2012");
      expect(e.cameo.startsWith("04")).toBe(true);
      expect([e.source.country, e.target.country].sort()).toEqual(["CHN", "RUS"]);
    }
    expect(dyad(["events", "--db", db, "--from", "June"]).status).toBe(2);
  });

  it("cli: timeline --format json is FORMAT.md's corpus output", () => {
    const timeline = JSON.parse(dyad(["timeline", "--actors", "CHN,RUS", "--db", db, "--format", "json"]).stdout);
    expect(timeline.actors).toEqual(["CHN", "RUS"]);
    expect(timeline.entries.length).toBeGreaterThan(0);
    for (const entry of timeline.entries) {
      expect(entry).toEqual(expect.objectContaining({ date: expect.any(String), title: expect.any(String), cameo: expect.any(String), goldstein: expect.any(Number), events: expect.any(Array), documents: expect.any(Array) }));
    }
    expect(dyad(["timeline", "--actors", "CHN", "--db", db]).status).toBe(2);
    expect(dyad(["timeline", "--actors", "CHN,RUS", "--db", db, "--format", "markdown"]).stdout).toMatch(/^# Timeline: CHN – RUS/);
  });

  it("cli: trend prints yearly figures", () => {
    const trend = JSON.parse(dyad(["trend", "--actors", "CHN,RUS", "--by", "year", "--db", db, "--json"]).stdout);
    expect(trend.rows.length).toBeGreaterThan(0);
    expect(trend.rows[0]).toEqual(expect.objectContaining({ period: expect.stringMatching(/^\d{4}$/), events: expect.any(Number), goldsteinMean: expect.any(Number) }));
    expect(dyad(["trend", "--actors", "CHN,RUS", "--db", db, "--format", "csv"]).stdout).toMatch(/^period,events,goldstein_sum/);
  });

  it("cli: summary cites a document for every line", () => {
    const summary = JSON.parse(dyad(["summary", "--actors", "CHN,RUS", "--db", db, "--json"]).stdout) as { sections: { lines: { document: string }[] }[] };
    expect(summary.sections.map((s) => s.lines.length).reduce((a, b) => a + b)).toBeGreaterThan(0);
    for (const line of summary.sections.flatMap((s) => s.lines)) expect(line.document).toMatch(/^00\d_/);
  });
});
