// The numbered schema migrations of both backends (./migrations for SQLite, ./migrations-pg for
// PostgreSQL): loading them and deciding which to run. Running them is each backend's own.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "../pipeline/errors.js";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const HERE = dirname(fileURLToPath(import.meta.url));

/** The migrations of one backend's folder, in version order (NNN-name.sql). */
export function loadMigrations(folder: "migrations" | "migrations-pg"): Migration[] {
  const dir = join(HERE, folder);
  return readdirSync(dir)
    .filter((f) => /^\d{3}-.+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(join(dir, f), "utf8") }));
}

/**
 * The migrations a store at schema version `current` still needs. A store written by a newer
 * dyad is refused before anything is written: this dyad cannot know what its schema means.
 */
export function pendingMigrations(migrations: readonly Migration[], current: number, location: string): Migration[] {
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new InputError(`database ${location} has schema version ${current}, newer than this dyad (${latest}); upgrade dyad`);
  }
  return migrations.filter((m) => m.version > current);
}
