// The store backends that the store's and the API's tests run on: SQLite always, and PostgreSQL when
// DYAD_TEST_PG names a server where tests may create and drop databases (scripts/pg-throwaway.sh
// starts one). Every scratch store there is a database of its own, named after the test process,
// so that test files running at once never meet. Raw SQL here plays another program that
// corrupts or inspects a store; dyad's own SQL stays in src/store/.
import Database from "better-sqlite3";
import { join } from "node:path";
import pg from "pg";
import { scratch } from "./helpers.js";

export interface SchemaState {
  version: number;
  tables: string[];
  documents: number;
}

export interface StoreBackend {
  name: "sqlite" | "postgres";
  /** The location (file or URL) of a new, empty store. */
  scratchStore(): Promise<string>;
  /** Removes what scratchStore made; for afterAll. */
  cleanup(): Promise<void>;
  /** Sets the schema version recorded in the store, as a newer dyad would have. */
  setSchemaVersion(location: string, version: number): Promise<void>;
  /** The recorded schema version, the tables and the number of documents, to show that nothing was written. */
  schemaState(location: string): Promise<SchemaState>;
}

const sqlite: StoreBackend = {
  name: "sqlite",
  scratchStore: async () => join(scratch(), "store.db"),
  cleanup: async () => {},
  setSchemaVersion: async (location, version) => {
    const db = new Database(location);
    db.pragma(`user_version = ${version}`);
    db.close();
  },
  schemaState: async (location) => {
    const db = new Database(location, { readonly: true });
    try {
      const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
      const documents = (db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
      return { version: db.pragma("user_version", { simple: true }) as number, tables, documents };
    } finally {
      db.close();
    }
  },
};

/** Runs `use` on one connection to `url`, then closes it. */
export async function withConnection<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** `url` with another database name. */
export function databaseUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function postgres(serverUrl: string): StoreBackend {
  const created: string[] = [];
  return {
    name: "postgres",
    scratchStore: async () => {
      const name = `dyad_test_${process.pid}_${created.length}_${Date.now().toString(36)}`;
      await withConnection(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
      created.push(name);
      return databaseUrl(serverUrl, name);
    },
    cleanup: async () => {
      await withConnection(serverUrl, async (client) => {
        for (const name of created.splice(0)) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      });
    },
    setSchemaVersion: (location, version) => withConnection(location, async (client) => {
      await client.query("UPDATE schema_version SET version = $1", [version]);
    }),
    schemaState: (location) => withConnection(location, async (client) => {
      const version = await client.query<{ version: number }>("SELECT max(version) AS version FROM schema_version");
      const tables = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename");
      const documents = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM documents");
      return { version: version.rows[0]?.version ?? 0, tables: tables.rows.map((t) => t.name), documents: documents.rows[0]?.n ?? 0 };
    }),
  };
}

/** The PostgreSQL server the tests may use, if any. */
export const TEST_PG = process.env.DYAD_TEST_PG || undefined;

export const STORE_BACKENDS: StoreBackend[] = [sqlite, ...(TEST_PG ? [postgres(TEST_PG)] : [])];

export const POSTGRES_BACKEND: StoreBackend | undefined = STORE_BACKENDS.find((b) => b.name === "postgres");
