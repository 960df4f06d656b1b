// Shared by the queue's tests: generated articles to queue, workers in the background, and what
// the queue and the store hold, read as a user (dyad queue) or directly (the documents table).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { articles } from "../eval/synthetic-corpus.js";
import { dyad, scratch, startDyad, waitFor, type RunningDyad } from "./helpers.js";
import { withConnection } from "./stores.js";

/** `count` generated articles (distinct, a tenth near-duplicates of others) as files of a new folder. */
export function writeArticles(count: number): string {
  const dir = join(scratch(), "articles");
  mkdirSync(dir);
  for (const article of articles(count)) writeFileSync(join(dir, article.name), article.text);
  return dir;
}

/** What `dyad queue --json` says. */
export function queueState(db: string): Record<string, any> {
  const run = dyad(["queue", "--db", db, "--json"]);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

/** The stored documents' ids and content hashes, read directly. */
export function storedDocuments(db: string): Promise<{ id: string; content_hash: string }[]> {
  return withConnection(db, async (client) => (await client.query<{ id: string; content_hash: string }>("SELECT id, content_hash FROM documents ORDER BY id")).rows);
}

export const startWorker = (db: string, ...flags: string[]): RunningDyad => startDyad(["worker", "--db", db, ...flags]);

/** Waits for the worker's first line, so that it has opened the store and the queue. */
export const started = (worker: RunningDyad) => waitFor("the worker to start", () => worker.stdout().includes("dyad worker taking jobs"));

