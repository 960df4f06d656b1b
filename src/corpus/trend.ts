// The trend of a relationship: per month or year, how many events, their summed and mean Goldstein
// score, and how many were cooperation (score above zero) or conflict (below zero).
import type { StoredEvent } from "../store/repo.js";
import { isUnidentified } from "../lib/actor-codes.js";

export interface TrendRow {
  period: string;
  events: number;
  goldsteinSum: number;
  goldsteinMean: number;
  cooperation: number;
  conflict: number;
}

/** The same event told by copies of one story counts once. */
const onceKey = (e: StoredEvent) => [e.story, e.cameo, e.source.country, e.target.country, e.date].join("|");

export function buildTrend(events: readonly StoredEvent[], by: "year" | "month"): TrendRow[] {
  const rows = new Map<string, StoredEvent[]>();
  const seen = new Set<string>();
  for (const event of events) {
    // A bombing by unidentified forces in one state of the pair is not an act of that state.
    if (!event.date || event.negated || isUnidentified(event.source)) continue;
    const key = onceKey(event);
    if (seen.has(key)) continue;
    seen.add(key);
    // A year-precise event has no month: it counts in its year only.
    if (by === "month" && !/^\d{4}-\d{2}/.test(event.date)) continue;
    const period = event.date.slice(0, by === "year" ? 4 : 7);
    const list = rows.get(period);
    if (list) list.push(event);
    else rows.set(period, [event]);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, list]) => {
      const sum = list.reduce((n, e) => n + e.goldstein, 0);
      return {
        period,
        events: list.length,
        goldsteinSum: Number(sum.toFixed(1)),
        goldsteinMean: Number((sum / list.length).toFixed(2)),
        cooperation: list.filter((e) => e.goldstein > 0).length,
        conflict: list.filter((e) => e.goldstein < 0).length,
      };
    });
}
