// dyad's configuration: flags over environment over defaults. The only module that reads process.env.
import { resolve } from "node:path";
import { DEFAULT_MAX_BYTES } from "./stages/ingest/ingest.js";

export interface Config {
  /** SQLite database file. */
  dbPath: string;
  /** Inputs larger than this are refused. */
  maxBytes: number;
  /** Whether stderr is a terminal (progress bars). */
  interactive: boolean;
}

export interface ConfigFlags {
  db?: string;
  maxSize?: number;
}

export const DEFAULT_DB = "dyad.db";

export function loadConfig(flags: ConfigFlags = {}): Config {
  return {
    dbPath: resolve(flags.db ?? process.env.DYAD_DB ?? DEFAULT_DB),
    maxBytes: flags.maxSize ?? DEFAULT_MAX_BYTES,
    interactive: Boolean(process.stderr.isTTY) && process.env.CI !== "true",
  };
}
