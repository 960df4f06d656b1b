// `dyad quotes`: who said what across the stored corpus, by speaker, with document and date.
import type { Command } from "commander";
import { addDbOption, addFormatOptions, chosenFormat } from "../options.js";
import { withStore } from "../store.js";

const FORMATS = ["text", "json"] as const;

export function registerQuotes(program: Command): void {
  const command = program
    .command("quotes")
    .description("list the quotes of the stored corpus by speaker, with document and date")
    .option("--speaker <name>", "only speakers whose name contains this (e.g. Pushkov)")
    .option("--direct", "only direct quotes (leave out reported speech)");
  addFormatOptions(addDbOption(command), FORMATS, "text").action(async (options) => {
    const format = chosenFormat(options, FORMATS);
    const quotes = (await withStore(options.db, (store) => store.quotes(options.speaker ?? ""))).filter((q) => !options.direct || q.direct);
    if (format === "json") {
      process.stdout.write(`${JSON.stringify(quotes, null, 2)}\n`);
      return;
    }
    let speaker: string | null | undefined;
    for (const q of quotes) {
      if (q.speaker !== speaker) {
        speaker = q.speaker;
        process.stdout.write(`\n${speaker ?? "(no speaker)"}${q.description ? `, ${q.description}` : ""}\n`);
      }
      process.stdout.write(`  ${q.direct ? "“" : "[reported] "}${q.text}${q.direct ? "”" : ""}\n    — ${q.docId}, ${q.published ?? "no date"}\n`);
    }
    process.stdout.write(`${quotes.length} quote${quotes.length === 1 ? "" : "s"}\n`);
  });
}
