// The OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json: every route with its
// parameters and the shapes it answers with. Written by hand as a typed object; it runs nothing.
// test/api.test.ts checks that it lists every route the app has.
import { ACTOR_TYPES } from "./routes/actors.js";
import { MAX_PAGE } from "./routes/documents.js";
import { TREND_PERIODS } from "./routes/relationship.js";
import { MAX_SEARCH_RESULTS } from "./routes/search.js";

type JsonType = "object" | "array" | "string" | "number" | "integer" | "boolean" | "null";

export interface SchemaObject {
  $ref?: string;
  type?: JsonType | JsonType[];
  description?: string;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  additionalProperties?: boolean | SchemaObject;
  items?: SchemaObject;
  enum?: readonly (string | number)[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  default?: unknown;
}

export interface ParameterObject {
  name: string;
  in: "query" | "path";
  required?: boolean;
  description: string;
  schema: SchemaObject;
}

interface MediaTypeObject {
  schema: SchemaObject;
}

export interface ResponseObject {
  description: string;
  headers?: Record<string, { description: string; schema: SchemaObject }>;
  content?: Record<string, MediaTypeObject>;
}

export interface OperationObject {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: (ParameterObject | { $ref: string })[];
  requestBody?: { required: boolean; description: string; content: Record<string, MediaTypeObject> };
  responses: Record<string, ResponseObject | { $ref: string }>;
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  paths: Record<string, { get?: OperationObject; post?: OperationObject }>;
  components: {
    schemas: Record<string, SchemaObject>;
    parameters: Record<string, ParameterObject>;
    responses: Record<string, ResponseObject>;
  };
}

const ref = (name: string): SchemaObject => ({ $ref: `#/components/schemas/${name}` });
const str = (description?: string): SchemaObject => ({ type: "string", ...(description ? { description } : {}) });
const num = (description?: string): SchemaObject => ({ type: "number", ...(description ? { description } : {}) });
const int = (description?: string): SchemaObject => ({ type: "integer", ...(description ? { description } : {}) });
const bool = (description?: string): SchemaObject => ({ type: "boolean", ...(description ? { description } : {}) });
const arrayOf = (items: SchemaObject, description?: string): SchemaObject => ({ type: "array", items, ...(description ? { description } : {}) });
const orNull = (schema: SchemaObject): SchemaObject => ({ ...schema, type: [schema.type as JsonType, "null"] });
/** An object whose every listed property is required; FORMAT.md allows extra fields everywhere. */
const obj = (properties: Record<string, SchemaObject>, optional: string[] = [], description?: string): SchemaObject => ({
  type: "object",
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties).filter((key) => !optional.includes(key)),
  additionalProperties: true,
});
const json = (schema: SchemaObject, description: string): ResponseObject => ({ description, content: { "application/json": { schema } } });
const param = (name: string): { $ref: string } => ({ $ref: `#/components/parameters/${name}` });
const errors = (...statuses: (400 | 404 | 413 | 415)[]) =>
  Object.fromEntries([...statuses.map((s) => [String(s), { $ref: `#/components/responses/${s}` }]), ["403", { $ref: "#/components/responses/403" }], ["500", { $ref: "#/components/responses/500" }], ["503", { $ref: "#/components/responses/503" }]]);

/** A `{ start, end, text }` span of `body`: UTF-16 offsets, end exclusive. */
const span = obj({ start: int(), end: int(), text: str() });
const DATE_PATTERN = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";
const ACTORS_PATTERN = "^[A-Za-z0-9]{2,5}(,[A-Za-z0-9]{2,5})*$";

const schemas: Record<string, SchemaObject> = {
  Error: obj({ error: obj({ status: int("the HTTP status, again"), message: str("what happened and how to fix it") }) }),
  DocumentSummary: obj({
    id: str(),
    title: orNull(str()),
    outlet: orNull(str()),
    published: orNull(str("ISO 8601 date of publication")),
    publishedFrom: orNull(str("where the date was found: text, html-meta, json-ld, url, feed, sidecar, filename, inferred")),
    language: orNull(str("ISO 639-1")),
    path: orNull(str("the file it was ingested from (for an upload, the name given)")),
    url: orNull(str()),
  }),
  DocumentPage: obj({
    total: int("documents matching the filters, over all pages"),
    limit: int(),
    offset: int(),
    items: arrayOf(ref("DocumentSummary")),
  }),
  Timex: obj({ text: str(), start: int(), end: int(), type: { type: "string", enum: ["date", "time", "duration", "set"] }, value: str("TIMEX3 value") }),
  Actor: obj(
    {
      id: str(),
      name: str(),
      type: { type: "string", enum: ACTOR_TYPES },
      country: orNull(str("ISO 3166-1 alpha-3 or an IGO code")),
      role: str(),
      mentions: arrayOf(span),
    },
    ["role"],
  ),
  Quote: obj({
    text: str(),
    start: int(),
    end: int(),
    direct: bool(),
    speaker: orNull(obj({ name: orNull(str()), actor: orNull(str()), description: orNull(str()) })),
  }),
  Quantity: obj({
    text: str(),
    start: int(),
    end: int(),
    value: num(),
    valueMax: orNull(num()),
    unit: str(),
    period: orNull(str()),
    kind: { type: "string", enum: ["actual", "target", "forecast", "change", "share", "ratio"] },
    about: orNull(str()),
    actors: arrayOf(str()),
  }),
  EventActor: obj({ code: str("CAMEO-style actor code, e.g. RUSGOV"), country: orNull(str()), name: str() }),
  Event: obj(
    {
      id: str(),
      date: orNull(str("TIMEX3 date value")),
      source: ref("EventActor"),
      target: ref("EventActor"),
      cameo: str("CAMEO event code, 2–4 digits"),
      plover: str(),
      goldstein: num(),
      location: orNull(str()),
      negated: bool(),
      mode: { type: "string", enum: ["asserted", "planned", "hypothetical", "reported"] },
      evidence: span,
      confidence: num(),
    },
    ["plover", "mode"],
  ),
  DocumentRecord: obj(
    {
      id: str(),
      source: obj({ path: orNull(str()), url: orNull(str()) }),
      meta: obj({
        title: orNull(str()),
        outlet: orNull(str()),
        authors: arrayOf(str()),
        published: orNull(str()),
        publishedFrom: orNull(str()),
        language: orNull(str()),
      }),
      body: str("article text without boilerplate; paragraphs joined by two newlines"),
      timexes: arrayOf(ref("Timex")),
      actors: arrayOf(ref("Actor")),
      quotes: arrayOf(ref("Quote")),
      quantities: arrayOf(ref("Quantity")),
      events: arrayOf(ref("Event")),
      contentHash: str("sha256 of the input"),
    },
    [],
    "The FORMAT.md v1 record as stored.",
  ),
  ActorSummary: obj({
    id: str(),
    name: str(),
    type: { type: "string", enum: ACTOR_TYPES },
    country: orNull(str()),
    mentions: int("mentions over the corpus"),
    documents: arrayOf(str(), "ids of the documents that name it"),
  }),
  StoredEvent: {
    ...obj({ docId: str(), published: orNull(str()), url: orNull(str()) }),
    description: "An Event with its document; every Event field is present too.",
  },
  StoredQuote: obj({
    docId: str(),
    published: orNull(str()),
    title: orNull(str()),
    text: str(),
    direct: bool(),
    speaker: orNull(str()),
    speakerActor: orNull(str()),
    description: orNull(str()),
    start: int(),
    end: int(),
  }),
  StoredQuantity: obj({
    docId: str(),
    title: orNull(str()),
    published: orNull(str()),
    position: int("index in the record's quantities"),
    text: str(),
    value: num(),
    valueMax: orNull(num()),
    unit: str(),
    period: orNull(str()),
    kind: str(),
    about: orNull(str()),
    actors: arrayOf(str()),
    evidence: str("the sentence that states the figure"),
  }),
  Claim: obj({
    docId: str(),
    published: orNull(str()),
    value: num(),
    valueMax: orNull(num()),
    unit: str(),
    period: orNull(str()),
    kind: str(),
    about: orNull(str()),
    actors: arrayOf(str()),
    text: str(),
    evidence: str(),
  }),
  ClaimGroup: obj({ about: str(), actors: arrayOf(str()), period: str(), kind: str(), unit: str(), claims: arrayOf(ref("Claim"), "one per document, in date order") }),
  ClaimReport: obj({
    conflicts: arrayOf(ref("ClaimGroup"), "figures that documents state differently"),
    corroborated: arrayOf(ref("ClaimGroup"), "figures that documents agree on"),
  }),
  Timeline: obj(
    {
      actors: arrayOf(str()),
      entries: arrayOf(
        obj({
          date: str(),
          title: str(),
          cameo: str(),
          goldstein: num(),
          events: arrayOf(str()),
          documents: arrayOf(str()),
          significance: num("0–1"),
          why: str("why its records were merged"),
          evidence: arrayOf(obj({ document: str(), event: str(), start: int(), end: int(), text: str() })),
        }),
      ),
    },
    [],
    "FORMAT.md's timeline JSON, as `dyad timeline --format json` prints it.",
  ),
  Trend: obj({
    actors: arrayOf(str()),
    by: { type: "string", enum: TREND_PERIODS },
    rows: arrayOf(obj({ period: str(), events: int(), goldsteinSum: num(), goldsteinMean: num(), cooperation: int(), conflict: int() })),
  }),
  Summary: obj({
    actors: arrayOf(str()),
    documents: int("documents that name every one of the actors"),
    from: orNull(str()),
    to: orNull(str()),
    sections: arrayOf(obj({ heading: str(), lines: arrayOf(obj({ text: str(), document: str(), date: orNull(str()), note: str() }, ["note"])) })),
  }),
  SearchHit: obj(
    {
      kind: { type: "string", enum: ["body", "quote"] },
      docId: str(),
      title: orNull(str()),
      published: orNull(str()),
      score: num("relevance, higher is better; comparable within one answer only (bm25 on SQLite, ts_rank on PostgreSQL)"),
      snippet: str("plain text around the matches, never HTML; … where cut"),
      highlights: arrayOf(obj({ start: int(), end: int() }), "the matched words: UTF-16 offsets into snippet, end exclusive"),
      quote: obj({ position: int(), speaker: orNull(str()), direct: bool(), start: int("offset in the body"), end: int() }),
    },
    ["quote"],
  ),
  SearchResults: obj({ query: str(), items: arrayOf(ref("SearchHit")) }),
  UploadResult: obj({
    id: str("the id the document is stored under"),
    outcome: { type: "string", enum: ["added", "updated", "unchanged"] },
    warnings: arrayOf(str(), "as `dyad ingest` prints them (no date found, fallback encoding)"),
    record: ref("DocumentSummary"),
  }),
};

const parameters: Record<string, ParameterObject> = {
  actorsPair: { name: "actors", in: "query", required: true, description: "two or more actor codes, comma-separated (CHN,RUS)", schema: { type: "string", pattern: ACTORS_PATTERN } },
  from: { name: "from", in: "query", description: "from this date (YYYY, YYYY-MM or YYYY-MM-DD)", schema: { type: "string", pattern: DATE_PATTERN } },
  to: { name: "to", in: "query", description: "up to this date; 2016 includes every day of 2016", schema: { type: "string", pattern: DATE_PATTERN } },
};

const errorResponse = (description: string): ResponseObject => json(ref("Error"), description);

export const OPENAPI: OpenApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "dyad HTTP API",
    version: "1",
    description:
      "Read a dyad corpus (documents, actors, events, quotes, figures, timelines) and add articles to it. JSON only; every error is `{ error: { status, message } }`. Unknown query parameters are refused with 400. Served by `dyad serve`, on loopback by default.",
    license: { name: "MIT", identifier: "MIT" },
  },
  paths: {
    "/api/openapi.json": {
      get: { operationId: "openapi", summary: "this description", tags: ["meta"], responses: { "200": json({ type: "object" }, "the OpenAPI 3.1 document") } },
    },
    "/api/documents": {
      get: {
        operationId: "listDocuments",
        summary: "stored documents, a page at a time, oldest first (undated last)",
        tags: ["documents"],
        parameters: [
          { name: "limit", in: "query", description: "at most this many", schema: { type: "integer", minimum: 1, maximum: MAX_PAGE, default: 100 } },
          { name: "offset", in: "query", description: "skip this many", schema: { type: "integer", minimum: 0, default: 0 } },
          { name: "q", in: "query", description: "part of the title, outlet or id, any case (for the text, see /api/search)", schema: { type: "string", maxLength: 200 } },
          param("from"),
          param("to"),
          { name: "outlet", in: "query", description: "the outlet's name, any case", schema: { type: "string", maxLength: 200 } },
        ],
        responses: { "200": json(ref("DocumentPage"), "a page of document summaries"), ...errors(400) },
      },
      post: {
        operationId: "uploadDocument",
        summary: "ingest an article: the pipeline and id placement of `dyad ingest`",
        description:
          "Send the article as the body (text/plain or text/html) or as the `file` field of multipart/form-data. The same content again is `unchanged`; the same name with other content updates that upload's document. Requests from pages of other origins are refused.",
        tags: ["documents"],
        parameters: [
          { name: "name", in: "query", description: "a file name (article.txt): the id is its base name; without it, upload~HASH8", schema: { type: "string", maxLength: 200 } },
        ],
        requestBody: {
          required: true,
          description: "the article, at most 10 MB",
          content: {
            "text/plain": { schema: { type: "string" } },
            "text/html": { schema: { type: "string" } },
            "multipart/form-data": { schema: obj({ file: { type: "string", format: "binary", description: "a .txt, .md, .html or .htm file" } }) },
          },
        },
        responses: {
          "201": {
            description: "stored (or already stored: outcome unchanged)",
            headers: { Location: { description: "the document's URL", schema: str() } },
            content: { "application/json": { schema: ref("UploadResult") } },
          },
          ...errors(400, 413, 415),
        },
      },
    },
    "/api/documents/{id}": {
      get: {
        operationId: "getDocument",
        summary: "one stored document: the whole FORMAT.md record",
        tags: ["documents"],
        parameters: [{ name: "id", in: "path", required: true, description: "the document id (percent-encoded: ~ and # occur)", schema: str() }],
        responses: { "200": json(ref("DocumentRecord"), "the record"), ...errors(400, 404) },
      },
    },
    "/api/actors": {
      get: {
        operationId: "listActors",
        summary: "the actors of the corpus, most mentioned first, with their documents",
        tags: ["corpus"],
        parameters: [{ name: "type", in: "query", description: "only this type", schema: { type: "string", enum: ACTOR_TYPES } }],
        responses: { "200": json(obj({ items: arrayOf(ref("ActorSummary")) }), "the actors"), ...errors(400) },
      },
    },
    "/api/events": {
      get: {
        operationId: "listEvents",
        summary: "stored events in date order, with the filters of `dyad events`; negated events are left out",
        tags: ["corpus"],
        parameters: [
          { name: "actors", in: "query", description: "events between these countries (both ends among them); one code: events involving it", schema: { type: "string", pattern: ACTORS_PATTERN } },
          param("from"),
          param("to"),
          { name: "cameo", in: "query", description: "CAMEO code or prefix (04, 042)", schema: { type: "string", pattern: "^\\d{2,4}$" } },
        ],
        responses: { "200": json(obj({ items: arrayOf(ref("StoredEvent")) }), "the events"), ...errors(400) },
      },
    },
    "/api/quotes": {
      get: {
        operationId: "listQuotes",
        summary: "the quotes of the corpus by speaker, with document and date",
        tags: ["corpus"],
        parameters: [
          { name: "speaker", in: "query", description: "only speakers whose name contains this, any case", schema: { type: "string", maxLength: 200 } },
          { name: "direct", in: "query", description: "true: only direct quotes; false: only reported speech", schema: { type: "boolean" } },
        ],
        responses: { "200": json(obj({ items: arrayOf(ref("StoredQuote")) }), "the quotes"), ...errors(400) },
      },
    },
    "/api/quantities": {
      get: {
        operationId: "listQuantities",
        summary: "the stored figures with their documents and sentences, in date order",
        tags: ["corpus"],
        parameters: [
          { name: "about", in: "query", description: "part of what the figure measures (trade), any case", schema: { type: "string", maxLength: 200 } },
          { name: "actor", in: "query", description: "one actor code the figure concerns", schema: { type: "string", pattern: "^[A-Za-z0-9]{2,5}$" } },
        ],
        responses: { "200": json(obj({ items: arrayOf(ref("StoredQuantity")) }), "the figures"), ...errors(400) },
      },
    },
    "/api/conflicts": {
      get: {
        operationId: "compareClaims",
        summary: "figures that documents state differently for the same measure, actors and period, and those they agree on",
        tags: ["corpus"],
        responses: { "200": json(ref("ClaimReport"), "conflicts and corroborations"), ...errors(400) },
      },
    },
    "/api/timeline": {
      get: {
        operationId: "timeline",
        summary: "the merged, de-duplicated timeline of a relationship, every entry citing its sources",
        tags: ["relationship"],
        parameters: [
          param("actorsPair"),
          param("from"),
          param("to"),
          { name: "minSignificance", in: "query", description: "leave out entries below this significance", schema: { type: "number", minimum: 0, maximum: 1, default: 0.25 } },
        ],
        responses: { "200": json(ref("Timeline"), "the timeline"), ...errors(400) },
      },
    },
    "/api/trend": {
      get: {
        operationId: "trend",
        summary: "events per year or month: count, Goldstein sum and mean, cooperation and conflict",
        tags: ["relationship"],
        parameters: [param("actorsPair"), { name: "by", in: "query", description: "the period", schema: { type: "string", enum: TREND_PERIODS, default: "year" } }],
        responses: { "200": json(ref("Trend"), "the trend"), ...errors(400) },
      },
    },
    "/api/summary": {
      get: {
        operationId: "summary",
        summary: "an extractive summary of a relationship: key events, quoted views, figures and conflicts, every line cited",
        tags: ["relationship"],
        parameters: [param("actorsPair")],
        responses: { "200": json(ref("Summary"), "the summary"), ...errors(400) },
      },
    },
    "/api/search": {
      get: {
        operationId: "search",
        summary: "full-text search over bodies and quotes, best first",
        description:
          'Every word must occur (stemmed: visits finds visited; diacritics ignored); "double quotes" keep a phrase; a trailing * matches a prefix. Snippets are plain text with highlight offsets.',
        tags: ["search"],
        parameters: [
          { name: "q", in: "query", required: true, description: "the words to look for", schema: { type: "string", maxLength: 500 } },
          { name: "limit", in: "query", description: "at most this many hits", schema: { type: "integer", minimum: 1, maximum: MAX_SEARCH_RESULTS, default: 20 } },
        ],
        responses: { "200": json(ref("SearchResults"), "the hits"), ...errors(400) },
      },
    },
  },
  components: {
    schemas,
    parameters,
    responses: {
      "400": errorResponse("a bad parameter or body; the message names it"),
      "403": errorResponse("refused: a request from another origin, or to a host name other than an IP address or localhost"),
      "404": errorResponse("no such document or route"),
      "413": errorResponse("the article is larger than 10 MB"),
      "415": errorResponse("not text/plain, text/html or multipart/form-data"),
      "500": errorResponse("a bug in dyad; the message asks for a report"),
      "503": errorResponse("the store's PostgreSQL server cannot be reached; try again"),
    },
  },
};
