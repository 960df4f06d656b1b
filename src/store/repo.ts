// The document store's operations over SQLite: what ingest, list and show need.
// All SQL of dyad lives here and in ./migrations; callers see records, never rows.
import type { Claim } from "../corpus/claims.js";
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

  /** Every stored figure as a claim of its document. */
  claims(): Claim[] {
    return this.statements.claims.all().map((row) => ({ ...row, actors: row.actors ? row.actors.split(",") : [] }));
  }

  count(): number {
    return this.statements.count.get()?.n ?? 0;
  }

  close(): void {
    this.db.close();
  }
}
