// The document store's contract: what ingest, the corpus commands and the HTTP API may ask of a
// store, and the shapes they get back. Two backends keep it (sqlite.ts, postgres.ts; open.ts picks
// one); this module holds no SQL and opens nothing. Callers see records, never rows.
import type { Claim } from "../corpus/claims.js";
import type { DyadEvent } from "../doc/model.js";
import type { DocRecord } from "../doc/record.js";

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

/** One full-text match: a document's body or one of its quotes. See DocumentStore.search for the ranking contract. */
export interface SearchHit {
  kind: "body" | "quote";
  docId: string;
  title: string | null;
  published: string | null;
  /** Relevance, higher is better; comparable within one answer only (its scale is the backend's). */
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

/** A document's MinHash signature and its band keys, by which it is found as a near-duplicate. */
export interface Fingerprint {
  signature: number[];
  bands: string[];
}

/** A stored document as a whole, everything a copy to another store must carry. */
export interface StoredDocument {
  /** The record, `duplicateOf` included. */
  record: DocRecord;
  fingerprint: Fingerprint | null;
  /** ISO 8601 instants of the first store and of the last change. */
  ingestedAt: string;
  updatedAt: string;
}

/** A near-duplicate candidate: a stored document sharing a band key, with its signature. */
export interface BandNeighbour {
  id: string;
  duplicateOf: string | null;
  signature: number[];
}

/**
 * Band neighbours read per band key, at most: the first by id. A story republished many times fills
 * its keys with copies, and any one copy leads to the story; reading them all made every lookup
 * slower as the corpus grew (2,000 articles, 84% copies: 244 neighbours and 5.9 ms a lookup; with
 * this cap 67 and 0.46 ms, every document grouped as before).
 */
export const NEIGHBOURS_PER_BAND = 16;

/** A document to store as a copy of the story `storyOf` picks among its band neighbours (null: an original). */
export interface GroupedDocument {
  record: DocRecord;
  fingerprint: Fingerprint;
  /** Must be quick and pure: it runs inside the store's transaction. */
  storyOf: (neighbours: BandNeighbour[]) => string | null;
}

/** What saveGrouped did: the outcome, and the story the document was stored as a copy of (null for an original, or when unchanged). */
export interface GroupedSave {
  outcome: SaveOutcome;
  duplicateOf: string | null;
}

export interface DuplicateGroup {
  /** The first stored document of the story. */
  root: string;
  /** Its copies, by id. */
  copies: string[];
}

/**
 * A store of documents. Every method may wait on a database server, so all return promises.
 * Idempotency: a document is stored once per content hash; saving it again (under its id or
 * another) is "unchanged" and writes nothing, even with several writers at once. Every write
 * (one document, or one batch of an import) is one transaction: it is stored whole or not at all.
 */
export interface DocumentStore {
  /** Where the store is, for messages: a file path, or a PostgreSQL URL without its password. */
  readonly location: string;

  /**
   * Decides the id of an input before any work is done: the same content is unchanged; the
   * same id from the same path is an update; the same id from elsewhere gets `~HASH8`.
   */
  place(id: string, contentHash: string, path: string | null): Promise<Placement>;
  /** Stores one record; with a fingerprint, the document can be found as a near-duplicate later. */
  save(record: DocRecord, fingerprint?: Fingerprint): Promise<SaveOutcome>;
  /**
   * Stores records, in order and in one transaction, each as a copy of the story its `storyOf` picks
   * among its band neighbours (stored documents sharing a band key, earlier ones of the batch
   * included). Finding them and writing are one step no other writer comes between, even on another
   * machine (SQLite: one IMMEDIATE transaction; PostgreSQL: advisory locks on the band keys), so two
   * copies of one story stored at once never both become originals. A record whose content is
   * stored already is "unchanged" and the rest of the batch is stored.
   */
  saveGrouped(documents: readonly GroupedDocument[]): Promise<GroupedSave[]>;

  get(id: string): Promise<DocRecord | null>;
  /** The summary of one stored document, or null. */
  summary(id: string): Promise<DocumentSummary | null>;
  /** A filtered page of stored documents, oldest first (undated last, then by id), with the number of all that match. */
  documents(query?: DocumentQuery): Promise<DocumentPage>;
  count(): Promise<number>;

  /** Stored documents sharing a band key with these (NEIGHBOURS_PER_BAND per key at most), by id: candidates for near-duplicates. */
  bandNeighbours(bands: readonly string[]): Promise<BandNeighbour[]>;
  /** Groups of near-duplicate documents, by root; copies sorted by id. */
  duplicateGroups(): Promise<DuplicateGroup[]>;

  /** Every actor of the corpus with its mention count and the documents naming it (sorted), most mentioned first. */
  actors(): Promise<ActorSummary[]>;
  /** Stored quotes, by speaker (unnamed last), then date; `speaker` matches any part of the name, any case. */
  quotes(speaker?: string): Promise<StoredQuote[]>;
  /** Every stored figure as a claim of its document, in date order (undated first). */
  claims(): Promise<Claim[]>;
  /** Stored figures with their document and sentence, in date order (undated last). */
  quantities(filter?: QuantityFilter): Promise<StoredQuantity[]>;
  /** Stored events matching the filter, in date order (undated last). Dates compare as text prefixes (day, month or year precision). */
  events(filter?: EventFilter): Promise<StoredEvent[]>;

  /**
   * Full-text search over bodies and quotes. The contract both backends keep:
   * - the query language is parseSearchQuery's: every word must occur (in the text, a body's
   *   title or a quote's speaker), "double quotes" keep a phrase, a trailing * matches a prefix,
   *   anything else is a plain word, so no input is an error; a query without a word finds nothing;
   * - words match by stem ("visits" finds "visited"), without diacritics ("Erdogan" finds
   *   "Erdoğan") and in any case; no word is too common to find;
   * - hits come best first, at most `limit`: a word of the title counts double, more matches rank
   *   higher; `score` says so and is only comparable within one answer (SQLite: bm25, PostgreSQL:
   *   ts_rank); hits of equal score come in no set order;
   * - the snippet is plain text from the matched text, about two lines, "…" where it was cut,
   *   with the matched words' offsets in `highlights`;
   * - [] when nothing matches.
   */
  search(query: string, limit?: number): Promise<SearchHit[]>;

  /** Every stored document whole, by id, in batches of at most `batchSize`: what a copy reads. */
  exportDocuments(batchSize: number): AsyncIterable<StoredDocument[]>;
  /**
   * Writes whole documents, keeping their ids, hashes, near-duplicate marks and times, in one
   * transaction; the search index follows. A document already stored with the same content is
   * left alone, one stored with other content is replaced.
   */
  importDocuments(documents: readonly StoredDocument[]): Promise<SaveOutcome[]>;

  close(): Promise<void>;
}
