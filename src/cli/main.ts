#!/usr/bin/env node
// The dyad command line: one thin adapter per command over the pipeline and the store.
import { Command, CommanderError } from "commander";
import { createRequire } from "node:module";
import { describeError, EXIT, toExitCode } from "../pipeline/errors.js";
import { registerActors } from "./commands/actors.js";
import { registerConflicts } from "./commands/conflicts.js";
import { registerDb } from "./commands/db.js";
import { registerDocuments } from "./commands/documents.js";
import { registerEvents } from "./commands/events.js";
import { registerExtract } from "./commands/extract.js";
import { registerIngest } from "./commands/ingest.js";
import { registerPipeline } from "./commands/pipeline.js";
import { registerQuotes } from "./commands/quotes.js";
import { registerServe } from "./commands/serve.js";
import { registerSummary, registerTimeline } from "./commands/timeline.js";
import { registerQueue, registerWorker } from "./commands/worker.js";

const { version } = createRequire(import.meta.url)("../../package.json") as { version: string };

export function buildProgram(): Command {
  const program = new Command()
    .name("dyad")
    .description("evidence-linked records of international relations from news articles")
    .version(version)
    .showHelpAfterError()
    .exitOverride();
  registerExtract(program);
  registerIngest(program);
  registerDocuments(program);
  registerActors(program);
  registerConflicts(program);
  registerEvents(program);
  registerTimeline(program);
  registerSummary(program);
  registerQuotes(program);
  registerPipeline(program);
  registerServe(program);
  registerDb(program);
  registerWorker(program);
  registerQueue(program);
  return program;
}

async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with exit code 0; every misuse is a usage error (2).
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    process.stderr.write(`dyad: ${describeError(error)}\n`);
    process.exitCode = toExitCode(error);
  }
}

await main();
