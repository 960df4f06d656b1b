// `dyad db copy --from A --to B`: moves a whole store between backends (SQLite file ⇄ PostgreSQL
// URL, or alike), keeping ids, hashes and near-duplicate groups; the target's search index follows.
import type { Command } from "commander";
import { existsSync } from "node:fs";
import { loadConfig } from "../../config.js";
import { InputError } from "../../pipeline/errors.js";
import { copyStore } from "../../store/copy.js";
import { isPostgresUrl, openStore } from "../../store/open.js";
import { addFormatOptions, chosenFormat } from "../options.js";

const FORMATS = ["text", "json"] as const;

export function registerDb(program: Command): void {
  const db = program.command("db").description("manage stores: copy one into another (SQLite ⇄ PostgreSQL)");
  const copy = db
    .command("copy")
    .description("copy every document of one store into another, keeping ids, hashes and near-duplicate groups; run again to finish an interrupted copy")
    .requiredOption("--from <path|url>", "the store to read: a SQLite file or a postgres:// URL")
    .requiredOption("--to <path|url>", "the store to write (created or migrated as needed)");
  addFormatOptions(copy, FORMATS, "text").action(async (options: { from: string; to: string; format?: string; json?: boolean }) => {
    const format = chosenFormat(options, FORMATS);
    const from = loadConfig({ db: options.from }).db;
    const to = loadConfig({ db: options.to }).db;
    if (from === to) throw new InputError(`--from and --to name the same store (${options.from}); copy into another one`);
    // Opening a SQLite file creates it: a mistyped source would copy nothing, and say so too quietly.
    if (!isPostgresUrl(from) && !existsSync(from)) throw new InputError(`--from: no SQLite store at ${from}`);
    const source = await openStore(from);
    try {
      const target = await openStore(to);
      try {
        const summary = await copyStore(source, target);
        const copied = summary.added + summary.updated + summary.unchanged;
        if (format === "json") process.stdout.write(`${JSON.stringify({ ...summary, from: source.location, to: target.location })}\n`);
        else process.stdout.write(`copied ${copied} document${copied === 1 ? "" : "s"} from ${source.location} to ${target.location}: added ${summary.added}, updated ${summary.updated}, unchanged ${summary.unchanged}\n`);
      } finally {
        await target.close();
      }
    } finally {
      await source.close();
    }
  });
}
