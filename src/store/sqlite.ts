// The SQLite backend of the document store, and the only module that imports the SQLite driver:
// a database file in WAL mode, migrated with ./migrations, searched with FTS5. It keeps the
// contract of repo.ts; rows.ts maps records to rows and back, search.ts parses queries.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Claim } from "../corpus/claims.js";
import type { DocRecord } from "../doc/record.js";
import { InputError } from "../pipeline/errors.js";
import { loadMigrations, pendingMigrations } from "./migrations.js";
import type {
  ActorSummary, BandNeighbour, DocumentPage, DocumentQuery, DocumentStore, DocumentSummary, DuplicateGroup, EventFilter, Fingerprint,
  GroupedDocument, GroupedSave, Placement, QuantityFilter, SaveOutcome, SearchHit, StoredDocument, StoredEvent, StoredQuantity, StoredQuote,
} from "./repo.js";
import { NEIGHBOURS_PER_BAND } from "./repo.js";
import {
  documentFilterParams, eventFilterParams, likeAnywhere, pagesById, placeInput, quantityFilterParams, toActorSummary, toBandNeighbour, toClaim,
  STORED_EVENT_COLUMNS, storedNow, toDuplicateGroup, toRows, toStoredDocuments, toStoredEvent, toStoredQuantity, toStoredQuote, toSummary,
  type ActorSummaryRow, type BandNeighbourRow, type BandRow, type ClaimRow, type DocumentFilterParams, type DuplicateGroupRow, type ExportRow,
  type StoredEventRow, type StoredQuantityRow, type StoredQuoteRow, type SummaryRow,
} from "./rows.js";
import { MARK_CLOSE, MARK_OPEN, parseSearchQuery, SNIPPET_WORDS, TITLE_WEIGHT, toSearchHit, type SearchRow, type SearchTerm } from "./search.js";

type SqliteDatabase = Database.Database;

/** The filters of a document page, shared by the page and its count. */
const DOCUMENT_FILTERS = `(@q IS NULL OR title LIKE @q ESCAPE '\\' OR outlet LIKE @q ESCAPE '\\' OR id LIKE @q ESCAPE '\\')
  AND (@outlet IS NULL OR outlet = @outlet COLLATE NOCASE)
  AND (@from IS NULL OR published >= @from)
  AND (@to IS NULL OR substr(published, 1, length(@to)) <= @to)`;

const SUMMARY_COLUMNS = "id, title, outlet, published, published_from, language, path, url";

/** The events query's columns (rows.ts: STORED_EVENT_COLUMNS): an event's own, then its document's. */
const EVENT_SELECT = STORED_EVENT_COLUMNS.map((column) =>
  column === "published" || column === "url" ? `d.${column}` : column === "story" ? "coalesce(d.duplicate_of, d.id) AS story" : `e.${column}`).join(", ");

/** bm25 over the columns text, title, speaker. */
const SEARCH_RANK = `bm25(1.0, ${TITLE_WEIGHT}.0, 1.0)`;

/** Search terms as an FTS5 expression: each a quoted string (so its characters are no syntax), maybe a prefix. */
const toFtsExpression = (terms: readonly SearchTerm[]) => terms.map((t) => `"${t.text.replace(/"/g, '""')}"${t.prefix ? "*" : ""}`).join(" ");

const cannotOpen = (path: string, error: unknown) => new InputError(`cannot open database ${path}: ${(error as Error).message}`, { cause: error });

/** Opens (and creates) the database file, refusing one written by a newer dyad before anything is written. */
function openDatabase(path: string): SqliteDatabase {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  let db: SqliteDatabase;
  try {
    db = new Database(path);
  } catch (error) {
    throw cannotOpen(path, error);
  }
  try {
    db.pragma("busy_timeout = 5000");
    migrate(db, path);
    return db;
  } catch (error) {
    db.close();
    throw error instanceof InputError ? error : cannotOpen(path, error);
  }
}

/** Brings the schema up to date in one IMMEDIATE transaction: a process starting at the same time waits, then finds it current. */
function migrate(db: SqliteDatabase, path: string): void {
  const migrations = loadMigrations("migrations");
  const version = () => db.pragma("user_version", { simple: true }) as number;
  const pending = pendingMigrations(migrations, version(), path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  if (!pending.length) return;
  db.transaction(() => {
    for (const migration of pendingMigrations(migrations, version(), path)) {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
}

export class SqliteStore implements DocumentStore {
  readonly location: string;
  private readonly db: SqliteDatabase;
  private readonly statements;
  /** One document, or a batch of them (with their near-duplicate lookups, or imported whole), each in one IMMEDIATE transaction (see writeDocument). */
  private readonly transactions;

  constructor(path: string) {
    this.location = path;
    this.db = openDatabase(path);
    const db = this.db;
    this.statements = {
      byHash: db.prepare<[string], { id: string }>("SELECT id FROM documents WHERE content_hash = ? LIMIT 1"),
      byId: db.prepare<[string], { path: string | null; content_hash: string }>("SELECT path, content_hash FROM documents WHERE id = ?"),
      record: db.prepare<[string], { record: string }>("SELECT record FROM documents WHERE id = ?"),
      upsert: db.prepare(`
        INSERT INTO documents (id, content_hash, path, url, title, outlet, published, published_from, language, record, ingested_at, updated_at, duplicate_of, minhash)
        VALUES (@id, @content_hash, @path, @url, @title, @outlet, @published, @published_from, @language, @record, @ingested_at, @updated_at, @duplicate_of, @minhash)
        ON CONFLICT (id) DO UPDATE SET content_hash = excluded.content_hash, path = excluded.path, url = excluded.url,
          title = excluded.title, outlet = excluded.outlet, published = excluded.published, published_from = excluded.published_from,
          language = excluded.language, record = excluded.record, ingested_at = min(documents.ingested_at, excluded.ingested_at),
          updated_at = excluded.updated_at, duplicate_of = excluded.duplicate_of, minhash = excluded.minhash`),
      clearBands: db.prepare<[string]>("DELETE FROM document_bands WHERE doc_id = ?"),
      insertBand: db.prepare("INSERT INTO document_bands (doc_id, band) VALUES (@doc_id, @band)"),
      firstOfBand: db.prepare<[string, number], string>("SELECT doc_id FROM document_bands WHERE band = ? ORDER BY doc_id LIMIT ?").pluck(),
      // The covering index holds all three columns: the rows, with their large records, are never read.
      fingerprints: db.prepare<[string], BandNeighbourRow>(`
        SELECT id, duplicate_of, minhash FROM documents INDEXED BY documents_fingerprint
        WHERE id IN (SELECT value FROM json_each(?)) AND minhash IS NOT NULL ORDER BY id`),
      duplicateGroups: db.prepare<[], DuplicateGroupRow>(`
        SELECT duplicate_of AS root, group_concat(id, char(31)) AS copies FROM documents
        WHERE duplicate_of IS NOT NULL GROUP BY duplicate_of ORDER BY duplicate_of`),
      count: db.prepare<[], { n: number }>("SELECT count(*) AS n FROM documents"),
      summary: db.prepare<[string], SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM documents WHERE id = ?`),
      page: db.prepare<[DocumentFilterParams & { limit: number; offset: number }], SummaryRow>(`
        SELECT ${SUMMARY_COLUMNS} FROM documents
        WHERE ${DOCUMENT_FILTERS} ORDER BY published IS NULL, published, id LIMIT @limit OFFSET @offset`),
      pageTotal: db.prepare<[DocumentFilterParams], { n: number }>(`SELECT count(*) AS n FROM documents WHERE ${DOCUMENT_FILTERS}`),
      quantities: db.prepare<[{ about: string | null; actor: string | null }], StoredQuantityRow>(`
        SELECT q.doc_id AS docId, d.title, d.published, q.position, q.text, q.value, q.value_max AS valueMax, q.unit, q.period, q.kind,
               q.about, q.actors, q.evidence
        FROM document_quantities q JOIN documents d ON d.id = q.doc_id
        WHERE (@about IS NULL OR q.about LIKE @about ESCAPE '\\') AND (@actor IS NULL OR ',' || q.actors || ',' LIKE @actor ESCAPE '\\')
        ORDER BY d.published IS NULL, d.published, q.doc_id, q.position`),
      // The index is external-content: an entry is removed with the very values it was built from.
      unindexTexts: db.prepare<[string]>(`
        INSERT INTO search_fts (search_fts, rowid, text, title, speaker) SELECT 'delete', id, text, title, speaker FROM search_texts WHERE doc_id = ?`),
      clearTexts: db.prepare<[string]>("DELETE FROM search_texts WHERE doc_id = ?"),
      insertText: db.prepare(`
        INSERT INTO search_texts (doc_id, kind, position, title, text, speaker) VALUES (@doc_id, @kind, @position, @title, @text, @speaker)`),
      indexTexts: db.prepare<[string]>("INSERT INTO search_fts (rowid, text, title, speaker) SELECT id, text, title, speaker FROM search_texts WHERE doc_id = ?"),
      // FTS5 orders by its own rank (no sort of all matches), so snippets are made for the returned rows only.
      search: db.prepare<[{ query: string; limit: number; open: string; close: string }], SearchRow>(`
        SELECT s.kind, s.doc_id AS docId, d.title, d.published, -search_fts.rank AS score,
               snippet(search_fts, 0, @open, @close, '…', ${SNIPPET_WORDS}) AS snippet,
               s.position, s.speaker, q.direct, q.start, q."end" AS "end"
        FROM search_fts
          JOIN search_texts s ON s.id = search_fts.rowid
          JOIN documents d ON d.id = s.doc_id
          LEFT JOIN document_quotes q ON s.kind = 'quote' AND q.doc_id = s.doc_id AND q.position = s.position
        WHERE search_fts MATCH @query AND search_fts.rank MATCH '${SEARCH_RANK}' ORDER BY search_fts.rank LIMIT @limit`),
      clearActors: db.prepare<[string]>("DELETE FROM document_actors WHERE doc_id = ?"),
      insertActor: db.prepare(`
        INSERT INTO document_actors (doc_id, actor_id, name, type, country, role, mentions)
        VALUES (@doc_id, @actor_id, @name, @type, @country, @role, @mentions)`),
      clearQuantities: db.prepare<[string]>("DELETE FROM document_quantities WHERE doc_id = ?"),
      insertQuantity: db.prepare(`
        INSERT INTO document_quantities (doc_id, position, value, value_max, unit, period, kind, about, actors, text, evidence)
        VALUES (@doc_id, @position, @value, @value_max, @unit, @period, @kind, @about, @actors, @text, @evidence)`),
      claims: db.prepare<[], ClaimRow>(`
        SELECT q.doc_id AS docId, d.published, q.value, q.value_max AS valueMax, q.unit, q.period, q.kind, q.about, q.actors, q.text, q.evidence
        FROM document_quantities q JOIN documents d ON d.id = q.doc_id ORDER BY d.published, q.doc_id, q.position`),
      clearEvents: db.prepare<[string]>("DELETE FROM document_events WHERE doc_id = ?"),
      insertEvent: db.prepare(`
        INSERT INTO document_events (doc_id, event_id, date, source_code, source_country, source_name, target_code, target_country, target_name,
          cameo, plover, goldstein, location, negated, mode, confidence, evidence, evidence_start, evidence_end)
        VALUES (@doc_id, @event_id, @date, @source_code, @source_country, @source_name, @target_code, @target_country, @target_name,
          @cameo, @plover, @goldstein, @location, @negated, @mode, @confidence, @evidence, @evidence_start, @evidence_end)`),
      clearQuotes: db.prepare<[string]>("DELETE FROM document_quotes WHERE doc_id = ?"),
      insertQuote: db.prepare(`
        INSERT INTO document_quotes (doc_id, position, text, direct, speaker_name, speaker_actor, description, start, "end")
        VALUES (@doc_id, @position, @text, @direct, @speaker_name, @speaker_actor, @description, @start, @end)`),
      quotes: db.prepare<[string, string], StoredQuoteRow>(`
        SELECT q.doc_id AS docId, d.published, d.title, q.text, q.direct, q.speaker_name AS speaker, q.speaker_actor AS speakerActor,
               q.description, q.start, q."end" AS "end"
        FROM document_quotes q JOIN documents d ON d.id = q.doc_id
        WHERE (? = '' OR q.speaker_name LIKE ? ESCAPE '\\')
        ORDER BY q.speaker_name IS NULL, q.speaker_name, d.published, q.doc_id, q.position`),
      actors: db.prepare<[], ActorSummaryRow>(`
        SELECT actor_id AS id, max(name) AS name, max(type) AS type, max(country) AS country, sum(mentions) AS mentions,
               group_concat(doc_id, char(31)) AS documents
        FROM document_actors GROUP BY actor_id ORDER BY sum(mentions) DESC, actor_id`),
      exportPage: db.prepare<[string, number], ExportRow>(
        "SELECT id, record, minhash, ingested_at, updated_at FROM documents WHERE id > ? ORDER BY id LIMIT ?",
      ),
      exportBands: db.prepare<[string], BandRow>(
        "SELECT doc_id, band FROM document_bands WHERE doc_id IN (SELECT value FROM json_each(?))",
      ),
    };
    this.transactions = {
      one: db.transaction((stored: StoredDocument) => this.writeDocument(stored)),
      grouped: db.transaction((documents: readonly GroupedDocument[]): GroupedSave[] => documents.map(({ record, fingerprint, storyOf }) => {
        const duplicateOf = storyOf(this.neighboursOf(fingerprint.bands));
        const outcome = this.writeDocument(storedNow({ ...record, duplicateOf }, fingerprint));
        return { outcome, duplicateOf: outcome === "unchanged" ? null : duplicateOf };
      })),
      batch: db.transaction((batch: readonly StoredDocument[]) => batch.map((stored) => this.writeDocument(stored))),
    };
  }

  /**
   * Writes one document and every row derived from it; the caller holds the transaction. Writers
   * of one file take turns (transactions begin IMMEDIATE), so the content-hash check below cannot
   * race another writer: no unique constraint is needed to store a content once.
   */
  private writeDocument(stored: StoredDocument): SaveOutcome {
    const { record } = stored;
    const existing = this.statements.byId.get(record.id);
    if (existing?.content_hash === record.contentHash) return "unchanged";
    const sameContent = this.statements.byHash.get(record.contentHash);
    if (sameContent && sameContent.id !== record.id) return "unchanged";
    const rows = toRows(stored);
    const s = this.statements;
    s.upsert.run(rows.document);
    // A new id has no derived rows yet (documents are never deleted): only an update clears them.
    if (existing) this.clearDerived(record.id);
    for (const row of rows.bands) s.insertBand.run(row);
    for (const row of rows.actors) s.insertActor.run(row);
    for (const row of rows.quantities) s.insertQuantity.run(row);
    for (const row of rows.quotes) s.insertQuote.run(row);
    for (const row of rows.events) s.insertEvent.run(row);
    for (const row of rows.searchTexts) s.insertText.run(row);
    s.indexTexts.run(record.id);
    return existing ? "updated" : "added";
  }

  /** Removes every row derived from a stored document: its search index entries before the texts they were made from. */
  private clearDerived(id: string): void {
    const s = this.statements;
    for (const clear of [s.clearBands, s.clearActors, s.clearQuantities, s.clearQuotes, s.clearEvents, s.unindexTexts, s.clearTexts]) clear.run(id);
  }

  async place(id: string, contentHash: string, path: string | null): Promise<Placement> {
    return placeInput({ id, contentHash, path }, {
      sameContent: this.statements.byHash.get(contentHash) ?? null,
      sameId: this.statements.byId.get(id) ?? null,
    });
  }

  async save(record: DocRecord, fingerprint?: Fingerprint): Promise<SaveOutcome> {
    return this.transactions.one.immediate(storedNow(record, fingerprint));
  }

  async saveGrouped(documents: readonly GroupedDocument[]): Promise<GroupedSave[]> {
    return this.transactions.grouped.immediate(documents);
  }

  async importDocuments(documents: readonly StoredDocument[]): Promise<SaveOutcome[]> {
    return this.transactions.batch.immediate(documents);
  }

  exportDocuments(batchSize: number): AsyncIterable<StoredDocument[]> {
    return pagesById(async (after) => {
      const rows = this.statements.exportPage.all(after, batchSize);
      return toStoredDocuments(rows, this.statements.exportBands.all(JSON.stringify(rows.map((r) => r.id))));
    });
  }

  async bandNeighbours(bands: readonly string[]): Promise<BandNeighbour[]> {
    return this.neighboursOf(bands);
  }

  /** The first NEIGHBOURS_PER_BAND documents of each band key, by id, with their signatures. */
  private neighboursOf(bands: readonly string[]): BandNeighbour[] {
    const ids = new Set(bands.flatMap((band) => this.statements.firstOfBand.all(band, NEIGHBOURS_PER_BAND)));
    return this.statements.fingerprints.all(JSON.stringify([...ids])).map(toBandNeighbour);
  }

  async duplicateGroups(): Promise<DuplicateGroup[]> {
    return this.statements.duplicateGroups.all().map(toDuplicateGroup);
  }

  async get(id: string): Promise<DocRecord | null> {
    const row = this.statements.record.get(id);
    return row ? (JSON.parse(row.record) as DocRecord) : null;
  }

  async summary(id: string): Promise<DocumentSummary | null> {
    const row = this.statements.summary.get(id);
    return row ? toSummary(row) : null;
  }

  async documents(query: DocumentQuery = {}): Promise<DocumentPage> {
    const filters = documentFilterParams(query);
    return {
      total: this.statements.pageTotal.get(filters)?.n ?? 0,
      items: this.statements.page.all({ ...filters, limit: query.limit ?? 1000, offset: query.offset ?? 0 }).map(toSummary),
    };
  }

  async quantities(filter: QuantityFilter = {}): Promise<StoredQuantity[]> {
    return this.statements.quantities.all(quantityFilterParams(filter)).map(toStoredQuantity);
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const terms = parseSearchQuery(query);
    if (!terms.length) return [];
    return this.statements.search.all({ query: toFtsExpression(terms), limit, open: MARK_OPEN, close: MARK_CLOSE }).map(toSearchHit);
  }

  async actors(): Promise<ActorSummary[]> {
    return this.statements.actors.all().map(toActorSummary);
  }

  async quotes(speaker = ""): Promise<StoredQuote[]> {
    return this.statements.quotes.all(speaker, likeAnywhere(speaker)).map(toStoredQuote);
  }

  async claims(): Promise<Claim[]> {
    return this.statements.claims.all().map(toClaim);
  }

  async events(filter: EventFilter = {}): Promise<StoredEvent[]> {
    // Built per filter rather than with "@x IS NULL OR …" guards, so that SQLite can use the pair index.
    const p = eventFilterParams(filter);
    const where: string[] = [];
    const params: Record<string, string> = {};
    if (!p.includeNegated) where.push("e.negated = 0");
    if (p.actor) {
      where.push("(e.source_country = @actor OR e.target_country = @actor)");
      params.actor = p.actor;
    }
    if (p.actors) {
      const names = p.actors.map((code, i) => ((params[`a${i}`] = code), `@a${i}`)).join(", ");
      where.push(`e.source_country IN (${names}) AND e.target_country IN (${names}) AND e.source_country <> e.target_country`);
    }
    if (p.from) {
      where.push("e.date >= @from");
      params.from = p.from;
    }
    if (p.to) {
      where.push("substr(e.date, 1, length(@to)) <= @to");
      params.to = p.to;
    }
    if (p.cameo) {
      where.push("e.cameo LIKE @cameo");
      params.cameo = p.cameo;
    }
    const sql = `SELECT ${EVENT_SELECT} FROM document_events e JOIN documents d ON d.id = e.doc_id
      ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY e.date IS NULL, e.date, e.doc_id, e.event_id`;
    return (this.db.prepare(sql).raw().all(params) as StoredEventRow[]).map(toStoredEvent);
  }

  async count(): Promise<number> {
    return this.statements.count.get()?.n ?? 0;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
