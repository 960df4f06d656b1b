// The document store's operations over SQLite: what ingest, list and show need.
// All SQL of dyad lives here and in ./migrations; callers see records, never rows.
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
}

const toStoredEvent = (row: EventRow): StoredEvent => ({
  id: row.event_id,
  docId: row.doc_id,
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
        INSERT INTO documents (id, content_hash, path, url, title, outlet, published, published_from, language, record, ingested_at, updated_at)
        VALUES (@id, @contentHash, @path, @url, @title, @outlet, @published, @publishedFrom, @language, @record, @now, @now)
        ON CONFLICT (id) DO UPDATE SET content_hash = excluded.content_hash, path = excluded.path, url = excluded.url,
          title = excluded.title, outlet = excluded.outlet, published = excluded.published, published_from = excluded.published_from,
          language = excluded.language, record = excluded.record, updated_at = excluded.updated_at`),
      list: this.db.prepare<[number, number], SummaryRow>(
        "SELECT id, title, outlet, published, published_from, language, path, url FROM documents ORDER BY published IS NULL, published, id LIMIT ? OFFSET ?",
      ),
      count: this.db.prepare<[], { n: number }>("SELECT count(*) AS n FROM documents"),
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

  /** Stores one record in its own transaction: a document is stored whole or not at all. */
  save(record: DocRecord): SaveOutcome {
    return this.db.transaction((): SaveOutcome => {
      const existing = this.statements.byId.get(record.id);
      if (existing?.content_hash === record.contentHash) return "unchanged";
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
      });
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
      return existing ? "updated" : "added";
    })();
  }

  get(id: string): DocRecord | null {
    const row = this.statements.record.get(id);
    return row ? (JSON.parse(row.record) as DocRecord) : null;
  }

  list(limit = 1000, offset = 0): DocumentSummary[] {
    return this.statements.list.all(limit, offset).map(toSummary);
  }

  /** Every actor of the corpus with its mention count and the documents naming it, most mentioned first. */
  actors(): ActorSummary[] {
    return this.statements.actors.all().map((row) => ({ ...row, documents: row.documents.split("\u001f").sort() }));
  }

  /** Stored quotes, by speaker; `speaker` matches any part of the speaker's name, case-insensitively. */
  quotes(speaker = ""): StoredQuote[] {
    const pattern = `%${speaker.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.statements.quotes.all(speaker, pattern).map((row) => ({ ...row, direct: row.direct === 1 }));
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
    const sql = `SELECT e.*, d.published, d.url FROM document_events e JOIN documents d ON d.id = e.doc_id
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
