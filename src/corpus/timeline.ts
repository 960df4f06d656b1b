// The merged timeline of a pair of actors: event records from every document that describe one
// happening become one entry citing all of them, with a title, a significance and the reason they
// were merged. Works on stored events; it reads no text and knows no store.
import type { StoredEvent } from "../store/repo.js";
import { isUnidentified } from "../lib/actor-codes.js";

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
  /** "docId CAMEO-root" of its records: whether a record's own document already tells of it. */
  documentRoots: Set<string>;
  /** The first day of its day-precise records (YYYY-MM-DD), the entry's date. */
  earliestDay: string | null;
}

const documentRoot = (event: StoredEvent) => `${event.docId}\u0000${event.cameo.slice(0, 2)}`;

/** Why a record of the cluster's family with this date may tell of the same happening, or null. */
function compatible(cluster: Cluster, interval: Interval): string | null {
  if (cluster.interval.precision === "day" && interval.precision === "day") {
    const gap = Math.max(interval.lo - cluster.interval.hi, cluster.interval.lo - interval.hi, 0);
    return gap <= SAME_HAPPENING_DAYS ? `dates within ${SAME_HAPPENING_DAYS} days` : null;
  }
  const contains = (outer: Interval, inner: Interval) => outer.lo <= inner.lo && inner.hi <= outer.hi;
  if (contains(interval, cluster.interval) || contains(cluster.interval, interval)) return `${interval.precision}-precise date contains the ${cluster.interval.precision}-precise one`;
  return null;
}

/**
 * The clusters of one family and one precision, in the order of their first day (records come in
 * date order within a precision, and a cluster only ever grows later), with the longest one's
 * length: a cluster that contains [lo, hi], or lies in it, starts between lo − longest and hi.
 * So a record is compared with the few clusters near it rather than with all (10,000 records of a
 * pair took seconds).
 */
class ClusterRun {
  readonly clusters: Cluster[] = [];
  private longest = 0;

  add(cluster: Cluster): void {
    this.clusters.push(cluster);
    this.stretched(cluster);
  }

  /** To be called when a cluster's interval grew. */
  stretched(cluster: Cluster): void {
    this.longest = Math.max(this.longest, cluster.interval.hi - cluster.interval.lo);
  }

  *near(lo: number, hi: number): Generator<Cluster> {
    const from = lo - this.longest;
    let low = 0;
    let high = this.clusters.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.clusters[middle]!.interval.lo < from) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < this.clusters.length && this.clusters[i]!.interval.lo <= hi; i++) yield this.clusters[i]!;
  }
}

/**
 * Merges the events between the actors into entries. Day-precise records cluster first; a coarser
 * record joins a cluster only when exactly one cluster fits it (so two visits in one month stay two).
 */
export function buildTimeline(events: readonly StoredEvent[], actors: readonly string[], leaders: ReadonlySet<string> = new Set()): Timeline {
  const pair = new Set(actors);
  const relevant = events
    .filter((e) => !e.negated && e.source.country && e.target.country && pair.has(e.source.country) && pair.has(e.target.country) && e.source.country !== e.target.country && !isUnidentified(e.source))
    .map((e) => ({ event: e, interval: intervalOf(e.date) }))
    .filter((x): x is { event: StoredEvent; interval: Interval } => x.interval !== null);
  const order = { day: 0, week: 1, month: 2, year: 3, other: 4 };
  relevant.sort((a, b) => order[a.interval.precision] - order[b.interval.precision] || a.interval.lo - b.interval.lo);

  const clusters: Cluster[] = [];
  // A record is compared only with clusters of its own family: the others never fit.
  const runsByFamily = new Map<string, Record<Interval["precision"], ClusterRun>>();
  const runsOf = (familyName: string) => {
    let runs = runsByFamily.get(familyName);
    if (!runs) runsByFamily.set(familyName, (runs = { day: new ClusterRun(), week: new ClusterRun(), month: new ClusterRun(), year: new ClusterRun(), other: new ClusterRun() }));
    return runs;
  };
  for (const { event, interval } of relevant) {
    const eventFamily = family(event.cameo);
    const runs = runsOf(eventFamily);
    let chosen: Cluster | undefined;
    let reason: string | null = null;
    if (interval.precision === "day") {
      // Day clusters of a family are made in date order, each starting more than SAME_HAPPENING_DAYS
      // after the previous one ends: no later record can reach an earlier one, so the latest is the only one that may fit.
      const latest = runs.day.clusters.at(-1);
      reason = latest ? compatible(latest, interval) : null;
      if (reason) chosen = latest;
    } else {
      const fits: { cluster: Cluster; reason: string }[] = [];
      for (const run of [runs.day, runs.week, runs.month, runs.year]) {
        for (const cluster of run.near(interval.lo, interval.hi)) {
          const why = compatible(cluster, interval);
          if (why) fits.push({ cluster, reason: why });
        }
      }
      const root = documentRoot(event);
      const sameDocument = fits.length > 1 ? fits.filter((f) => f.cluster.documentRoots.has(root)) : [];
      const fit = fits.length === 1 ? fits[0] : sameDocument.length === 1 ? sameDocument[0] : undefined;
      chosen = fit?.cluster;
      reason = fit?.reason ?? null;
    }
    const day = interval.precision === "day" ? event.date!.slice(0, 10) : null;
    if (chosen) {
      chosen.records.push(event);
      chosen.documentRoots.add(documentRoot(event));
      chosen.reasons.add(reason!);
      if (day !== null && (chosen.earliestDay === null || day < chosen.earliestDay)) chosen.earliestDay = day;
      if (day !== null && chosen.interval.precision === "day") {
        // The cluster's own interval (a copy of its first record's), so it may grow in place.
        chosen.interval.lo = Math.min(chosen.interval.lo, interval.lo);
        chosen.interval.hi = Math.max(chosen.interval.hi, interval.hi);
        runs.day.stretched(chosen);
      }
    } else {
      const cluster: Cluster = { records: [event], interval: { ...interval }, family: eventFamily, reasons: new Set(), documentRoots: new Set([documentRoot(event)]), earliestDay: day };
      clusters.push(cluster);
      runs[interval.precision].add(cluster);
    }
  }
  const entries = clusters.map((c) => toEntry(c, leaders));
  entries.sort((a, b) => a.date.localeCompare(b.date) || b.significance - a.significance);
  return { actors: [...actors], entries };
}

function mostCommon<T>(items: readonly T[], key: (item: T) => string): T {
  const keys = items.map(key);
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  // The first of the most frequent: what a stable sort by count would put first.
  let best = 0;
  for (let i = 1; i < items.length; i++) if (counts.get(keys[i]!)! > counts.get(keys[best]!)!) best = i;
  return items[best]!;
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
  const date = cluster.earliestDay ?? main.date ?? isoDay(cluster.interval.lo);
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
