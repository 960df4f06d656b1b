// Flag conventions shared by every command: `--format` picks any output format and
// `--json` is short for `--format json`; `--db` names the database.
import { Option, type Command } from "commander";
import { InputError } from "../pipeline/errors.js";

export function addFormatOptions<F extends string>(command: Command, formats: readonly F[], fallback: F): Command {
  return command
    .addOption(new Option("--format <format>", "output format").choices(formats).default(fallback))
    .option("--json", "short for --format json");
}

export function chosenFormat<F extends string>(options: { format?: string; json?: boolean }, formats: readonly F[]): F {
  const format = options.json ? "json" : options.format;
  if (!format || !(formats as readonly string[]).includes(format)) {
    throw new InputError(`--json is not available here; choose --format ${formats.join("|")}`);
  }
  return format as F;
}

export function addDbOption(command: Command): Command {
  return command.option("--db <path|url>", "SQLite database file, or postgres://USER@HOST:PORT/DATABASE (default: $DYAD_DB or ./dyad.db)");
}

/** `--max-size 20` (megabytes) → bytes. */
export function parseMegabytes(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new InputError(`--max-size takes a positive number of megabytes, not "${value}"`);
  return Math.round(mb * 1024 * 1024);
}

/** `--jobs N`: worker threads for the pipeline. */
export function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new InputError(`--jobs takes a whole number from 1 to 64, not "${value}"`);
  return jobs;
}
