// The PostgreSQL backend of the document store (with pg-connection.ts, which opens its pool, and
// job-queue.ts, the only modules that talk to PostgreSQL): a pool of connections to one database, migrated with ./migrations-pg, searched with a
// tsvector column under a GIN index. It keeps the contract of repo.ts, for several writers on
// several machines at once; rows.ts maps records to rows and back, search.ts parses queries.
import pg from "pg";
import type { Claim } from "../corpus/claims.js";
import type { DocRecord } from "../doc/record.js";
import { loadMigrations, pendingMigrations } from "./migrations.js";
import type {
  ActorSummary, BandNeighbour, DocumentPage, DocumentQuery, DocumentStore, DocumentSummary, DuplicateGroup, EventFilter, Fingerprint,
  GroupedDocument, GroupedSave, Placement, QuantityFilter, SaveOutcome, SearchHit, StoredDocument, StoredEvent, StoredQuantity, StoredQuote,
} from "./repo.js";
import { NEIGHBOURS_PER_BAND } from "./repo.js";
import {
  documentFilterParams, eventFilterParams, likeAnywhere, pagesById, placeInput, quantityFilterParams, toActorSummary, toBandNeighbour, toClaim,
  STORED_EVENT_COLUMNS, storedNow, toDuplicateGroup, toRows, toStoredDocuments, toStoredEvent, toStoredQuantity, toStoredQuote, toSummary,
  type ActorSummaryRow, type BandNeighbourRow, type BandRow, type ClaimRow, type DuplicateGroupRow, type ExportRow,
  type StoredEventRow, type StoredQuantityRow, type StoredQuoteRow, type SummaryRow,
} from "./rows.js";
import { cannotOpen, lostConnection, openPool } from "./pg-connection.js";
import { MARK_CLOSE, MARK_OPEN, parseSearchQuery, SNIPPET_WORDS, TITLE_WEIGHT, toSearchHit, type SearchRow } from "./search.js";

type Client = pg.PoolClient;

/** Connections per process: enough for `dyad serve` under load, few enough for many workers on one server. */
const POOL_SIZE = 8;
/** Taken while migrating, so that processes starting at once migrate one after the other. */
const MIGRATION_LOCK = 7_242_023;
/** The unique constraint that stores one content once (migrations-pg/001). */
const CONTENT_HASH_CONSTRAINT = "documents_content_hash_unique";

/**
 * The first key of the advisory locks on band keys (the second is the band's hash): a key space of
 * its own, apart from MIGRATION_LOCK's and the job queue's one-number keys.
 */
const BAND_LOCK_SPACE = 7_242_024;

/** Whether an error is the same content stored under another id (by a writer that came first). */
const isDuplicateContent = (error: unknown) => error instanceof pg.DatabaseError && error.constraint === CONTENT_HASH_CONSTRAINT;

/** ts_rank's weights for labels {D, C, B, A}: text and speaker are C, a body's title B (migrations-pg/002). */
const RANK_WEIGHTS = `{0, ${1 / TITLE_WEIGHT}, 1, 0}`;
/**
 * ts_headline's options: about SNIPPET_WORDS words from the best match on (it stretches a match
 * to MinWords, so that is nearly all of them), matches between the markers. Not its fragment
 * mode, which drops the punctuation that ends a fragment.
 */
const HEADLINE_OPTIONS = `StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, MaxWords=${SNIPPET_WORDS}, MinWords=${SNIPPET_WORDS - 4}`;

/**
 * Best first; the headline is made for the returned rows only (it parses the whole text). "…"
 * stands where the snippet's text was cut from the matched text, as FTS5's snippet() does.
 */
const SEARCH = `
  WITH terms AS (
    -- Each term ($1 its texts, $5 whether a prefix) parsed as the text is, so no input is syntax; ":*" makes its last word a prefix.
    SELECT CASE WHEN t.prefix THEN (phrase::text || ':*')::tsquery ELSE phrase END AS q
    FROM unnest($1::text[], $5::boolean[]) AS t (text, prefix), phraseto_tsquery('dyad_search', t.text) AS phrase
    WHERE numnode(phrase) > 0
  ),
  query AS (SELECT string_agg('(' || q::text || ')', ' & ')::tsquery AS q FROM terms),
  hits AS (
    SELECT s.doc_id, s.kind, s.position, s.text, s.speaker, ts_rank('${RANK_WEIGHTS}', s.terms, query.q) AS score
    FROM search_texts s, query WHERE s.terms @@ query.q
    ORDER BY score DESC, s.doc_id, s.kind, s.position LIMIT $2
  )
  SELECT h.kind, h.doc_id AS "docId", d.title, d.published, h.score,
         CASE WHEN cut.at > 1 AND left(h.text, cut.at - 1) ~ '[^[:space:][:punct:]]' THEN '…' ELSE '' END || marked.snippet
           || CASE WHEN cut.at > 0 AND substr(h.text, cut.at + length(plain.text)) ~ '[^[:space:][:punct:]]' THEN '…' ELSE '' END AS snippet,
         h.position, h.speaker, q.direct::int AS direct, q.start, q."end"
  FROM hits h
    CROSS JOIN query
    JOIN documents d ON d.id = h.doc_id
    LEFT JOIN document_quotes q ON h.kind = 'quote' AND q.doc_id = h.doc_id AND q.position = h.position
    CROSS JOIN LATERAL (SELECT ts_headline('dyad_search', h.text, query.q, $3) AS snippet) marked
    CROSS JOIN LATERAL (SELECT translate(marked.snippet, $4, '') AS text) plain
    CROSS JOIN LATERAL (SELECT strpos(h.text, plain.text) AS at) cut
  ORDER BY h.score DESC, h.doc_id, h.kind, h.position`;

const SUMMARY_COLUMNS = "id, title, outlet, published, published_from, language, path, url";

/** The filters of a document page ($1 q, $2 outlet, $3 from, $4 to), shared by the page and its count. LIKE is ILIKE: SQLite's LIKE ignores case. */
const DOCUMENT_FILTERS = `($1::text IS NULL OR title ILIKE $1 OR outlet ILIKE $1 OR id ILIKE $1)
  AND ($2::text IS NULL OR lower(outlet) = lower($2))
  AND ($3::text IS NULL OR published >= $3)
  AND ($4::text IS NULL OR left(published, length($4)) <= $4)`;

/**
 * Every filter guarded by "IS NULL OR": PostgreSQL plans each run with its values, so the guards
 * of absent filters fold away and the pair index still serves.
 */
/** The events query's columns (rows.ts: STORED_EVENT_COLUMNS) that are not the event row's own as they are. */
const EVENT_COLUMN_SQL: Partial<Record<(typeof STORED_EVENT_COLUMNS)[number], string>> = {
  negated: "e.negated::int AS negated", published: "d.published", url: "d.url", story: "coalesce(d.duplicate_of, d.id) AS story",
};

const EVENTS = `
  SELECT ${STORED_EVENT_COLUMNS.map((column) => EVENT_COLUMN_SQL[column] ?? `e.${column}`).join(", ")}
  FROM document_events e JOIN documents d ON d.id = e.doc_id
  WHERE ($1 OR NOT e.negated)
    AND ($2::text IS NULL OR e.source_country = $2 OR e.target_country = $2)
    AND ($3::text[] IS NULL OR (e.source_country = ANY ($3) AND e.target_country = ANY ($3) AND e.source_country <> e.target_country))
    AND ($4::text IS NULL OR e.date >= $4)
    AND ($5::text IS NULL OR left(e.date, length($5)) <= $5)
    AND ($6::text IS NULL OR e.cameo LIKE $6)
  ORDER BY e.date IS NULL, e.date, e.doc_id, e.event_id`;

/** The first NEIGHBOURS_PER_BAND stored documents (by id) of each band key of $1: candidates for near-duplicates. */
const BAND_NEIGHBOURS = `
  SELECT id, duplicate_of, minhash FROM documents
  WHERE minhash IS NOT NULL AND id IN (
    SELECT first.doc_id FROM unnest($1::text[]) AS key (band)
    CROSS JOIN LATERAL (SELECT doc_id FROM document_bands WHERE band = key.band ORDER BY doc_id LIMIT ${NEIGHBOURS_PER_BAND}) AS first)
  ORDER BY id`;

/**
 * Locks the band keys $1 until the transaction ends, in the order of their hashes, so that two
 * writers that share keys never wait on each other in a circle. The sorted subquery is not
 * flattened into the outer one (it has ORDER BY), so the locks are taken in that order.
 */
const LOCK_BANDS = `
  SELECT pg_advisory_xact_lock(${BAND_LOCK_SPACE}, key)
  FROM (SELECT DISTINCT hashtext(band) AS key FROM unnest($1::text[]) AS band ORDER BY key) AS keys`;

/** Inserts or replaces a document row: "no row" back means the same content was already stored under this id. */
const UPSERT_DOCUMENT = `
  INSERT INTO documents (id, content_hash, path, url, title, outlet, published, published_from, language, record, ingested_at, updated_at, duplicate_of, minhash)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
  ON CONFLICT (id) DO UPDATE SET content_hash = excluded.content_hash, path = excluded.path, url = excluded.url,
    title = excluded.title, outlet = excluded.outlet, published = excluded.published, published_from = excluded.published_from,
    language = excluded.language, record = excluded.record, ingested_at = least(documents.ingested_at, excluded.ingested_at),
    updated_at = excluded.updated_at, duplicate_of = excluded.duplicate_of, minhash = excluded.minhash
  WHERE documents.content_hash <> excluded.content_hash
  RETURNING (xmax = 0) AS inserted`;

/** The rows derived from a document, cleared in one statement before they are written again. */
const CLEAR_DERIVED = `
  WITH bands AS (DELETE FROM document_bands WHERE doc_id = $1),
       actors AS (DELETE FROM document_actors WHERE doc_id = $1),
       quantities AS (DELETE FROM document_quantities WHERE doc_id = $1),
       quotes AS (DELETE FROM document_quotes WHERE doc_id = $1),
       events AS (DELETE FROM document_events WHERE doc_id = $1)
  DELETE FROM search_texts WHERE doc_id = $1`;

/** Every derived row of a document in one statement, each table's rows as one JSON array keyed by column. */
const INSERT_DERIVED = `
  WITH bands AS (INSERT INTO document_bands SELECT * FROM json_populate_recordset(NULL::document_bands, $1)),
       actors AS (INSERT INTO document_actors SELECT * FROM json_populate_recordset(NULL::document_actors, $2)),
       quantities AS (INSERT INTO document_quantities SELECT * FROM json_populate_recordset(NULL::document_quantities, $3)),
       quotes AS (INSERT INTO document_quotes SELECT * FROM json_populate_recordset(NULL::document_quotes, $4)),
       events AS (INSERT INTO document_events SELECT * FROM json_populate_recordset(NULL::document_events, $5))
  INSERT INTO search_texts (doc_id, kind, position, title, text, speaker)
  SELECT doc_id, kind, position, title, text, speaker FROM json_populate_recordset(NULL::search_texts, $6)`;

/**
 * Writes documents one by one in the caller's transaction, each in a savepoint, so that content
 * already stored under another id (by a writer that came first) makes that document `unchanged`
 * rather than failing the batch.
 */
async function eachDocument<D, R>(client: Client, documents: readonly D[], unchanged: R, write: (document: D) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const document of documents) {
    await client.query("SAVEPOINT document");
    try {
      results.push(await write(document));
      await client.query("RELEASE SAVEPOINT document");
    } catch (error) {
      if (!isDuplicateContent(error)) throw error;
      await client.query("ROLLBACK TO SAVEPOINT document");
      results.push(unchanged);
    }
  }
  return results;
}

export class PostgresStore implements DocumentStore {
  readonly location: string;
  private readonly pool: pg.Pool;

  private constructor(pool: pg.Pool, location: string) {
    this.pool = pool;
    this.location = location;
  }

  /** Connects and brings the schema up to date; a server that cannot be reached or used is one InputError. */
  static async open(url: string): Promise<PostgresStore> {
    const { pool, location } = openPool(url, POOL_SIZE);
    const store = new PostgresStore(pool, location);
    try {
      await store.migrate();
      return store;
    } catch (error) {
      await pool.end().catch(() => {});
      throw cannotOpen(location, error);
    }
  }

  /** Applies the pending migrations in one transaction, or refuses a newer schema having written nothing. */
  private async migrate(): Promise<void> {
    const migrations = loadMigrations("migrations-pg");
    await this.transaction(async (client) => {
      await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      const [schema] = (await client.query<{ present: boolean }>("SELECT to_regclass('schema_version') IS NOT NULL AS present")).rows;
      const current = schema?.present ? ((await client.query<{ version: number | null }>("SELECT max(version) AS version FROM schema_version")).rows[0]?.version ?? 0) : 0;
      const pending = pendingMigrations(migrations, current, this.location);
      if (!pending.length) return;
      await client.query("CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)");
      for (const migration of pending) await client.query(migration.sql);
      await client.query("DELETE FROM schema_version");
      await client.query("INSERT INTO schema_version (version) VALUES ($1)", [pending.at(-1)!.version]);
    });
  }

  /** A lost connection or a server gone away, said in one line that names the database; other errors unchanged. */
  private failure(error: unknown): unknown {
    return lostConnection(this.location, error, "; nothing of an unfinished write was stored: try again");
  }

  private async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    try {
      return (await this.pool.query<R>(sql, params)).rows;
    } catch (error) {
      throw this.failure(error);
    }
  }

  /** As query, with each row as an array of its columns: faster for many rows. */
  private async queryArrays<R extends unknown[]>(sql: string, params: unknown[] = []): Promise<R[]> {
    try {
      return (await this.pool.query<R>({ text: sql, values: params, rowMode: "array" })).rows;
    } catch (error) {
      throw this.failure(error);
    }
  }

  /** Runs `work` in one transaction on one connection: committed whole, or rolled back (the server does so itself when the connection is lost). */
  private async transaction<T>(work: (client: Client) => Promise<T>): Promise<T> {
    let client: Client;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw this.failure(error);
    }
    // A connection lost while checked out is also reported here, as an event: the failed query says it already.
    const ignore = () => {};
    client.on("error", ignore);
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      client.off("error", ignore);
      client.release();
      return result;
    } catch (error) {
      const rolledBack = await client.query("ROLLBACK").then(() => true, () => false);
      client.off("error", ignore);
      // A connection that cannot even roll back is broken: destroy it rather than return it to the pool.
      client.release(rolledBack ? undefined : true);
      throw this.failure(error);
    }
  }

  /**
   * Writes one document and every row derived from it, in the caller's transaction. The upsert
   * decides under the row's lock, so that concurrent writers of one document write it once; the
   * same content under another id violates CONTENT_HASH_CONSTRAINT (handled by the callers).
   */
  private async writeDocument(client: Client, stored: StoredDocument): Promise<SaveOutcome> {
    const rows = toRows(stored);
    const d = rows.document;
    const upserted = await client.query<{ inserted: boolean }>(UPSERT_DOCUMENT, [
      d.id, d.content_hash, d.path, d.url, d.title, d.outlet, d.published, d.published_from, d.language, d.record,
      d.ingested_at, d.updated_at, d.duplicate_of, d.minhash,
    ]);
    const written = upserted.rows[0];
    if (!written) return "unchanged";
    if (!written.inserted) await client.query(CLEAR_DERIVED, [d.id]);
    await client.query(INSERT_DERIVED, [rows.bands, rows.actors, rows.quantities, rows.quotes, rows.events, rows.searchTexts].map((r) => JSON.stringify(r)));
    return written.inserted ? "added" : "updated";
  }

  async place(id: string, contentHash: string, path: string | null): Promise<Placement> {
    const [sameContent] = await this.query<{ id: string }>("SELECT id FROM documents WHERE content_hash = $1", [contentHash]);
    const [sameId] = await this.query<{ path: string | null }>("SELECT path FROM documents WHERE id = $1", [id]);
    return placeInput({ id, contentHash, path }, { sameContent: sameContent ?? null, sameId: sameId ?? null });
  }

  async save(record: DocRecord, fingerprint?: Fingerprint): Promise<SaveOutcome> {
    try {
      return await this.transaction((client) => this.writeDocument(client, storedNow(record, fingerprint)));
    } catch (error) {
      // Another writer stored the same content under another id first: it is stored once.
      if (isDuplicateContent(error)) return "unchanged";
      throw error;
    }
  }

  async saveGrouped(documents: readonly GroupedDocument[]): Promise<GroupedSave[]> {
    return this.transaction(async (client) => {
      // Copies of one story share a band key: whoever locks it first is stored first, and the other then finds it.
      // All the batch's keys at once, in one order, so that two writers never wait on each other in a circle.
      await client.query(LOCK_BANDS, [documents.flatMap((d) => d.fingerprint.bands)]);
      return eachDocument(client, documents, { outcome: "unchanged", duplicateOf: null }, async ({ record, fingerprint, storyOf }) => {
        const neighbours = (await client.query<BandNeighbourRow>(BAND_NEIGHBOURS, [fingerprint.bands])).rows.map(toBandNeighbour);
        const duplicateOf = storyOf(neighbours);
        const outcome = await this.writeDocument(client, storedNow({ ...record, duplicateOf }, fingerprint));
        return { outcome, duplicateOf: outcome === "unchanged" ? null : duplicateOf };
      });
    });
  }

  async importDocuments(documents: readonly StoredDocument[]): Promise<SaveOutcome[]> {
    return this.transaction((client) => eachDocument(client, documents, "unchanged", (stored) => this.writeDocument(client, stored)));
  }

  exportDocuments(batchSize: number): AsyncIterable<StoredDocument[]> {
    return pagesById(async (after) => {
      const rows = await this.query<ExportRow>(
        "SELECT id, record::text AS record, minhash, ingested_at, updated_at FROM documents WHERE id > $1 ORDER BY id LIMIT $2",
        [after, batchSize],
      );
      const bands = await this.query<BandRow>("SELECT doc_id, band FROM document_bands WHERE doc_id = ANY ($1)", [rows.map((r) => r.id)]);
      return toStoredDocuments(rows, bands);
    });
  }

  async bandNeighbours(bands: readonly string[]): Promise<BandNeighbour[]> {
    return (await this.query<BandNeighbourRow>(BAND_NEIGHBOURS, [bands])).map(toBandNeighbour);
  }

  async duplicateGroups(): Promise<DuplicateGroup[]> {
    const rows = await this.query<DuplicateGroupRow>(`
      SELECT duplicate_of AS root, string_agg(id, chr(31)) AS copies FROM documents
      WHERE duplicate_of IS NOT NULL GROUP BY duplicate_of ORDER BY duplicate_of`);
    return rows.map(toDuplicateGroup);
  }

  async get(id: string): Promise<DocRecord | null> {
    const [row] = await this.query<{ record: string }>("SELECT record::text AS record FROM documents WHERE id = $1", [id]);
    return row ? (JSON.parse(row.record) as DocRecord) : null;
  }

  async summary(id: string): Promise<DocumentSummary | null> {
    const [row] = await this.query<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM documents WHERE id = $1`, [id]);
    return row ? toSummary(row) : null;
  }

  async documents(query: DocumentQuery = {}): Promise<DocumentPage> {
    const f = documentFilterParams(query);
    const filters = [f.q, f.outlet, f.from, f.to];
    const [total] = await this.query<{ n: number }>(`SELECT count(*)::int AS n FROM documents WHERE ${DOCUMENT_FILTERS}`, filters);
    const items = await this.query<SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM documents WHERE ${DOCUMENT_FILTERS} ORDER BY published IS NULL, published, id LIMIT $5 OFFSET $6`,
      [...filters, query.limit ?? 1000, query.offset ?? 0],
    );
    return { total: total?.n ?? 0, items: items.map(toSummary) };
  }

  async quantities(filter: QuantityFilter = {}): Promise<StoredQuantity[]> {
    const { about, actor } = quantityFilterParams(filter);
    const rows = await this.query<StoredQuantityRow>(`
      SELECT q.doc_id AS "docId", d.title, d.published, q.position, q.text, q.value, q.value_max AS "valueMax", q.unit, q.period, q.kind,
             q.about, q.actors, q.evidence
      FROM document_quantities q JOIN documents d ON d.id = q.doc_id
      WHERE ($1::text IS NULL OR q.about ILIKE $1) AND ($2::text IS NULL OR ',' || q.actors || ',' ILIKE $2)
      ORDER BY d.published IS NULL, d.published, q.doc_id, q.position`, [about, actor]);
    return rows.map(toStoredQuantity);
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const terms = parseSearchQuery(query);
    if (!terms.length) return [];
    const rows = await this.query<SearchRow>(SEARCH, [terms.map((t) => t.text), limit, HEADLINE_OPTIONS, MARK_OPEN + MARK_CLOSE, terms.map((t) => t.prefix)]);
    return rows.map(toSearchHit);
  }

  async actors(): Promise<ActorSummary[]> {
    const rows = await this.query<ActorSummaryRow>(`
      SELECT actor_id AS id, max(name) AS name, max(type) AS type, max(country) AS country, sum(mentions)::int AS mentions,
             string_agg(doc_id, chr(31)) AS documents
      FROM document_actors GROUP BY actor_id ORDER BY sum(mentions) DESC, actor_id`);
    return rows.map(toActorSummary);
  }

  async quotes(speaker = ""): Promise<StoredQuote[]> {
    const rows = await this.query<StoredQuoteRow>(`
      SELECT q.doc_id AS "docId", d.published, d.title, q.text, q.direct::int AS direct, q.speaker_name AS speaker,
             q.speaker_actor AS "speakerActor", q.description, q.start, q."end"
      FROM document_quotes q JOIN documents d ON d.id = q.doc_id
      WHERE ($1 = '' OR q.speaker_name ILIKE $2)
      ORDER BY q.speaker_name IS NULL, q.speaker_name, d.published NULLS FIRST, q.doc_id, q.position`, [speaker, likeAnywhere(speaker)]);
    return rows.map(toStoredQuote);
  }

  async claims(): Promise<Claim[]> {
    const rows = await this.query<ClaimRow>(`
      SELECT q.doc_id AS "docId", d.published, q.value, q.value_max AS "valueMax", q.unit, q.period, q.kind, q.about, q.actors, q.text, q.evidence
      FROM document_quantities q JOIN documents d ON d.id = q.doc_id ORDER BY d.published NULLS FIRST, q.doc_id, q.position`);
    return rows.map(toClaim);
  }

  async events(filter: EventFilter = {}): Promise<StoredEvent[]> {
    const p = eventFilterParams(filter);
    const rows = await this.queryArrays<StoredEventRow>(EVENTS, [p.includeNegated, p.actor, p.actors, p.from, p.to, p.cameo]);
    return rows.map(toStoredEvent);
  }

  async count(): Promise<number> {
    const [row] = await this.query<{ n: number }>("SELECT count(*)::int AS n FROM documents");
    return row?.n ?? 0;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
