import { join } from "node:path";
import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import type { DocRecord } from "../doc/record.js";
import { EMPTY_META } from "../doc/record.js";
import { DocumentStore } from "./repo.js";

const record = (id: string, contentHash: string, path = `/corpus/${id}.txt`): DocRecord => ({
  id, source: { path, url: null }, meta: { ...EMPTY_META, title: `Title ${id}`, published: "2020-01-02", publishedFrom: "text" },
  body: "Body text.", timexes: [], actors: [], quotes: [], quantities: [], events: [], contentHash,
});

const dbFile = () => join(mkdtempSync(join(tmpdir(), "dyad-store-")), "store.db");

describe("store", () => {
  it("store: saves, updates and leaves unchanged records alone", () => {
    const store = new DocumentStore(dbFile());
    expect(store.save(record("a", "h1"))).toBe("added");
    expect(store.save(record("a", "h1"))).toBe("unchanged");
    expect(store.save(record("a", "h2"))).toBe("updated");
    expect(store.get("a")?.contentHash).toBe("h2");
    expect(store.count()).toBe(1);
    store.close();
  });

  it("store: places inputs by content hash, id and path", () => {
    const store = new DocumentStore(dbFile());
    store.save(record("a", "aaaaaaaa11"));
    expect(store.place("a", "aaaaaaaa11", "/elsewhere/a.txt")).toEqual({ kind: "unchanged", id: "a" });
    expect(store.place("a", "bbbbbbbb22", "/corpus/a.txt")).toEqual({ kind: "update", id: "a" });
    expect(store.place("a", "bbbbbbbb22", "/other/a.txt")).toEqual({ kind: "new", id: "a~bbbbbbbb" });
    expect(store.place("b", "cccccccc33", "/corpus/b.txt")).toEqual({ kind: "new", id: "b" });
    store.close();
  });

  it("store: refuses a database from a newer dyad", () => {
    const file = dbFile();
    new DocumentStore(file).close();
    const raw = new Database(file);
    raw.pragma("user_version = 999");
    raw.close();
    expect(() => new DocumentStore(file)).toThrow(/schema version 999, newer than this dyad/);
  });

  it("store: uses WAL", () => {
    const file = dbFile();
    new DocumentStore(file).close();
    const raw = new Database(file);
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    raw.close();
  });
});
