// The shapes the JSON API sends, imported as types only from the server's own modules (nothing of
// them is bundled), so the UI cannot drift from what the server writes. Only the envelopes that
// the server builds inline are written out here.
export type { Actor, DyadEvent, EventActor, Quantity, Quote, Span, Timex } from "../../src/doc/model.js";
export type { DocRecord } from "../../src/doc/record.js";
export type { ActorSummary, DocumentPage, DocumentSummary, SearchHit, StoredEvent, StoredQuote } from "../../src/store/repo.js";
export type { Claim, ClaimGroup } from "../../src/corpus/claims.js";
export type { Timeline, TimelineEntry } from "../../src/corpus/timeline.js";
export type { TrendRow } from "../../src/corpus/trend.js";
import type { TrendRow } from "../../src/corpus/trend.js";

/** GET /api/trend: the rows of `buildTrend` with the pair and the period they were asked for. */
export interface Trend {
  actors: string[];
  by: "year" | "month";
  rows: TrendRow[];
}

export interface UploadResult {
  id: string;
  outcome: string;
  warnings: string[];
}
