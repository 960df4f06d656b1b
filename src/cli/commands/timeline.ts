// `dyad timeline`, `dyad trend` and `dyad summary`: the merged history of a pair of actors, how it
// moved, and what the corpus says about it in a few cited sentences.
import type { Command } from "commander";
import { DEFAULT_MIN_SIGNIFICANCE, selectTimeline, summarizeRelationship } from "../../corpus/relationship.js";
import { renderSummary } from "../../corpus/summary.js";
import type { Timeline } from "../../corpus/timeline.js";
import { buildTrend } from "../../corpus/trend.js";
import { InputError } from "../../pipeline/errors.js";
import { addDbOption, addFormatOptions, chosenFormat } from "../options.js";
import { withStore } from "../store.js";
import { parseActors, parseDate } from "./events.js";

const TIMELINE_FORMATS = ["text", "json", "markdown"] as const;
const TREND_FORMATS = ["text", "json", "csv"] as const;
export { DEFAULT_MIN_SIGNIFICANCE };

function parseSignificance(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InputError(`--min-significance takes a number from 0 to 1, not "${value}"`);
  return n;
}

function requirePair(actors: string[] | undefined): string[] {
  if (!actors || actors.length < 2) throw new InputError("--actors needs two codes, e.g. --actors CHN,RUS");
  return actors;
}

export function timelineOf(db: string | undefined, actors: string[], options: { from?: string; to?: string; minSignificance?: number }): Promise<Timeline> {
  return withStore(db, (store) => selectTimeline(store, actors, options));
}

function printTimeline(timeline: Timeline, format: (typeof TIMELINE_FORMATS)[number]): void {
  const out = (line = "") => process.stdout.write(`${line}\n`);
  if (format === "json") {
    out(JSON.stringify(timeline, null, 2));
    return;
  }
  const markdown = format === "markdown";
  out(markdown ? `# Timeline: ${timeline.actors.join(" – ")}\n` : `Timeline ${timeline.actors.join("–")}: ${timeline.entries.length} entries`);
  for (const entry of timeline.entries) {
    const sources = entry.documents.length === 1 ? "1 source" : `${entry.documents.length} sources`;
    out(markdown ? `## ${entry.date} — ${entry.title}` : `\n${entry.date}  ${entry.title}`);
    out(`${markdown ? "" : "  "}CAMEO ${entry.cameo}, Goldstein ${entry.goldstein}, significance ${entry.significance}, ${sources}: ${entry.documents.join(", ")}`);
    for (const e of entry.evidence) out(markdown ? `- “${e.text}” (${e.document})` : `    “${e.text}” (${e.document})`);
    if (markdown) out();
  }
}

export function registerTimeline(program: Command): void {
  const timeline = program
    .command("timeline")
    .description("the merged, de-duplicated timeline of a pair of actors, every entry citing its sources")
    .requiredOption("--actors <codes>", "two actor codes, e.g. CHN,RUS", parseActors)
    .option("--from <date>", "from this date", parseDate)
    .option("--to <date>", "up to this date", parseDate)
    .option("--min-significance <x>", `leave out entries below this significance (0–1, default ${DEFAULT_MIN_SIGNIFICANCE})`, parseSignificance);
  addFormatOptions(addDbOption(timeline), TIMELINE_FORMATS, "text").action(async (options) => {
    const format = chosenFormat(options, TIMELINE_FORMATS);
    printTimeline(await timelineOf(options.db, requirePair(options.actors), options), format);
  });

  const trend = program
    .command("trend")
    .description("the relationship's trend per year or month: events, Goldstein sum and mean, cooperation vs conflict")
    .requiredOption("--actors <codes>", "two actor codes, e.g. CHN,RUS", parseActors)
    .option("--by <period>", "year or month", "year");
  addFormatOptions(addDbOption(trend), TREND_FORMATS, "text").action(async (options) => {
    const format = chosenFormat(options, TREND_FORMATS);
    if (options.by !== "year" && options.by !== "month") throw new InputError(`--by takes year or month, not "${options.by}"`);
    const rows = buildTrend(await withStore(options.db, (store) => store.events({ actors: requirePair(options.actors) })), options.by);
    if (format === "json") process.stdout.write(`${JSON.stringify({ actors: options.actors, by: options.by, rows }, null, 2)}\n`);
    else if (format === "csv") {
      process.stdout.write("period,events,goldstein_sum,goldstein_mean,cooperation,conflict\n");
      for (const r of rows) process.stdout.write(`${r.period},${r.events},${r.goldsteinSum},${r.goldsteinMean},${r.cooperation},${r.conflict}\n`);
    } else {
      process.stdout.write(`${"period".padEnd(8)} ${"events".padStart(6)} ${"sum".padStart(7)} ${"mean".padStart(6)} ${"coop".padStart(5)} ${"confl".padStart(5)}\n`);
      for (const r of rows) process.stdout.write(`${r.period.padEnd(8)} ${String(r.events).padStart(6)} ${String(r.goldsteinSum).padStart(7)} ${String(r.goldsteinMean).padStart(6)} ${String(r.cooperation).padStart(5)} ${String(r.conflict).padStart(5)}\n`);
    }
  });
}

const SUMMARY_FORMATS = ["text", "markdown", "json"] as const;

export function registerSummary(program: Command): void {
  const summary = program
    .command("summary")
    .description("a short extractive summary of a relationship: key events, quoted views, figures and conflicts, every sentence cited")
    .requiredOption("--actors <codes>", "two actor codes, e.g. CHN,RUS", parseActors);
  addFormatOptions(addDbOption(summary), SUMMARY_FORMATS, "text").action(async (options) => {
    const format = chosenFormat(options, SUMMARY_FORMATS);
    const actors = requirePair(options.actors);
    const result = await withStore(options.db, (store) => summarizeRelationship(store, actors));
    process.stdout.write(format === "json" ? `${JSON.stringify(result, null, 2)}\n` : renderSummary(result, format === "markdown"));
  });
}
