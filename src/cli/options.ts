// Flag conventions shared by every command: `--format` picks any output format and
// `--json` is short for `--format json`; `--db` names the database.
import { Option, type Command } from "commander";
import { InputError } from "../pipeline/errors.js";
import { isPostgresUrl } from "../store/open.js";

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

/** Refuses a SQLite store for what only PostgreSQL can do (the job queue), before anything is read. */
export function requirePostgres(db: string, what: string): void {
  if (!isPostgresUrl(db)) throw new InputError(`${what} needs a PostgreSQL database (--db postgres://USER@HOST:PORT/DATABASE, or DYAD_DB), not the SQLite file ${db}`);
}

/** `--max-size 20` (megabytes) → bytes. */
export function parseMegabytes(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new InputError(`--max-size takes a positive number of megabytes, not "${value}"`);
  return Math.round(mb * 1024 * 1024);
}

/** A flag's whole number from 1 to `max`. */
function wholeNumber(flag: string, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new InputError(`${flag} takes a whole number from 1 to ${max}, not "${value}"`);
    return n;
  };
}

/** `--jobs N`: worker threads for the pipeline. */
export const parseJobs = wholeNumber("--jobs", 64);
/** `--concurrency N`: jobs a queue worker runs at once, each on a thread of the pipeline. */
export const parseConcurrency = wholeNumber("--concurrency", 64);
/** A number of seconds, up to a day. */
export const parseSeconds = (flag: string) => wholeNumber(flag, 86_400);
