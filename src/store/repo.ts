// The document store's operations over SQLite: what ingest, the corpus commands and the HTTP API
// need, full-text search included. All SQL of dyad lives here and in ./migrations; callers see
// records, never rows.
import type { Claim } from "../corpus/claims.js";
import type { DyadEvent } from "../doc/model.js";
import type { DocRecord } from "../doc/record.js";
import { openSqlite, type SqliteDatabase } from "./sqlite.js";

export type SaveOutcome = "added" | "updated" | "unchanged";

export interface DocumentSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  publishedFrom: string | null;
  language: string | null;
  path: string | null;
  url: string | null;
}

/** A stored event with the document it comes from. */
export interface StoredEvent extends DyadEvent {
  docId: string;
  /** The story the document tells: its own id, or the first stored document it is a near-duplicate of. */
  story: string;
  published: string | null;
  url: string | null;
}

export interface EventFilter {
  /** Events between any two of these countries (both ends among them); one code: events involving it. */
  actors?: string[];
  from?: string;
  to?: string;
  /** CAMEO code prefix ("04", "042"). */
  cameo?: string;
  includeNegated?: boolean;
}

type StoredQuoteRow = Omit<StoredQuote, "direct"> & { direct: number };

interface EventRow {
  doc_id: string;
  event_id: string;
  date: string | null;
  source_code: string;
  source_country: string | null;
  source_name: string;
  target_code: string;
  target_country: string | null;
  target_name: string;
  cameo: string;
  plover: string | null;
  goldstein: number;
  location: string | null;
  negated: number;
  mode: string | null;
  confidence: number;
  evidence: string;
  evidence_start: number;
  evidence_end: number;
  published: string | null;
  url: string | null;
  story: string;
}

const toStoredEvent = (row: EventRow): StoredEvent => ({
  id: row.event_id,
  docId: row.doc_id,
  story: row.story,
  published: row.published,
  url: row.url,
  date: row.date,
  source: { code: row.source_code, country: row.source_country, name: row.source_name },
  target: { code: row.target_code, country: row.target_country, name: row.target_name },
  cameo: row.cameo,
  ...(row.plover ? { plover: row.plover } : {}),
  goldstein: row.goldstein,
  location: row.location,
  negated: row.negated === 1,
  ...(row.mode ? { mode: row.mode as StoredEvent["mode"] } : {}),
  confidence: row.confidence,
  evidence: { start: row.evidence_start, end: row.evidence_end, text: row.evidence },
});

export interface StoredQuote {
  docId: string;
  published: string | null;
  title: string | null;
  text: string;
  direct: boolean;
  speaker: string | null;
  speakerActor: string | null;
  description: string | null;
  start: number;
  end: number;
}

export interface ActorSummary {
  id: string;
  name: string;
  type: string;
  country: string | null;
  mentions: number;
  documents: string[];
}

/** A page of stored documents: `q` is part of the title, outlet or id; dates compare as text prefixes. */
export interface DocumentQuery {
  limit?: number;
  offset?: number;
  q?: string;
  from?: string;
  to?: string;
  /** The outlet's name, any case. */
  outlet?: string;
}

export interface DocumentPage {
  /** How many documents match the filters, over all pages. */
  total: number;
  items: DocumentSummary[];
}

export interface QuantityFilter {
  /** Part of what the figure measures ("trade"), any case. */
  about?: string;
  /** An actor code the figure concerns ("CHN"). */
  actor?: string;
}

/** A stored figure (a claim of its document) with the document's title and the figure's place in its record. */
export interface StoredQuantity extends Claim {
  title: string | null;
  /** Index of the figure in its record's `quantities`. */
  position: number;
}

/** A highlighted stretch of a snippet: UTF-16 offsets into `snippet`, end exclusive. */
export interface Highlight {
  start: number;
  end: number;
}

/** One full-text match: a document's body or one of its quotes. */
export interface SearchHit {
  kind: "body" | "quote";
  docId: string;
  title: string | null;
  published: string | null;
  /** Relevance, higher is better: bm25 over bodies and quotes together (title words count double). */
  score: number;
  /** Plain text around the matches, "…" where it was cut; never HTML. */
  snippet: string;
  highlights: Highlight[];
  /** For a quote: its place in the record's `quotes` and its span in the body. */
  quote?: { position: number; speaker: string | null; direct: boolean; start: number; end: number };
}

/** Where an incoming input stands against what is stored. */
export type Placement =
  | { kind: "unchanged"; id: string }
  | { kind: "new" | "update"; id: string };

interface SummaryRow {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  published_from: string | null;
  language: string | null;
  path: string | null;
  url: string | null;
}

const toSummary = (row: SummaryRow): DocumentSummary => ({
  id: row.id,
  title: row.title,
  outlet: row.outlet,
  published: row.published,
  publishedFrom: row.published_from,
  language: row.language,
  path: row.path,
  url: row.url,
});

/** `text` as a LIKE pattern that matches it anywhere, its wildcards escaped with a backslash. */
const likeAnywhere = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The filters of a document page, shared by the page and its count. */
const DOCUMENT_FILTERS = `(@q IS NULL OR title LIKE @q ESCAPE '\\' OR outlet LIKE @q ESCAPE '\\' OR id LIKE @q ESCAPE '\\')
  AND (@outlet IS NULL OR outlet = @outlet COLLATE NOCASE)
  AND (@from IS NULL OR published >= @from)
  AND (@to IS NULL OR substr(published, 1, length(@to)) <= @to)`;

interface DocumentFilterParams {
  q: string | null;
  outlet: string | null;
  from: string | null;
  to: string | null;
}

interface QuantityRow extends Omit<StoredQuantity, "actors"> {
  actors: string;
}

interface SearchRow {
  kind: "body" | "quote";
  docId: string;
  title: string | null;
  published: string | null;
  rank: number;
  snippet: string;
  position: number;
  speaker: string | null;
  direct: number | null;
  start: number | null;
  end: number | null;
}

/**
 * FTS5 marks matches in snippets with these private-use characters, so that a snippet comes back
 * as plain text plus offsets and never as markup. Indexed text never holds them (see indexable),
 * so every marker in a snippet is one FTS5 put there.
 */
const MARK_OPEN = "\uE000";
const MARK_CLOSE = "\uE001";
const MARKS = /[\uE000\uE001]/g;
/** Text as it is indexed: the snippet markers, should an article contain them, become U+FFFD (as in migration 006). */
const indexable = (text: string) => text.replace(MARKS, "\uFFFD");
/** bm25 over the columns text, title, speaker: a word of the title counts double. */
const SEARCH_RANK = "bm25(1.0, 2.0, 1.0)";
/** Tokens of context in a snippet: about two lines of text. */
const SNIPPET_TOKENS = 24;

/** A snippet with FTS5's markers → its plain text and the offsets of the matches. */
function parseSnippet(marked: string): { snippet: string; highlights: Highlight[] } {
  let snippet = "";
  let open = -1;
  const highlights: Highlight[] = [];
  for (const part of marked.split(/([\uE000\uE001])/)) {
    if (part === MARK_OPEN) open = snippet.length;
    else if (part === MARK_CLOSE) {
      if (open >= 0 && snippet.length > open) highlights.push({ start: open, end: snippet.length });
      open = -1;
    } else snippet += part;
  }
  return { snippet, highlights };
}

/**
 * A user's query as an FTS5 expression, so that no input is a syntax error: every word must occur,
 * "double quotes" keep a phrase, a trailing * matches a prefix, and FTS5's operators and special
 * characters are plain words. Null when the query has no word to look for.
 */
export function toFtsQuery(query: string): string | null {
  const terms: string[] = [];
  for (const match of query.matchAll(/"([^"]*)"|(\S+)/g)) {
    const phrase = match[1] !== undefined;
    const raw = match[1] ?? match[2] ?? "";
    const prefix = !phrase && /[\p{L}\p{N}]\*+$/u.test(raw);
    const words = prefix ? raw.replace(/\*+$/, "") : raw;
    if (!/[\p{L}\p{N}]/u.test(words)) continue;
    terms.push(`"${words.replace(/"/g, '""')}"${prefix ? "*" : ""}`);
  }
  return terms.length ? terms.join(" ") : null;
}

export class DocumentStore {
  private readonly db: SqliteDatabase;
  private readonly statements;

  constructor(path: string) {
    this.db = openSqlite(path);
    this.statements = {
      byHash: this.db.prepare<[string], { id: string }>("SELECT id FROM documents WHERE content_hash = ? LIMIT 1"),
      byId: this.db.prepare<[string], { path: string | null; content_hash: string }>("SELECT path, content_hash FROM documents WHERE id = ?"),
      record: this.db.prepare<[string], { record: string }>("SELECT record FROM documents WHERE id = ?"),
      upsert: this.db.prepare(`
        INSERT INTO documents (id, content_hash, path, url, title, outlet, published, published_from, language, record, ingested_at, updated_at, duplicate_of, minhash)
        VALUES (@id, @contentHash, @path, @url, @title, @outlet, @published, @publishedFrom, @language, @record, @now, @now, @duplicateOf, @minhash)
        ON CONFLICT (id) DO UPDATE SET content_hash = excluded.content_hash, path = excluded.path, url = excluded.url,
          title = excluded.title, outlet = excluded.outlet, published = excluded.published, published_from = excluded.published_from,
          language = excluded.language, record = excluded.record, updated_at = excluded.updated_at,
          duplicate_of = excluded.duplicate_of, minhash = excluded.minhash`),
      clearBands: this.db.prepare<[string]>("DELETE FROM document_bands WHERE doc_id = ?"),
      insertBand: this.db.prepare<[string, string]>("INSERT OR IGNORE INTO document_bands (doc_id, band) VALUES (?, ?)"),
      bandMatches: this.db.prepare<[string], { id: string; duplicate_of: string | null; minhash: string }>(`
        SELECT d.id, d.duplicate_of, d.minhash FROM document_bands b JOIN documents d ON d.id = b.doc_id
        WHERE b.band IN (SELECT value FROM json_each(?)) AND d.minhash IS NOT NULL GROUP BY d.id`),
      duplicateGroups: this.db.prepare<[], { root: string; copies: string }>(`
        SELECT duplicate_of AS root, group_concat(id, char(31)) AS copies FROM documents
        WHERE duplicate_of IS NOT NULL GROUP BY duplicate_of ORDER BY duplicate_of`),
      list: this.db.prepare<[number, number], SummaryRow>(
        "SELECT id, title, outlet, published, published_from, language, path, url FROM documents ORDER BY published IS NULL, published, id LIMIT ? OFFSET ?",
      ),
      count: this.db.prepare<[], { n: number }>("SELECT count(*) AS n FROM documents"),
      summary: this.db.prepare<[string], SummaryRow>("SELECT id, title, outlet, published, published_from, language, path, url FROM documents WHERE id = ?"),
      page: this.db.prepare<[DocumentFilterParams & { limit: number; offset: number }], SummaryRow>(`
        SELECT id, title, outlet, published, published_from, language, path, url FROM documents
        WHERE ${DOCUMENT_FILTERS} ORDER BY published IS NULL, published, id LIMIT @limit OFFSET @offset`),
      pageTotal: this.db.prepare<[DocumentFilterParams], { n: number }>(`SELECT count(*) AS n FROM documents WHERE ${DOCUMENT_FILTERS}`),
      quantities: this.db.prepare<[{ about: string | null; actor: string | null }], QuantityRow>(`
        SELECT q.doc_id AS docId, d.title, d.published, q.position, q.text, q.value, q.value_max AS valueMax, q.unit, q.period, q.kind,
               q.about, q.actors, q.evidence
        FROM document_quantities q JOIN documents d ON d.id = q.doc_id
        WHERE (@about IS NULL OR q.about LIKE @about ESCAPE '\\') AND (@actor IS NULL OR ',' || q.actors || ',' LIKE @actor ESCAPE '\\')
        ORDER BY d.published IS NULL, d.published, q.doc_id, q.position`),
      // The index is external-content: an entry is removed with the very values it was built from.
      unindexTexts: this.db.prepare<[string]>(`
        INSERT INTO search_fts (search_fts, rowid, text, title, speaker) SELECT 'delete', id, text, title, speaker FROM search_texts WHERE doc_id = ?`),
      clearTexts: this.db.prepare<[string]>("DELETE FROM search_texts WHERE doc_id = ?"),
      insertText: this.db.prepare(`
        INSERT INTO search_texts (doc_id, kind, position, title, text, speaker) VALUES (@docId, @kind, @position, @title, @text, @speaker)`),
      indexTexts: this.db.prepare<[string]>("INSERT INTO search_fts (rowid, text, title, speaker) SELECT id, text, title, speaker FROM search_texts WHERE doc_id = ?"),
      // FTS5 orders by its own rank (no sort of all matches), so snippets are made for the returned rows only.
      search: this.db.prepare<[{ query: string; limit: number; open: string; close: string }], SearchRow>(`
        SELECT s.kind, s.doc_id AS docId, d.title, d.published, search_fts.rank AS rank,
               snippet(search_fts, 0, @open, @close, '…', ${SNIPPET_TOKENS}) AS snippet,
               s.position, s.speaker, q.direct, q.start, q."end" AS "end"
        FROM search_fts
          JOIN search_texts s ON s.id = search_fts.rowid
          JOIN documents d ON d.id = s.doc_id
          LEFT JOIN document_quotes q ON s.kind = 'quote' AND q.doc_id = s.doc_id AND q.position = s.position
        WHERE search_fts MATCH @query AND search_fts.rank MATCH '${SEARCH_RANK}' ORDER BY search_fts.rank LIMIT @limit`),
      clearActors: this.db.prepare<[string]>("DELETE FROM document_actors WHERE doc_id = ?"),
      insertActor: this.db.prepare(
        "INSERT INTO document_actors (doc_id, actor_id, name, type, country, role, mentions) VALUES (@docId, @actorId, @name, @type, @country, @role, @mentions)",
      ),
      clearQuantities: this.db.prepare<[string]>("DELETE FROM document_quantities WHERE doc_id = ?"),
      insertQuantity: this.db.prepare(`
        INSERT INTO document_quantities (doc_id, position, value, value_max, unit, period, kind, about, actors, text, evidence)
        VALUES (@docId, @position, @value, @valueMax, @unit, @period, @kind, @about, @actors, @text, @evidence)`),
      claims: this.db.prepare<[], { docId: string; published: string | null; value: number; valueMax: number | null; unit: string; period: string | null; kind: string; about: string | null; actors: string; text: string; evidence: string }>(`
        SELECT q.doc_id AS docId, d.published, q.value, q.value_max AS valueMax, q.unit, q.period, q.kind, q.about, q.actors, q.text, q.evidence
        FROM document_quantities q JOIN documents d ON d.id = q.doc_id ORDER BY d.published, q.doc_id, q.position`),
      clearEvents: this.db.prepare<[string]>("DELETE FROM document_events WHERE doc_id = ?"),
      insertEvent: this.db.prepare(`
        INSERT INTO document_events (doc_id, event_id, date, source_code, source_country, source_name, target_code, target_country, target_name,
          cameo, plover, goldstein, location, negated, mode, confidence, evidence, evidence_start, evidence_end)
        VALUES (@docId, @eventId, @date, @sourceCode, @sourceCountry, @sourceName, @targetCode, @targetCountry, @targetName,
          @cameo, @plover, @goldstein, @location, @negated, @mode, @confidence, @evidence, @evidenceStart, @evidenceEnd)`),
      clearQuotes: this.db.prepare<[string]>("DELETE FROM document_quotes WHERE doc_id = ?"),
      insertQuote: this.db.prepare(`
        INSERT INTO document_quotes (doc_id, position, text, direct, speaker_name, speaker_actor, description, start, "end")
        VALUES (@docId, @position, @text, @direct, @speaker, @actor, @description, @start, @end)`),
      quotes: this.db.prepare<[string, string], StoredQuoteRow>(`
        SELECT q.doc_id AS docId, d.published, d.title, q.text, q.direct, q.speaker_name AS speaker, q.speaker_actor AS speakerActor,
               q.description, q.start, q."end" AS "end"
        FROM document_quotes q JOIN documents d ON d.id = q.doc_id
        WHERE (? = '' OR q.speaker_name LIKE ? ESCAPE '\\')
        ORDER BY q.speaker_name IS NULL, q.speaker_name, d.published, q.doc_id, q.position`),
      actors: this.db.prepare<[], { id: string; name: string; type: string; country: string | null; mentions: number; documents: string }>(`
        SELECT actor_id AS id, max(name) AS name, max(type) AS type, max(country) AS country, sum(mentions) AS mentions,
               group_concat(doc_id, char(31)) AS documents
        FROM document_actors GROUP BY actor_id ORDER BY sum(mentions) DESC, actor_id`),
    };
  }

  /**
   * Decides the id of an input before any work is done: the same content is unchanged; the
   * same id from the same path is an update; the same id from elsewhere gets `~HASH8`.
   */
  place(id: string, contentHash: string, path: string | null): Placement {
    const same = this.statements.byHash.get(contentHash);
    if (same) return { kind: "unchanged", id: same.id };
    const existing = this.statements.byId.get(id);
    if (!existing) return { kind: "new", id };
    if (path !== null && existing.path === path) return { kind: "update", id };
    return { kind: "new", id: `${id.replace(/~[0-9a-f]{8}$/, "")}~${contentHash.slice(0, 8)}` };
  }

  /**
   * Stores one record in its own transaction: a document is stored whole or not at all. With a
   * MinHash signature and its band keys, the document can be found as a near-duplicate later.
   */
  save(record: DocRecord, fingerprint?: { signature: number[]; bands: string[] }): SaveOutcome {
    return this.db.transaction((): SaveOutcome => {
      const existing = this.statements.byId.get(record.id);
      if (existing?.content_hash === record.contentHash) return "unchanged";
      this.statements.clearBands.run(record.id);
      this.statements.upsert.run({
        id: record.id,
        contentHash: record.contentHash,
        path: record.source.path,
        url: record.source.url,
        title: record.meta.title,
        outlet: record.meta.outlet,
        published: record.meta.published,
        publishedFrom: record.meta.publishedFrom,
        language: record.meta.language,
        record: JSON.stringify(record),
        now: new Date().toISOString(),
        duplicateOf: record.duplicateOf ?? null,
        minhash: fingerprint ? JSON.stringify(fingerprint.signature) : null,
      });
      for (const band of fingerprint?.bands ?? []) this.statements.insertBand.run(record.id, band);
      this.statements.clearActors.run(record.id);
      for (const actor of record.actors) {
        this.statements.insertActor.run({ docId: record.id, actorId: actor.id, name: actor.name, type: actor.type, country: actor.country, role: actor.role ?? null, mentions: actor.mentions.length });
      }
      this.statements.clearQuantities.run(record.id);
      record.quantities.forEach((q, position) => {
        this.statements.insertQuantity.run({
          docId: record.id, position, value: q.value, valueMax: q.valueMax, unit: q.unit, period: q.period, kind: q.kind,
          about: q.about, actors: q.actors.join(","), text: q.text, evidence: q.evidence?.text ?? q.text,
        });
      });
      this.statements.clearQuotes.run(record.id);
      record.quotes.forEach((q, position) => {
        this.statements.insertQuote.run({
          docId: record.id, position, text: q.text, direct: q.direct ? 1 : 0, speaker: q.speaker?.name ?? null,
          actor: q.speaker?.actor ?? null, description: q.speaker?.description ?? null, start: q.start, end: q.end,
        });
      });
      this.statements.clearEvents.run(record.id);
      for (const e of record.events) {
        this.statements.insertEvent.run({
          docId: record.id, eventId: e.id, date: e.date, sourceCode: e.source.code, sourceCountry: e.source.country, sourceName: e.source.name,
          targetCode: e.target.code, targetCountry: e.target.country, targetName: e.target.name, cameo: e.cameo, plover: e.plover ?? null,
          goldstein: e.goldstein, location: e.location, negated: e.negated ? 1 : 0, mode: e.mode ?? null, confidence: e.confidence,
          evidence: e.evidence.text, evidenceStart: e.evidence.start, evidenceEnd: e.evidence.end,
        });
      }
      this.statements.unindexTexts.run(record.id);
      this.statements.clearTexts.run(record.id);
      if (record.body) this.statements.insertText.run({ docId: record.id, kind: "body", position: 0, title: record.meta.title, text: indexable(record.body), speaker: null });
      record.quotes.forEach((q, position) => {
        this.statements.insertText.run({ docId: record.id, kind: "quote", position, title: null, text: indexable(q.text), speaker: q.speaker?.name ?? null });
      });
      this.statements.indexTexts.run(record.id);
      return existing ? "updated" : "added";
    })();
  }

  /** Stored documents sharing a band key with these: candidates for near-duplicates, with their signatures. */
  bandNeighbours(bands: readonly string[]): { id: string; duplicateOf: string | null; signature: number[] }[] {
    return this.statements.bandMatches.all(JSON.stringify(bands)).map((row) => ({ id: row.id, duplicateOf: row.duplicate_of, signature: JSON.parse(row.minhash) as number[] }));
  }

  /** Groups of near-duplicate documents: the first stored of each story and its copies. */
  duplicateGroups(): { root: string; copies: string[] }[] {
    return this.statements.duplicateGroups.all().map((row) => ({ root: row.root, copies: row.copies.split("\u001f").sort() }));
  }

  get(id: string): DocRecord | null {
    const row = this.statements.record.get(id);
    return row ? (JSON.parse(row.record) as DocRecord) : null;
  }

  list(limit = 1000, offset = 0): DocumentSummary[] {
    return this.statements.list.all(limit, offset).map(toSummary);
  }

  /** The summary of one stored document, or null. */
  summary(id: string): DocumentSummary | null {
    const row = this.statements.summary.get(id);
    return row ? toSummary(row) : null;
  }

  /** A filtered page of stored documents, oldest first (undated last), with the number of all that match. */
  documents(query: DocumentQuery = {}): DocumentPage {
    const filters: DocumentFilterParams = {
      q: query.q ? likeAnywhere(query.q) : null,
      outlet: query.outlet || null,
      from: query.from || null,
      to: query.to || null,
    };
    return {
      total: this.statements.pageTotal.get(filters)?.n ?? 0,
      items: this.statements.page.all({ ...filters, limit: query.limit ?? 1000, offset: query.offset ?? 0 }).map(toSummary),
    };
  }

  /** Stored figures, with their document and sentence, in date order. */
  quantities(filter: QuantityFilter = {}): StoredQuantity[] {
    const params = { about: filter.about ? likeAnywhere(filter.about) : null, actor: filter.actor ? likeAnywhere(`,${filter.actor},`) : null };
    return this.statements.quantities.all(params).map((row) => ({ ...row, actors: row.actors ? row.actors.split(",") : [] }));
  }

  /**
   * Full-text search over bodies and quotes, best first (bm25), with snippets as plain text and
   * the offsets of the matched words. See toFtsQuery for what a query means; [] when nothing matches.
   */
  search(query: string, limit = 20): SearchHit[] {
    const expression = toFtsQuery(query);
    if (!expression) return [];
    return this.statements.search.all({ query: expression, limit, open: MARK_OPEN, close: MARK_CLOSE }).map((row) => ({
      kind: row.kind,
      docId: row.docId,
      title: row.title,
      published: row.published,
      score: Number((-row.rank).toPrecision(6)),
      ...parseSnippet(row.snippet),
      ...(row.kind === "quote" && row.start !== null && row.end !== null
        ? { quote: { position: row.position, speaker: row.speaker, direct: row.direct === 1, start: row.start, end: row.end } }
        : {}),
    }));
  }

  /** Every actor of the corpus with its mention count and the documents naming it, most mentioned first. */
  actors(): ActorSummary[] {
    return this.statements.actors.all().map((row) => ({ ...row, documents: row.documents.split("\u001f").sort() }));
  }

  /** Stored quotes, by speaker; `speaker` matches any part of the speaker's name, case-insensitively. */
  quotes(speaker = ""): StoredQuote[] {
    return this.statements.quotes.all(speaker, likeAnywhere(speaker)).map((row) => ({ ...row, direct: row.direct === 1 }));
  }

  /** Every stored figure as a claim of its document. */
  claims(): Claim[] {
    return this.statements.claims.all().map((row) => ({ ...row, actors: row.actors ? row.actors.split(",") : [] }));
  }

  /** Stored events matching the filter, in date order. Dates compare as text prefixes (day, month or year precision). */
  events(filter: EventFilter = {}): StoredEvent[] {
    const where: string[] = [];
    const params: Record<string, string> = {};
    if (!filter.includeNegated) where.push("e.negated = 0");
    if (filter.actors?.length === 1) {
      where.push("(e.source_country = @a0 OR e.target_country = @a0)");
      params.a0 = filter.actors[0]!;
    } else if (filter.actors?.length) {
      const names = filter.actors.map((code, i) => ((params[`a${i}`] = code), `@a${i}`)).join(", ");
      where.push(`e.source_country IN (${names}) AND e.target_country IN (${names}) AND e.source_country <> e.target_country`);
    }
    if (filter.from) {
      where.push("e.date >= @from");
      params.from = filter.from;
    }
    if (filter.to) {
      // "2016" as the end includes every day of 2016.
      where.push("substr(e.date, 1, length(@to)) <= @to");
      params.to = filter.to;
    }
    if (filter.cameo) {
      where.push("e.cameo LIKE @cameo");
      params.cameo = `${filter.cameo}%`;
    }
    const sql = `SELECT e.*, d.published, d.url, coalesce(d.duplicate_of, d.id) AS story FROM document_events e JOIN documents d ON d.id = e.doc_id
      ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY e.date IS NULL, e.date, e.doc_id, e.event_id`;
    return this.db.prepare<Record<string, string>, EventRow>(sql).all(params).map(toStoredEvent);
  }

  count(): number {
    return this.statements.count.get()?.n ?? 0;
  }

  close(): void {
    this.db.close();
  }
}
