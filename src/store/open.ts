// Opens the store a location names: a postgres:// or postgresql:// URL is a PostgreSQL database,
// anything else a SQLite file. Each backend's driver is loaded only when that backend is used.
import type { DocumentStore } from "./repo.js";

export const isPostgresUrl = (location: string) => /^postgres(ql)?:\/\//i.test(location);

export async function openStore(location: string): Promise<DocumentStore> {
  if (isPostgresUrl(location)) {
    const { PostgresStore } = await import("./postgres.js");
    return PostgresStore.open(location);
  }
  const { SqliteStore } = await import("./sqlite.js");
  return new SqliteStore(location);
}
