// Bad input never stops a batch: each bad file gets one line on stderr naming it and the
// reason, every other file is processed, the exit status is 1, and nothing partial is stored.
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { dyad, jsonLines, scratch } from "./helpers.js";

const GOOD = "Envoys of two neighbouring states met in a border town on Monday.\n\nThey agreed to reopen a rail crossing that had been closed for a decade.\n";
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** A folder with one good article and the bad file(s) a case adds. */
function batch(addBad: (dir: string) => void): string {
  const dir = scratch();
  writeFileSync(join(dir, "good.txt"), GOOD);
  addBad(dir);
  return dir;
}

function expectOnlyGoodProcessed(dir: string, badName: string, reason: RegExp) {
  const run = dyad(["extract", dir]);
  expect(run.status).toBe(1);
  const records = jsonLines(run.stdout);
  expect(records.map((r) => r.id)).toEqual(["good"]);
  const lines = run.stderr.trim().split("\n").filter((l) => l.includes(badName));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(reason);
  return run;
}

describe("bad input", () => {
  it("bad input: an empty file fails alone", () => {
    const dir = batch((d) => writeFileSync(join(d, "empty.txt"), ""));
    expectOnlyGoodProcessed(dir, "empty.txt", /empty\.txt: error: empty file/);
  });

  it("bad input: white space only counts as empty", () => {
    const dir = batch((d) => writeFileSync(join(d, "blank.txt"), "  \n\n\t \n"));
    expectOnlyGoodProcessed(dir, "blank.txt", /blank\.txt: error: empty file/);
  });

  it("bad input: a PNG named .txt is refused as binary", () => {
    const dir = batch((d) => writeFileSync(join(d, "picture.txt"), Buffer.concat([PNG, Buffer.alloc(2000, 7)])));
    expectOnlyGoodProcessed(dir, "picture.txt", /picture\.txt: error: binary file \(PNG image\)/);
  });

  it("bad input: control-character soup is refused as binary", () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37) % 32;
    const dir = batch((d) => writeFileSync(join(d, "noise.txt"), bytes));
    expectOnlyGoodProcessed(dir, "noise.txt", /noise\.txt: error: binary file/);
  });

  it("bad input: a 50 MB file is refused with the limit named", () => {
    const dir = batch((d) => writeFileSync(join(d, "huge.txt"), Buffer.alloc(50 * 1024 * 1024, "a")));
    expectOnlyGoodProcessed(dir, "huge.txt", /huge\.txt: error: too large \(50\.0 MB; the limit is 10\.0 MB, set with --max-size\)/);
  });

  it("bad input: a gzip bomb is stopped at the size limit", () => {
    const dir = batch((d) => writeFileSync(join(d, "bomb.txt.gz"), gzipSync(Buffer.alloc(30 * 1024 * 1024, "b"))));
    expectOnlyGoodProcessed(dir, "bomb.txt.gz", /bomb\.txt\.gz: error: too large/);
  });

  it("bad input: invalid UTF-8 is decoded with a fallback and a warning, not a failure", () => {
    const dir = scratch();
    const latin1 = Buffer.from("Le ministre a déclaré à Genève que les négociations reprendront en été.\n", "latin1");
    writeFileSync(join(dir, "latin.txt"), latin1);
    const run = dyad(["extract", dir]);
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout)[0]!.body).toContain("déclaré à Genève");
    expect(run.stderr).toMatch(/latin\.txt: warning: not valid UTF-8; decoded as (windows-1252|iso-8859-1)/i);
  });

  it("bad input: UTF-16 with a BOM is read", () => {
    const dir = scratch();
    writeFileSync(join(dir, "wide.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Talks resumed in Vienna on Tuesday after a long pause.\n", "utf16le")]));
    const run = dyad(["extract", dir]);
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout)[0]!.body).toContain("Talks resumed in Vienna");
  });

  it("bad input: truncated and broken HTML still gives a record", () => {
    const dir = batch((d) =>
      writeFileSync(join(d, "broken.html"), "<html><head><title>Port deal signed | Coast Herald</title></head><body><div><p>The two governments signed a port agreement that will let ships of both fleets refuel at each other's harbours.<p>Officials said the text would be published next month, after both parliaments have seen it.</div><div><p>More"),
    );
    const run = dyad(["extract", dir]);
    expect(run.status).toBe(0);
    const broken = jsonLines(run.stdout).find((r) => r.id === "broken")!;
    expect(broken.body).toContain("signed a port agreement");
    expect(broken.meta.title).toBe("Port deal signed");
  });

  it("bad input: a path that does not exist fails alone", () => {
    const dir = batch(() => {});
    const run = dyad(["extract", join(dir, "missing.txt"), dir]);
    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout).map((r) => r.id)).toEqual(["good"]);
    expect(run.stderr).toMatch(/missing\.txt: error: no such file or folder/);
  });

  it("bad input: a dangling link fails alone", () => {
    const dir = batch((d) => symlinkSync(join(d, "nowhere.txt"), join(d, "link.txt")));
    const run = dyad(["extract", join(dir, "link.txt"), join(dir, "good.txt")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/link\.txt: error: no such file or folder/);
    expect(jsonLines(run.stdout)).toHaveLength(1);
  });

  it.skipIf(process.getuid?.() === 0)("bad input: an unreadable file fails alone", () => {
    const dir = batch((d) => {
      writeFileSync(join(d, "secret.txt"), GOOD);
      chmodSync(join(d, "secret.txt"), 0o000);
    });
    expectOnlyGoodProcessed(dir, "secret.txt", /secret\.txt: error: permission denied/);
  });

  it("bad input: a sidecar that is not JSON fails its document alone", () => {
    const dir = batch((d) => {
      writeFileSync(join(d, "side.txt"), GOOD);
      writeFileSync(join(d, "side.meta.json"), "{ published: 2012 ");
    });
    expectOnlyGoodProcessed(dir, "side.txt", /side\.txt: error: sidecar side\.meta\.json is not JSON/);
  });

  it("bad input: an unknown sidecar field is a warning", () => {
    const dir = scratch();
    writeFileSync(join(dir, "side.txt"), GOOD);
    writeFileSync(join(dir, "side.meta.json"), JSON.stringify({ published: "2019-04-02", colour: "blue" }));
    const run = dyad(["extract", dir]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/side\.txt: warning: sidecar field ignored: colour/);
    expect(jsonLines(run.stdout)[0]!.meta).toMatchObject({ published: "2019-04-02", publishedFrom: "sidecar" });
  });

  it("bad input: a bad flag exits 2 before reading anything", () => {
    const run = dyad(["extract", "--format", "xml", "nowhere"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
  });

  it("bad input: nothing of a failed document reaches the database", () => {
    const dir = batch((d) => {
      writeFileSync(join(d, "empty.txt"), "");
      writeFileSync(join(d, "picture.txt"), PNG);
      mkdirSync(join(d, "sub"));
      writeFileSync(join(d, "sub", "second.txt"), GOOD.replace("Monday", "Friday"));
    });
    const db = join(scratch(), "store.db");
    const run = dyad(["ingest", dir, "--db", db, "--json"]);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ added: 2, failed: 2 });
    const listed = JSON.parse(dyad(["list", "--db", db, "--json"]).stdout) as { id: string }[];
    expect(listed.map((d) => d.id).sort()).toEqual(["good", "second"]);
  });
});
