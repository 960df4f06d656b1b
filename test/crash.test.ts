// Crash safety: a real ingest killed with SIGKILL mid-run leaves a sound database with whole
// documents only; running the same command again stores every document exactly once.
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dyad, ROOT, scratch } from "./helpers.js";

const DOCUMENTS = 240;

function corpus(): string {
  const dir = join(scratch(), "corpus");
  mkdirSync(dir);
  const sources = readdirSync(join(ROOT, "examples", "corpus")).filter((f) => f.endsWith(".txt"));
  for (let i = 0; i < DOCUMENTS; i++) {
    const text = readFileSync(join(ROOT, "examples", "corpus", sources[i % sources.length]!), "utf8");
    // Each copy differs, so that none is "unchanged" by content.
    writeFileSync(join(dir, `copy-${String(i).padStart(4, "0")}.txt`), `${text}\n\nFile note ${i}: archived copy number ${i}.\n`);
  }
  return dir;
}

function storedIds(db: string): string[] {
  const sqlite = new Database(db, { readonly: true });
  try {
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    const ids = (sqlite.prepare("SELECT id FROM documents").all() as { id: string }[]).map((r) => r.id);
    const orphans = sqlite.prepare("SELECT count(*) AS n FROM document_actors WHERE doc_id NOT IN (SELECT id FROM documents)").get() as { n: number };
    expect(orphans.n).toBe(0);
    return ids;
  } finally {
    sqlite.close();
  }
}

describe("crash safety", () => {
  it("crash: a killed ingest loses no committed document and leaves no partial one; a re-run finishes", async () => {
    const dir = corpus();
    const db = join(scratch(), "crash.db");
    const child = spawn(process.execPath, [join(ROOT, "dist", "cli", "main.js"), "ingest", dir, "--db", db, "--quiet", "--jobs", "1"], { stdio: "ignore" });
    // Kill once some documents are committed, well before the end.
    const started = Date.now();
    while (Date.now() - started < 60_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      try {
        if (storedIds(db).length >= 10) break;
      } catch {
        // The database may not exist yet.
      }
    }
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    const before = storedIds(db);
    expect(before.length).toBeGreaterThan(0);
    expect(before.length).toBeLessThan(DOCUMENTS);

    const rerun = dyad(["ingest", dir, "--db", db, "--json", "--jobs", "2"]);
    expect(rerun.status).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ added: DOCUMENTS - before.length, unchanged: before.length, failed: 0 });
    const after = storedIds(db);
    expect(after).toHaveLength(DOCUMENTS);
    expect(new Set(after).size).toBe(DOCUMENTS);
  });
});
