// The merged timeline of a pair of actors: event records from every document that describe one
// happening become one entry citing all of them, with a title, a significance and the reason they
// were merged. Works on stored events; it reads no text and knows no store.
import type { StoredEvent } from "../store/repo.js";

/** Day-precise records of one happening may lie this many days apart (a three-day visit). */
export const SAME_HAPPENING_DAYS = 3;

export interface TimelineEvidence {
  document: string;
  event: string;
  start: number;
  end: number;
  text: string;
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
  evidence: TimelineEvidence[];
}

export interface Timeline {
  actors: string[];
  entries: TimelineEntry[];
}

interface Interval {
  lo: number;
  hi: number;
  precision: "day" | "week" | "month" | "year" | "other";
}

const DAY_MS = 86_400_000;
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;

/** A TIMEX3 date value as an interval of days. */
export function intervalOf(value: string | null): Interval | null {
  if (!value) return null;
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) {
    const d = utc(+m[1]!, +m[2]!, +m[3]!);
    return { lo: d, hi: d, precision: "day" };
  }
  if ((m = /^(\d{4})-W(\d{2})/.exec(value))) {
    const jan4 = utc(+m[1]!, 1, 4);
    const monday = jan4 - ((new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7) + (+m[2]! - 1) * 7;
    return { lo: monday, hi: monday + 6, precision: "week" };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return { lo: utc(+m[1]!, +m[2]!, 1), hi: utc(+m[1]!, +m[2]! + 1, 0), precision: "month" };
  if ((m = /^(\d{4})$/.exec(value))) return { lo: utc(+m[1]!, 1, 1), hi: utc(+m[1]!, 12, 31), precision: "year" };
  return null;
}

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Roots that describe the same kind of happening: meetings and visits are one family, agreements another. */
const FAMILIES: Record<string, string> = { "03": "cooperate", "04": "meet", "05": "cooperate", "06": "cooperate", "07": "cooperate" };
const family = (cameo: string) => FAMILIES[cameo.slice(0, 2)] ?? cameo.slice(0, 2);

/** Verb phrases for titles, by CAMEO root. */
const VERBS: Record<string, string> = {
  "01": "makes a statement on", "02": "appeals to", "03": "pledges cooperation with", "04": "meets", "05": "cooperates with",
  "06": "cooperates materially with", "07": "aids", "08": "yields to", "09": "investigates", "10": "demands of", "11": "criticises",
  "12": "rejects", "13": "threatens", "14": "protests against", "15": "shows force to", "16": "reduces relations with",
  "17": "coerces", "18": "assaults", "19": "fights", "20": "uses mass violence against",
};
const SPECIFIC_VERBS: Record<string, string> = { "042": "visits", "043": "hosts", "036": "offers to meet", "046": "negotiates with", "057": "signs an agreement with", "051": "praises", "163": "sanctions", "172": "coerces", "1721": "annexes land from" };

const verbOf = (cameo: string) => SPECIFIC_VERBS[cameo] ?? SPECIFIC_VERBS[cameo.slice(0, 3)] ?? VERBS[cameo.slice(0, 2)] ?? "acts toward";

interface Cluster {
  records: StoredEvent[];
  interval: Interval;
  family: string;
  reasons: Set<string>;
}

function compatible(cluster: Cluster, event: StoredEvent, interval: Interval): string | null {
  if (cluster.family !== family(event.cameo)) return null;
  if (cluster.interval.precision === "day" && interval.precision === "day") {
    const gap = Math.max(interval.lo - cluster.interval.hi, cluster.interval.lo - interval.hi, 0);
    return gap <= SAME_HAPPENING_DAYS ? `dates within ${SAME_HAPPENING_DAYS} days` : null;
  }
  const contains = (outer: Interval, inner: Interval) => outer.lo <= inner.lo && inner.hi <= outer.hi;
  if (contains(interval, cluster.interval) || contains(cluster.interval, interval)) return `${interval.precision}-precise date contains the ${cluster.interval.precision}-precise one`;
  return null;
}

/**
 * Merges the events between the actors into entries. Day-precise records cluster first; a coarser
 * record joins a cluster only when exactly one cluster fits it (so two visits in one month stay two).
 */
export function buildTimeline(events: readonly StoredEvent[], actors: readonly string[], leaders: ReadonlySet<string> = new Set()): Timeline {
  const pair = new Set(actors);
  const relevant = events
    .filter((e) => !e.negated && e.source.country && e.target.country && pair.has(e.source.country) && pair.has(e.target.country) && e.source.country !== e.target.country)
    .map((e) => ({ event: e, interval: intervalOf(e.date) }))
    .filter((x): x is { event: StoredEvent; interval: Interval } => x.interval !== null);
  const order = { day: 0, week: 1, month: 2, year: 3, other: 4 };
  relevant.sort((a, b) => order[a.interval.precision] - order[b.interval.precision] || a.interval.lo - b.interval.lo);

  const clusters: Cluster[] = [];
  for (const { event, interval } of relevant) {
    const fits = clusters.map((c) => ({ cluster: c, reason: compatible(c, event, interval) })).filter((f) => f.reason !== null);
    const sameDocument = fits.filter((f) => f.cluster.records.some((r) => r.docId === event.docId && r.cameo.slice(0, 2) === event.cameo.slice(0, 2)));
    const chosen = interval.precision === "day" ? fits[0] : fits.length === 1 ? fits[0] : sameDocument.length === 1 ? sameDocument[0] : undefined;
    if (chosen) {
      chosen.cluster.records.push(event);
      chosen.cluster.reasons.add(chosen.reason!);
      if (interval.precision === "day" && chosen.cluster.interval.precision === "day") {
        chosen.cluster.interval = { ...chosen.cluster.interval, lo: Math.min(chosen.cluster.interval.lo, interval.lo), hi: Math.max(chosen.cluster.interval.hi, interval.hi) };
      }
    } else {
      clusters.push({ records: [event], interval, family: family(event.cameo), reasons: new Set() });
    }
  }
  const entries = clusters.map((c) => toEntry(c, leaders));
  entries.sort((a, b) => a.date.localeCompare(b.date) || b.significance - a.significance);
  return { actors: [...actors], entries };
}

function mostCommon<T>(items: T[], key: (item: T) => string): T {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...items].sort((a, b) => (counts.get(key(b)) ?? 0) - (counts.get(key(a)) ?? 0))[0]!;
}

/** Many sources, strong Goldstein scores and state leaders make an entry matter more. */
function significanceOf(documents: number, goldstein: number, leader: boolean): number {
  const sources = Math.min(1, documents / 3);
  return Number((0.45 * sources + 0.3 * Math.min(1, Math.abs(goldstein) / 10) + 0.25 * (leader ? 1 : 0)).toFixed(3));
}

function toEntry(cluster: Cluster, leaders: ReadonlySet<string>): TimelineEntry {
  const records = cluster.records;
  const main = mostCommon(records, (r) => `${r.source.name}|${r.target.name}|${r.cameo.slice(0, 3)}`);
  const documents = [...new Set(records.map((r) => r.docId))].sort();
  // Copies of one wire story are cited, but count as one source.
  const stories = new Set(records.map((r) => r.story)).size;
  const goldstein = Number((records.reduce((n, r) => n + r.goldstein, 0) / records.length).toFixed(1));
  const others = new Set(records.filter((r) => r.cameo.slice(0, 3) !== main.cameo.slice(0, 3)).map((r) => `${verbOf(r.cameo)} ${r.target.name}`));
  const title = `${main.source.name} ${verbOf(main.cameo)} ${main.target.name}${others.size ? `; also ${[...others].slice(0, 2).join(", ")}` : ""}`;
  const leader = records.some((r) => leaders.has(r.source.name) || leaders.has(r.target.name) || /GOV$/.test(r.source.code) || /GOV$/.test(r.target.code));
  const dayPrecise = records.filter((r) => intervalOf(r.date)?.precision === "day").map((r) => r.date!.slice(0, 10)).sort();
  const date = dayPrecise[0] ?? main.date ?? isoDay(cluster.interval.lo);
  const copies = documents.length > stories ? ` (${documents.length - stories} near-duplicate${documents.length - stories === 1 ? "" : "s"} counted once)` : "";
  const why = records.length === 1 ? "one record" : `${records.length} records of ${documents.length} document${documents.length === 1 ? "" : "s"}${copies}: same pair, ${cluster.family} events, ${[...cluster.reasons].join("; ")}`;
  return {
    date,
    title,
    cameo: main.cameo,
    goldstein,
    events: records.map((r) => r.id),
    documents,
    significance: significanceOf(stories, goldstein, leader),
    why,
    evidence: records.map((r) => ({ document: r.docId, event: r.id, start: r.evidence.start, end: r.evidence.end, text: r.evidence.text })),
  };
}
