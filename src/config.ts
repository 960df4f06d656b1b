// dyad's configuration: flags over environment over defaults. The only module that reads process.env.
import { resolve } from "node:path";
import { DEFAULT_MAX_BYTES } from "./stages/ingest/ingest.js";
import { isPostgresUrl } from "./store/open.js";

export interface Config {
  /** The store: a SQLite database file (an absolute path), or a postgres:// URL. */
  db: string;
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
  const db = flags.db ?? process.env.DYAD_DB ?? DEFAULT_DB;
  return {
    db: isPostgresUrl(db) ? db : resolve(db),
    maxBytes: flags.maxSize ?? DEFAULT_MAX_BYTES,
    interactive: Boolean(process.stderr.isTTY) && process.env.CI !== "true",
  };
}
