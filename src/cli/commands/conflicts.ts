// `dyad conflicts`: figures that sources state differently (and, with --all, those they agree on).
import type { Command } from "commander";
import { compareClaims, type ClaimGroup } from "../../corpus/claims.js";
import { addDbOption, addFormatOptions, chosenFormat } from "../options.js";
import { withStore } from "../store.js";

const FORMATS = ["text", "json"] as const;

const formatValue = (value: number, unit: string) =>
  `${value >= 1e9 ? `${+(value / 1e9).toFixed(3)} billion` : value >= 1e6 ? `${+(value / 1e6).toFixed(3)} million` : value} ${unit}`;

function printGroup(label: string, group: ClaimGroup): void {
  process.stdout.write(`${label}: ${group.about} (${group.actors.join("–")}), ${group.period}, ${group.kind}\n`);
  for (const c of group.claims) {
    process.stdout.write(`  ${formatValue(c.value, c.unit).padEnd(22)} ${c.docId} (${c.published ?? "no date"})\n      "${c.evidence}"\n`);
  }
}

export function registerConflicts(program: Command): void {
  const command = program
    .command("conflicts")
    .description("figures that documents state differently for the same measure, actors and period")
    .option("--all", "also list the figures several documents agree on");
  addFormatOptions(addDbOption(command), FORMATS, "text").action(async (options) => {
    const format = chosenFormat(options, FORMATS);
    const report = compareClaims(await withStore(options.db, (store) => store.claims()));
    const shown = options.all ? report : { conflicts: report.conflicts };
    if (format === "json") {
      process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
      return;
    }
    for (const group of report.conflicts) printGroup("conflict", group);
    if (options.all) for (const group of report.corroborated) printGroup("corroborated", group);
    process.stdout.write(`${report.conflicts.length} conflict${report.conflicts.length === 1 ? "" : "s"}, ${report.corroborated.length} corroborated\n`);
  });
}
