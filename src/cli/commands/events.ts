// `dyad events`: the stored events, filtered by actors, dates and CAMEO code, as text, JSON,
// CSV or rows of the GDELT 2.0 event table.
import type { Command } from "commander";
import { parseActorCodes, parseCameoCode, parseDateValue } from "../../corpus/filters.js";
import { toGdeltRow } from "../../corpus/gdelt.js";
import type { EventFilter, StoredEvent } from "../../store/repo.js";
import { addDbOption, addFormatOptions, chosenFormat } from "../options.js";
import { withStore } from "../store.js";

const FORMATS = ["text", "json", "csv", "gdelt"] as const;

/** `--actors CHN,RUS` → ["CHN", "RUS"]. */
export function parseActors(value: string): string[] {
  return parseActorCodes(value, "--actors");
}

export function parseDate(value: string): string {
  return parseDateValue(value);
}

const CSV_COLUMNS = ["id", "document", "date", "source_code", "source_country", "source_name", "target_code", "target_country", "target_name", "cameo", "plover", "goldstein", "location", "mode", "confidence", "evidence"];

function csvRow(values: (string | number | null | undefined)[]): string {
  return values.map((v) => {
    const text = v === null || v === undefined ? "" : String(v);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }).join(",");
}

function write(events: StoredEvent[], format: (typeof FORMATS)[number]): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  switch (format) {
    case "json":
      out(JSON.stringify(events, null, 2));
      return;
    case "csv":
      out(CSV_COLUMNS.join(","));
      for (const e of events) out(csvRow([e.id, e.docId, e.date, e.source.code, e.source.country, e.source.name, e.target.code, e.target.country, e.target.name, e.cameo, e.plover, e.goldstein, e.location, e.mode, e.confidence, e.evidence.text]));
      return;
    case "gdelt": {
      const added = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
      events.forEach((e, i) => out(toGdeltRow(e, i + 1, added)));
      return;
    }
    case "text":
      for (const e of events) {
        out(`${(e.date ?? "?").padEnd(10)} ${e.cameo.padEnd(4)} ${String(e.goldstein).padStart(5)}  ${e.source.name} (${e.source.country ?? "-"}) → ${e.target.name} (${e.target.country ?? "-"})${e.mode === "planned" ? " [planned]" : ""}  ${e.docId}`);
        out(`           "${e.evidence.text}"`);
      }
      out(`${events.length} event${events.length === 1 ? "" : "s"}`);
  }
}

export function registerEvents(program: Command): void {
  const command = program
    .command("events")
    .description("list stored events (CAMEO, Goldstein, PLOVER) by actors, dates and code; --format gdelt for GDELT 2.0 rows")
    .option("--actors <codes>", "events between these actors (CHN,RUS), or involving one", parseActors)
    .option("--from <date>", "from this date (YYYY, YYYY-MM, YYYY-MM-DD)", parseDate)
    .option("--to <date>", "up to this date", parseDate)
    .option("--cameo <code>", "CAMEO code or prefix (04, 042)");
  addFormatOptions(addDbOption(command), FORMATS, "text").action(async (options) => {
    const format = chosenFormat(options, FORMATS);
    if (options.cameo) parseCameoCode(options.cameo, "--cameo");
    const filter: EventFilter = { actors: options.actors, from: options.from, to: options.to, cameo: options.cameo };
    write(await withStore(options.db, (store) => store.events(filter)), format);
  });
}
