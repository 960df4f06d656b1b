// `dyad extract PATH...`: FORMAT.md records on stdout, without a database.
import type { Command } from "commander";
import { loadConfig } from "../../config.js";
import type { DocRecord } from "../../doc/record.js";
import { createAnalyser, DEFAULT_JOBS } from "../../pipeline/pool.js";
import { runBatch } from "../batch.js";
import { addFormatOptions, chosenFormat, parseJobs, parseMegabytes } from "../options.js";

const FORMATS = ["jsonl", "json"] as const;

export function registerExtract(program: Command): void {
  const command = program
    .command("extract")
    .description("write document records (FORMAT.md) for files, folders or - (stdin) to stdout; no database")
    .argument("<paths...>", "files (.txt .md .html .htm, optionally .gz; .warc, .warc.gz; .rss, .atom, .feed.json), folders, or - for stdin")
    .option("--max-size <MB>", "refuse inputs larger than this", parseMegabytes)
    .option("--jobs <n>", `worker threads for the pipeline (default: ${DEFAULT_JOBS}, the number of cores)`, parseJobs, DEFAULT_JOBS);
  addFormatOptions(command, FORMATS, "jsonl").action(async (paths: string[], options) => {
    const format = chosenFormat(options, FORMATS);
    const config = loadConfig({ maxSize: options.maxSize });
    const records: DocRecord[] = [];
    let failed = 0;
    const analyser = createAnalyser(options.jobs);
    try {
      for await (const item of runBatch(paths, { analyser, maxBytes: config.maxBytes })) {
        if (item.kind === "failed") failed++;
        if (item.kind !== "record") continue;
        if (format === "jsonl") process.stdout.write(`${JSON.stringify(item.record)}\n`);
        else records.push(item.record);
      }
    } finally {
      await analyser.close();
    }
    if (format === "json") process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
    if (failed) process.exitCode = 1;
  });
}
