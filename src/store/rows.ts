// The mapping between records and table rows that both backends share: a stored document →
// the rows of every table (keyed by column name), and the rows their queries return → what
// callers get. Both backends' SQL reads and writes exactly these shapes; no SQL here.
import type { Claim } from "../corpus/claims.js";
import type { DocRecord } from "../doc/record.js";
import type { ActorSummary, BandNeighbour, DocumentSummary, DuplicateGroup, EventFilter, Fingerprint, Placement, StoredDocument, StoredEvent, StoredQuantity, StoredQuote } from "./repo.js";
import { indexable } from "./search.js";

/** Joins lists in aggregate queries (ASCII unit separator): it never occurs in an id. */
export const LIST_SEPARATOR = "\u001f";

export interface DocumentRow {
  id: string;
  content_hash: string;
  path: string | null;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  published_from: string | null;
  language: string | null;
  /** The whole record as JSON text, kept verbatim so that its fields keep their order. */
  record: string;
  ingested_at: string;
  updated_at: string;
  duplicate_of: string | null;
  /** The MinHash signature as a JSON array (its values are unsigned 32-bit, wider than a signed integer column). */
  minhash: string | null;
}

export interface BandRow {
  doc_id: string;
  band: string;
}

export interface ActorRow {
  doc_id: string;
  actor_id: string;
  name: string;
  type: string;
  country: string | null;
  role: string | null;
  mentions: number;
}

export interface QuantityRow {
  doc_id: string;
  position: number;
  value: number;
  value_max: number | null;
  unit: string;
  period: string | null;
  kind: string;
  about: string | null;
  /** Actor codes joined with commas, so that a LIKE finds one. */
  actors: string;
  text: string;
  evidence: string;
}

/** Flags are 1 or 0: SQLite has no booleans, and PostgreSQL reads 1 and 0 as booleans. */
type Flag = 0 | 1;

export interface QuoteRow {
  doc_id: string;
  position: number;
  text: string;
  direct: Flag;
  speaker_name: string | null;
  speaker_actor: string | null;
  description: string | null;
  start: number;
  end: number;
}

export interface EventRow {
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
  negated: Flag;
  mode: string | null;
  confidence: number;
  evidence: string;
  evidence_start: number;
  evidence_end: number;
}

export interface SearchTextRow {
  doc_id: string;
  kind: "body" | "quote";
  position: number;
  title: string | null;
  text: string;
  speaker: string | null;
}

/** Every row a stored document puts in the tables, by table. */
export interface DocumentRows {
  document: DocumentRow;
  bands: BandRow[];
  actors: ActorRow[];
  quantities: QuantityRow[];
  quotes: QuoteRow[];
  events: EventRow[];
  searchTexts: SearchTextRow[];
}

const flag = (value: boolean | undefined): Flag => (value ? 1 : 0);

export function toRows({ record, fingerprint, ingestedAt, updatedAt }: StoredDocument): DocumentRows {
  const docId = record.id;
  return {
    document: {
      id: docId,
      content_hash: record.contentHash,
      path: record.source.path,
      url: record.source.url,
      title: record.meta.title,
      outlet: record.meta.outlet,
      published: record.meta.published,
      published_from: record.meta.publishedFrom,
      language: record.meta.language,
      record: JSON.stringify(record),
      ingested_at: ingestedAt,
      updated_at: updatedAt,
      duplicate_of: record.duplicateOf ?? null,
      minhash: fingerprint ? JSON.stringify(fingerprint.signature) : null,
    },
    bands: [...new Set(fingerprint?.bands ?? [])].map((band) => ({ doc_id: docId, band })),
    actors: record.actors.map((actor) => ({
      doc_id: docId, actor_id: actor.id, name: actor.name, type: actor.type, country: actor.country, role: actor.role ?? null, mentions: actor.mentions.length,
    })),
    quantities: record.quantities.map((q, position) => ({
      doc_id: docId, position, value: q.value, value_max: q.valueMax, unit: q.unit, period: q.period, kind: q.kind,
      about: q.about, actors: q.actors.join(","), text: q.text, evidence: q.evidence?.text ?? q.text,
    })),
    quotes: record.quotes.map((q, position) => ({
      doc_id: docId, position, text: q.text, direct: flag(q.direct), speaker_name: q.speaker?.name ?? null,
      speaker_actor: q.speaker?.actor ?? null, description: q.speaker?.description ?? null, start: q.start, end: q.end,
    })),
    events: record.events.map((e) => ({
      doc_id: docId, event_id: e.id, date: e.date, source_code: e.source.code, source_country: e.source.country, source_name: e.source.name,
      target_code: e.target.code, target_country: e.target.country, target_name: e.target.name, cameo: e.cameo, plover: e.plover ?? null,
      goldstein: e.goldstein, location: e.location, negated: flag(e.negated), mode: e.mode ?? null, confidence: e.confidence,
      evidence: e.evidence.text, evidence_start: e.evidence.start, evidence_end: e.evidence.end,
    })),
    searchTexts: [
      ...(record.body ? [{ doc_id: docId, kind: "body" as const, position: 0, title: record.meta.title, text: indexable(record.body), speaker: null }] : []),
      ...record.quotes.map((q, position) => ({ doc_id: docId, kind: "quote" as const, position, title: null, text: indexable(q.text), speaker: q.speaker?.name ?? null })),
    ],
  };
}

/** What an export reads of one document's row. */
export type ExportRow = Pick<DocumentRow, "id" | "record" | "minhash"> & { ingested_at: string | Date; updated_at: string | Date };

/** A page of documents' rows and their band keys → the stored documents, as toRows took them. */
export function toStoredDocuments(rows: readonly ExportRow[], bands: readonly BandRow[]): StoredDocument[] {
  const bandsOf = new Map<string, string[]>();
  for (const { doc_id, band } of bands) {
    const list = bandsOf.get(doc_id);
    if (list) list.push(band);
    else bandsOf.set(doc_id, [band]);
  }
  return rows.map((row) => ({
    record: JSON.parse(row.record) as DocRecord,
    fingerprint: row.minhash ? { signature: JSON.parse(row.minhash) as number[], bands: (bandsOf.get(row.id) ?? []).sort() } : null,
    // PostgreSQL keeps times as timestamps, SQLite as ISO text; both come back as ISO text.
    ingestedAt: new Date(row.ingested_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  }));
}

/** A record as save() stores it now: first stored and last changed at this instant. */
export function storedNow(record: DocRecord, fingerprint: Fingerprint | undefined): StoredDocument {
  const now = new Date().toISOString();
  return { record, fingerprint: fingerprint ?? null, ingestedAt: now, updatedAt: now };
}

/** Every stored document, page after page in id order; `readPage(afterId)` reads the documents after that id ("" for the first). */
export async function* pagesById(readPage: (afterId: string) => Promise<StoredDocument[]>): AsyncIterable<StoredDocument[]> {
  for (let page = await readPage(""); page.length; page = await readPage(page.at(-1)!.record.id)) yield page;
}

/** The filters of a document page as query parameters: LIKE patterns and nulls for "any". */
export interface DocumentFilterParams {
  q: string | null;
  outlet: string | null;
  from: string | null;
  to: string | null;
}

/** `text` as a LIKE pattern that matches it anywhere, its wildcards escaped with a backslash. */
export const likeAnywhere = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function documentFilterParams(query: { q?: string; outlet?: string; from?: string; to?: string }): DocumentFilterParams {
  return { q: query.q ? likeAnywhere(query.q) : null, outlet: query.outlet || null, from: query.from || null, to: query.to || null };
}

/** The filters of a figure list as LIKE patterns: `actor` is looked for between the commas of the list. */
export function quantityFilterParams(filter: { about?: string; actor?: string }): { about: string | null; actor: string | null } {
  return { about: filter.about ? likeAnywhere(filter.about) : null, actor: filter.actor ? likeAnywhere(`,${filter.actor},`) : null };
}

/** An event filter as query parameters, nulls for "any". */
export interface EventFilterParams {
  includeNegated: boolean;
  /** With one code: events involving it. */
  actor: string | null;
  /** With several: events between two of them. */
  actors: string[] | null;
  from: string | null;
  /** "2016" as the end includes every day of 2016: dates compare on the length of `to`. */
  to: string | null;
  /** A LIKE pattern. */
  cameo: string | null;
}

export function eventFilterParams(filter: EventFilter): EventFilterParams {
  const codes = filter.actors ?? [];
  return {
    includeNegated: filter.includeNegated ?? false,
    actor: codes.length === 1 ? codes[0]! : null,
    actors: codes.length > 1 ? codes : null,
    from: filter.from || null,
    to: filter.to || null,
    cameo: filter.cameo ? `${filter.cameo}%` : null,
  };
}

export type SummaryRow = Pick<DocumentRow, "id" | "title" | "outlet" | "published" | "published_from" | "language" | "path" | "url">;

export const toSummary = (row: SummaryRow): DocumentSummary => ({
  id: row.id,
  title: row.title,
  outlet: row.outlet,
  published: row.published,
  publishedFrom: row.published_from,
  language: row.language,
  path: row.path,
  url: row.url,
});

/**
 * The columns of the events query, in this order (each backend's SELECT lists them so; PostgreSQL
 * gives negated as 0 or 1, as SQLite stores it). Its rows come as arrays, which both drivers make
 * far faster than objects: 19,000 events of one pair took 120 ms instead of 200 on SQLite.
 */
export const STORED_EVENT_COLUMNS = [
  "doc_id", "event_id", "date", "source_code", "source_country", "source_name", "target_code", "target_country", "target_name",
  "cameo", "plover", "goldstein", "location", "negated", "mode", "confidence", "evidence", "evidence_start", "evidence_end",
  "published", "url", "story",
] as const;

/** An event row (EventRow's columns, then what the query adds of its document) as an array in STORED_EVENT_COLUMNS order. */
export type StoredEventRow = [
  docId: string, eventId: string, date: string | null, sourceCode: string, sourceCountry: string | null, sourceName: string,
  targetCode: string, targetCountry: string | null, targetName: string, cameo: string, plover: string | null, goldstein: number,
  location: string | null, negated: Flag, mode: string | null, confidence: number, evidence: string, evidenceStart: number, evidenceEnd: number,
  published: string | null, url: string | null, story: string,
];

export function toStoredEvent(row: StoredEventRow): StoredEvent {
  const [docId, id, date, sourceCode, sourceCountry, sourceName, targetCode, targetCountry, targetName, cameo, plover, goldstein, location, negated, mode,
    confidence, evidence, evidenceStart, evidenceEnd, published, url, story] = row;
  return {
    id,
    docId,
    story,
    published,
    url,
    date,
    source: { code: sourceCode, country: sourceCountry, name: sourceName },
    target: { code: targetCode, country: targetCountry, name: targetName },
    cameo,
    ...(plover ? { plover } : {}),
    goldstein,
    location,
    negated: negated === 1,
    ...(mode ? { mode: mode as StoredEvent["mode"] } : {}),
    confidence,
    evidence: { start: evidenceStart, end: evidenceEnd, text: evidence },
  };
}

export type StoredQuoteRow = Omit<StoredQuote, "direct"> & { direct: number };

export const toStoredQuote = (row: StoredQuoteRow): StoredQuote => ({ ...row, direct: row.direct === 1 });

export type ClaimRow = Omit<Claim, "actors"> & { actors: string };

const actorList = (actors: string) => (actors ? actors.split(",") : []);

export const toClaim = (row: ClaimRow): Claim => ({ ...row, actors: actorList(row.actors) });

export type StoredQuantityRow = Omit<StoredQuantity, "actors"> & { actors: string };

export const toStoredQuantity = (row: StoredQuantityRow): StoredQuantity => ({ ...row, actors: actorList(row.actors) });

/** An actor aggregated over the corpus, its documents joined with LIST_SEPARATOR. */
export type ActorSummaryRow = Omit<ActorSummary, "documents"> & { documents: string };

export const toActorSummary = (row: ActorSummaryRow): ActorSummary => ({ ...row, documents: row.documents.split(LIST_SEPARATOR).sort() });

/** A story's root and its copies joined with LIST_SEPARATOR. */
export interface DuplicateGroupRow {
  root: string;
  copies: string;
}

export const toDuplicateGroup = (row: DuplicateGroupRow): DuplicateGroup => ({ root: row.root, copies: row.copies.split(LIST_SEPARATOR).sort() });

export type BandNeighbourRow = Pick<DocumentRow, "id" | "duplicate_of"> & { minhash: string };

export const toBandNeighbour = (row: BandNeighbourRow): BandNeighbour => ({ id: row.id, duplicateOf: row.duplicate_of, signature: JSON.parse(row.minhash) as number[] });

/**
 * The id placement rule, on what the store found: the same content is unchanged; the same id from
 * the same path is an update; the same id from elsewhere gets `~HASH8`.
 */
export function placeInput(
  input: { id: string; contentHash: string; path: string | null },
  found: { sameContent: { id: string } | null; sameId: { path: string | null } | null },
): Placement {
  if (found.sameContent) return { kind: "unchanged", id: found.sameContent.id };
  if (!found.sameId) return { kind: "new", id: input.id };
  if (input.path !== null && found.sameId.path === input.path) return { kind: "update", id: input.id };
  return { kind: "new", id: `${input.id.replace(/~[0-9a-f]{8}$/, "")}~${input.contentHash.slice(0, 8)}` };
}
