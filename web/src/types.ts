// The shapes the JSON API sends (shared/FORMAT.md records and the corpus views over them).
// Types only: nothing here checks that the server kept its word.

export interface Span {
  start: number;
  end: number;
}

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

export interface Timex extends Span {
  text: string;
  type: string;
  value: string | null;
}

export interface Actor {
  id: string;
  name: string;
  type: string;
  country: string | null;
  role?: string | null;
  mentions: (Span & { text: string })[];
}

export interface Quote extends Span {
  text: string;
  direct: boolean;
  speaker: { name: string | null; actor: string | null; description: string | null } | null;
}

export interface Quantity extends Span {
  text: string;
  value: number;
  valueMax: number | null;
  unit: string;
  period: string | null;
  kind: string;
  about: string | null;
  actors: string[];
}

export interface EventActor {
  code: string;
  country: string | null;
  name: string;
}

export interface DyadEvent {
  id: string;
  date: string | null;
  source: EventActor;
  target: EventActor;
  cameo: string;
  plover?: string;
  goldstein: number;
  location: string | null;
  negated: boolean;
  mode?: string;
  evidence: Span & { text: string };
  evidenceMore?: (Span & { text: string })[];
  confidence: number;
}

export interface StoredEvent extends DyadEvent {
  docId: string;
  published: string | null;
  url: string | null;
}

export interface DocRecord {
  id: string;
  source: { path: string | null; url: string | null };
  meta: {
    title: string | null;
    outlet: string | null;
    authors: string[];
    published: string | null;
    publishedFrom: string | null;
    publishedConfidence?: number;
    language: string | null;
    url?: string | null;
    [field: string]: unknown;
  };
  body: string;
  timexes: Timex[];
  actors: Actor[];
  quotes: Quote[];
  quantities: Quantity[];
  events: DyadEvent[];
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
