// The views of one relationship that the CLI and the API both show: its timeline above a
// significance threshold and its cited summary. Reads through a small store interface; prints nothing.
import type { ActorSummary, EventFilter, StoredEvent, StoredQuote } from "../store/repo.js";
import { compareClaims, type Claim } from "./claims.js";
import { buildSummary, type Summary } from "./summary.js";
import { buildTimeline, type Timeline } from "./timeline.js";

/** Entries below this significance are left out unless asked for (calibrated on the seeds' timeline). */
export const DEFAULT_MIN_SIGNIFICANCE = 0.25;

/** What these views read from a store; DocumentStore provides it. */
export interface CorpusReader {
  events(filter?: EventFilter): Promise<StoredEvent[]>;
  actors(): Promise<ActorSummary[]>;
  quotes(): Promise<StoredQuote[]>;
  claims(): Promise<Claim[]>;
}

export interface TimelineOptions {
  from?: string;
  to?: string;
  /** 0–1; DEFAULT_MIN_SIGNIFICANCE when not given. */
  minSignificance?: number;
}

/** The merged timeline of the actors (FORMAT.md's timeline JSON), without its least significant entries. */
export async function selectTimeline(corpus: Pick<CorpusReader, "events">, actors: string[], options: TimelineOptions = {}): Promise<Timeline> {
  const timeline = buildTimeline(await corpus.events({ actors, from: options.from, to: options.to }), actors);
  const min = options.minSignificance ?? DEFAULT_MIN_SIGNIFICANCE;
  return { ...timeline, entries: timeline.entries.filter((e) => e.significance >= min) };
}

/** The summary of a relationship over the documents that name every one of the actors. */
export async function summarizeRelationship(corpus: CorpusReader, actors: string[]): Promise<Summary> {
  const [allActors, allClaims, events, quotes] = await Promise.all([corpus.actors(), corpus.claims(), corpus.events({ actors }), corpus.quotes()]);
  const actorDocs = allActors.filter((a) => actors.includes(a.id));
  const both = actors.every((code) => actorDocs.some((a) => a.id === code))
    ? actorDocs.map((a) => new Set(a.documents)).reduce((x, y) => new Set([...x].filter((d) => y.has(d))))
    : new Set<string>();
  const claims = allClaims.filter((c) => actors.every((code) => c.actors.includes(code)));
  return buildSummary({
    actors,
    timeline: buildTimeline(events, actors),
    quotes: quotes.filter((q) => both.has(q.docId)),
    claims,
    conflicts: compareClaims(claims).conflicts,
    documents: both.size,
  });
}
