// The shapes the JSON API sends. The document model is the server's own (src/doc, imported as
// types only: nothing of it is bundled); the corpus views below are still written out by hand.
export type { Actor, DyadEvent, EventActor, Quantity, Quote, Span, Timex } from "../../src/doc/model.js";
export type { DocRecord } from "../../src/doc/record.js";
import type { DyadEvent, Span } from "../../src/doc/model.js";

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

export interface DocumentPage {
  total: number;
  items: DocumentSummary[];
}

export interface StoredEvent extends DyadEvent {
  docId: string;
  published: string | null;
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

export interface Claim {
  docId: string;
  published: string | null;
  value: number;
  valueMax: number | null;
  unit: string;
  text: string;
  evidence: string;
}

export interface ClaimGroup {
  about: string;
  actors: string[];
  period: string;
  kind: string;
  unit: string;
  claims: Claim[];
}

export interface TimelineEntry {
  date: string;
  title: string;
  cameo: string;
  goldstein: number;
  events: string[];
  documents: string[];
  significance: number;
  why: string;
  evidence: { document: string; event: string; start: number; end: number; text: string }[];
}

export interface Timeline {
  actors: string[];
  entries: TimelineEntry[];
}

export interface TrendRow {
  period: string;
  events: number;
  goldsteinSum: number;
  goldsteinMean: number;
  cooperation: number;
  conflict: number;
}

export interface Trend {
  actors: string[];
  by: "year" | "month";
  rows: TrendRow[];
}

export interface SearchHit {
  docId: string;
  kind: "body" | "quote";
  title: string | null;
  snippet: string;
  highlights: Span[];
  rank: number;
}

export interface UploadResult {
  id: string;
  outcome: string;
  warnings: string[];
}
