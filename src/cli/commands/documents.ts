// `dyad list` and `dyad show ID`: what the database holds.
import type { Command } from "commander";
import { InputError } from "../../pipeline/errors.js";
import { addDbOption, addFormatOptions, chosenFormat } from "../options.js";
import { withStore } from "../store.js";

const FORMATS = ["text", "json"] as const;

/** `--limit 20`: a whole number, 0 or more. */
function parseCount(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new InputError(`${flag} takes a whole number, 0 or more, not "${value}"`);
  return Number(value);
}

export function registerDocuments(program: Command): void {
  const list = program
    .command("list")
    .description("list stored documents: id, date, outlet, title")
    .option("--limit <n>", "at most this many", (v) => parseCount("--limit", v), 1000)
    .option("--offset <n>", "skip this many", (v) => parseCount("--offset", v), 0)
    .option("--duplicates", "list the groups of near-duplicate documents (copies of one story) instead");
  addFormatOptions(addDbOption(list), FORMATS, "text").action(async (options) => {
    const format = chosenFormat(options, FORMATS);
    await withStore(options.db, async (store) => {
      if (options.duplicates) {
        const groups = await store.duplicateGroups();
        if (format === "json") process.stdout.write(`${JSON.stringify(groups, null, 2)}\n`);
        else {
          for (const group of groups) process.stdout.write(`${group.root}\n${group.copies.map((id) => `  ≈ ${id}\n`).join("")}`);
          process.stdout.write(`${groups.length} stor${groups.length === 1 ? "y" : "ies"} with near-duplicates\n`);
        }
        return;
      }
      const { total, items: rows } = await store.documents({ limit: options.limit, offset: options.offset });
      if (format === "json") {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      for (const row of rows) {
        const date = row.published ? `${row.published}${row.publishedFrom === "inferred" ? "?" : ""}` : "(no date)";
        process.stdout.write(`${row.id}\t${date}\t${row.outlet ?? "-"}\t${row.title ?? "(no title)"}\n`);
      }
      process.stdout.write(`${rows.length} of ${total} documents\n`);
    });
  });

  const show = program.command("show").description("show one stored document (the full record with --json)").argument("<id>", "document id");
  addFormatOptions(addDbOption(show), FORMATS, "text").action(async (id: string, options) => {
    const format = chosenFormat(options, FORMATS);
    await withStore(options.db, async (store) => {
      const record = await store.get(id);
      if (!record) throw new InputError(`no document with id "${id}" (see dyad list)`);
      if (format === "json") {
        process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
        return;
      }
      const m = record.meta;
      const lines = [
        `id:        ${record.id}`,
        `title:     ${m.title ?? "-"}`,
        `outlet:    ${m.outlet ?? "-"}`,
        `authors:   ${m.authors.join("; ") || "-"}`,
        `published: ${m.published ?? "-"}${m.publishedFrom ? ` (from ${m.publishedFrom})` : ""}`,
        `language:  ${m.language ?? "-"}`,
        `source:    ${record.source.url ?? record.source.path ?? "-"}`,
        "",
        record.body,
      ];
      process.stdout.write(`${lines.join("\n")}\n`);
    });
  });
}
