// The typed document carried through every pipeline stage: the FORMAT.md v1 record
// plus internal layers (input, text, paragraphs, clues, sentences) left out of the record.
// It holds data only; behaviour lives in the stages.

/** UTF-16 code-unit offsets into `body`, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type PublishedFrom =
  | "text" | "html-meta" | "json-ld" | "url" | "feed" | "sidecar" | "filename" | "inferred";

export interface Meta {
  title: string | null;
  outlet: string | null;
  authors: string[];
  published: string | null;
  publishedFrom: PublishedFrom | null;
  /** 0–1; set for inferred dates. */
  publishedConfidence?: number;
  /** The crawl or page date when one was seen and told apart from publication. */
  crawled?: string | null;
  language: string | null;
  url?: string | null;
}

/** What the caller knows about a file (NAME.meta.json); overrides extraction. */
export interface Sidecar {
  id?: string;
  url?: string;
  title?: string;
  outlet?: string;
  authors?: string[];
  published?: string;
  language?: string;
}

export type InputFormat = "html" | "text";

/** What a container (a WARC record, a feed item) says about the article it carries. */
export interface InputHints {
  url?: string;
  title?: string;
  authors?: string[];
  /** A feed item's own publication date. */
  published?: string;
  /** The crawl date of a WARC record: an upper bound of the publication date, never the date itself. */
  crawled?: string;
}

/** One article as read from disk or stdin, before decoding. */
export interface RawInput {
  id: string;
  source: { path: string | null; url: string | null };
  format: InputFormat;
  bytes: Uint8Array;
  sidecar: Sidecar | null;
  /** sha256 hex of `bytes` (and the sidecar), the key of idempotent re-ingestion. */
  contentHash: string;
  hints?: InputHints;
}

export type ClueField = "title" | "outlet" | "author" | "date" | "url" | "language" | "section";
export type ClueOrigin = "text" | "html-meta" | "json-ld" | "html-time" | "url" | "byline";

/**
 * A hint about metadata seen on the page (a header line, a <meta> tag, a byline)
 * while cleaning; the meta stage weighs the clues and decides.
 */
export interface MetaClue {
  field: ClueField;
  value: string;
  from: ClueOrigin;
  /** Which tag, property or line kind it came from, e.g. "og:title", "header-line". */
  key: string;
  /** Line or element order on the page; smaller is nearer the top. */
  position: number;
}

export type TimexType = "date" | "time" | "duration" | "set";

export interface Timex extends TextSpan {
  type: TimexType;
  value: string;
  via?: string;
}

export type ActorType = "state" | "person" | "igo" | "organization" | "location";

export interface Actor {
  id: string;
  name: string;
  type: ActorType;
  country: string | null;
  role?: string;
  code?: string;
  description?: string;
  mentions: TextSpan[];
}

export interface Quote extends Span {
  text: string;
  direct: boolean;
  speaker: { name: string | null; actor: string | null; description: string | null } | null;
  via?: string;
}

export type QuantityKind = "actual" | "target" | "forecast" | "change" | "share" | "ratio";

export interface Quantity extends TextSpan {
  value: number;
  valueMax: number | null;
  unit: string;
  period: string | null;
  kind: QuantityKind;
  about: string | null;
  actors: string[];
  qualifier?: string;
  converted?: { value: number; unit: string };
  /** The sentence the figure stands in. */
  evidence?: TextSpan;
  via?: string;
}

export interface EventActor {
  code: string;
  country: string | null;
  name: string;
  type?: string;
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
  mode?: "asserted" | "planned" | "hypothetical" | "reported";
  evidence: TextSpan;
  evidenceMore?: TextSpan[];
  confidence: number;
  via?: string;
}

/** A word as wink-nlp reads it: Universal Dependencies part of speech, lower-cased lemma, negation. */
export interface Word extends TextSpan {
  lemma: string;
  pos: string;
  negated: boolean;
}

/** A sentence span with its words (punctuation included, spaces not). */
export interface Sentence extends Span {
  words: Word[];
}

export interface Doc {
  id: string;
  input: RawInput;
  /** The whole decoded input (HTML source or plain text). */
  text: string;
  encoding: string;
  /** Article text without boilerplate; paragraphs joined by "\n\n". */
  body: string;
  paragraphs: Span[];
  clues: MetaClue[];
  meta: Meta;
  sentences: Sentence[];
  timexes: Timex[];
  actors: Actor[];
  quotes: Quote[];
  quantities: Quantity[];
  events: DyadEvent[];
}

/** Every layer a component may read or write. */
export type Layer = Exclude<keyof Doc, "id" | "input">;

/** A document carrying at least the layers R. */
export type DocWith<R extends Layer> = Pick<Doc, "id" | "input" | R>;
