// `dyad pipeline`: the stages of the default pipeline, with what each reads and writes.
import type { Command } from "commander";
import { analyzePipeline } from "../../pipeline/analyze.js";
import { buildPipeline } from "../../pipeline/run.js";
import { addFormatOptions, chosenFormat } from "../options.js";

const FORMATS = ["text", "json"] as const;

export function registerPipeline(program: Command): void {
  const command = program.command("pipeline").description("explain the pipeline: each stage, what it reads and what it writes");
  addFormatOptions(command, FORMATS, "text").action((options) => {
    const rows = analyzePipeline(buildPipeline().stages);
    if (chosenFormat(options, FORMATS) === "json") {
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return;
    }
    for (const row of rows) {
      process.stdout.write(`${row.name.padEnd(10)} reads ${(row.requires.join(", ") || "input").padEnd(24)} writes ${row.assigns.join(", ").padEnd(28)} ${row.description}\n`);
    }
  });
}
