// Corpus-level modules on synthetic records: timeline merging, trend, claims, GDELT rows.
import { describe, expect, it } from "vitest";
import { compareClaims, type Claim } from "../src/corpus/claims.js";
import { GDELT_COLUMNS, toGdeltRow } from "../src/corpus/gdelt.js";
import { buildTimeline, intervalOf } from "../src/corpus/timeline.js";
import { buildTrend } from "../src/corpus/trend.js";
import type { StoredEvent } from "../src/store/repo.js";

let counter = 0;
function event(docId: string, date: string | null, cameo: string, source = "RUS", target = "CHN", goldstein = 1.9): StoredEvent {
  counter++;
  return {
    id: `${docId}#e${counter}`, docId, story: docId, published: "2012-06-07", url: null, date,
    source: { code: `${source}GOV`, country: source, name: source === "RUS" ? "Vladimir Putin" : "Hu Jintao" },
    target: { code: target, country: target, name: target === "CHN" ? "China" : "Russia" },
    cameo, goldstein, location: null, negated: false, confidence: 0.8,
    evidence: { start: 0, end: 20, text: `A sentence of ${docId} about ${cameo}.` },
  };
}

describe("timeline", () => {
  it("timeline: records of one visit from two documents become one entry citing both", () => {
    const timeline = buildTimeline([event("a", "2012-06-05", "042"), event("b", "2012-06-06", "040", "CHN", "RUS")], ["CHN", "RUS"]);
    expect(timeline.entries).toHaveLength(1);
    expect(timeline.entries[0]).toMatchObject({ date: "2012-06-05", documents: ["a", "b"], cameo: "042" });
    expect(timeline.entries[0]!.why).toMatch(/same pair, meet events, dates within 3 days/);
    expect(timeline.entries[0]!.evidence.map((e) => e.document)).toEqual(["a", "b"]);
  });

  it("timeline: a month-precise record joins the only day-precise happening of that month", () => {
    const timeline = buildTimeline([event("a", "2013-03-22", "042", "CHN", "RUS"), event("b", "2013-03", "042", "CHN", "RUS")], ["CHN", "RUS"]);
    expect(timeline.entries).toHaveLength(1);
    expect(timeline.entries[0]!.documents).toEqual(["a", "b"]);
  });

  it("timeline: two visits in one month stay two, and a coarse record between them joins neither", () => {
    const timeline = buildTimeline([event("a", "2015-05-02", "042"), event("b", "2015-05-25", "042"), event("c", "2015-05", "042")], ["CHN", "RUS"]);
    expect(timeline.entries).toHaveLength(3);
  });

  it("timeline: different kinds of happening on one day stay apart", () => {
    const timeline = buildTimeline([event("a", "2016-06-25", "042"), event("a", "2016-06-25", "112", "RUS", "CHN", -2)], ["CHN", "RUS"]);
    expect(timeline.entries).toHaveLength(2);
  });

  it("timeline: only events between the two actors, never negated ones", () => {
    const other = event("a", "2012-06-05", "042", "RUS", "BLR");
    const negated = { ...event("a", "2012-06-05", "042"), negated: true };
    expect(buildTimeline([other, negated], ["CHN", "RUS"]).entries).toHaveLength(0);
  });

  it("timeline: more sources and leaders make an entry more significant", () => {
    const single = buildTimeline([event("a", "2012-06-05", "042")], ["CHN", "RUS"]).entries[0]!;
    const triple = buildTimeline([event("a", "2012-06-05", "042"), event("b", "2012-06-05", "042"), event("c", "2012-06-06", "042")], ["CHN", "RUS"]).entries[0]!;
    expect(triple.significance).toBeGreaterThan(single.significance);
  });

  it("timeline: reads TIMEX3 values as intervals", () => {
    expect(intervalOf("2012-W23")?.precision).toBe("week");
    expect(intervalOf("2012-06")?.precision).toBe("month");
    expect(intervalOf("1969")?.precision).toBe("year");
    expect(intervalOf("PAST_REF")).toBeNull();
  });
});

describe("trend", () => {
  it("trend: counts, sums and splits cooperation from conflict per year and month", () => {
    const rows = buildTrend([event("a", "2012-06-05", "042", "RUS", "CHN", 2), event("b", "2012-07", "112", "RUS", "CHN", -2), event("c", "2013", "042", "RUS", "CHN", 4)], "year");
    expect(rows).toEqual([
      { period: "2012", events: 2, goldsteinSum: 0, goldsteinMean: 0, cooperation: 1, conflict: 1 },
      { period: "2013", events: 1, goldsteinSum: 4, goldsteinMean: 4, cooperation: 1, conflict: 0 },
    ]);
    expect(buildTrend([event("c", "2013", "042")], "month")).toEqual([]);
  });
});

describe("claims", () => {
  const claim = (docId: string, value: number, extra: Partial<Claim> = {}): Claim => ({
    docId, published: null, value, valueMax: null, unit: "USD", period: "2011", kind: "actual", about: "bilateral trade", actors: ["CHN", "RUS"], text: String(value), evidence: "…", ...extra,
  });

  it("claims: different values for one measure are a conflict, equal ones corroborate", () => {
    expect(compareClaims([claim("a", 83.5e9), claim("b", 88.1e9)]).conflicts).toHaveLength(1);
    expect(compareClaims([claim("a", 83.5e9), claim("b", 83.6e9)]).corroborated).toHaveLength(1);
  });

  it("claims: figures of another kind, period or pair are not compared", () => {
    const report = compareClaims([claim("a", 100e9), claim("b", 90e9, { kind: "target" }), claim("c", 80e9, { period: "2012" }), claim("d", 70e9, { actors: ["CHN", "USA"] }), claim("e", 60e9, { period: null })]);
    expect(report).toEqual({ conflicts: [], corroborated: [] });
  });
});

describe("gdelt", () => {
  it("gdelt: a row has the 61 columns of the GDELT 2.0 event table", () => {
    const row = toGdeltRow(event("a", "2012-06-05", "042"), 7, "20260101000000").split("\t");
    expect(row).toHaveLength(GDELT_COLUMNS.length);
    expect(GDELT_COLUMNS).toHaveLength(61);
    const value = (column: (typeof GDELT_COLUMNS)[number]) => row[GDELT_COLUMNS.indexOf(column)];
    expect(value("SQLDATE")).toBe("20120605");
    expect(value("Actor1Code")).toBe("RUSGOV");
    expect(value("Actor1Type1Code")).toBe("GOV");
    expect(value("EventRootCode")).toBe("04");
    expect(value("QuadClass")).toBe("1");
    expect(value("GoldsteinScale")).toBe("1.9");
  });
});

describe("near-duplicates", () => {
  it("near-duplicates: a republished story with other furniture is similar, another story is not", async () => {
    const { minhashSignature, similarity, NEAR_DUPLICATE_SIMILARITY, bandKeys } = await import("../src/corpus/near-duplicates.js");
    const story = [
      "The foreign ministers of the two neighbouring states met in Vienna on Tuesday and agreed to reopen the border crossing that has been closed for three years.",
      "Officials said customs posts would be staffed again by the end of the month, and that lorries carrying grain and timber would be the first to pass.",
      "Local traders on both sides of the river welcomed the decision, which they said would cut the cost of a delivery by nearly half.",
      "The crossing was shut after a quarrel over fishing quotas that neither government has fully settled, and talks on that question will resume in the spring.",
      "A joint commission is to meet every three months to review how the reopened crossing works and to hear complaints from hauliers.",
    ].join(" ");
    const copy = `Updated 10:42\nShare this article\n${story}\nRead more from our partners`;
    const other = "Parliament voted on Wednesday to raise the retirement age by two years, after a long debate in which the opposition walked out twice in protest at the timetable. ".repeat(4);
    const [a, b, c] = [story, copy, other].map(minhashSignature);
    expect(similarity(a!, b!)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_SIMILARITY);
    expect(similarity(a!, c!)).toBeLessThan(0.2);
    expect(bandKeys(a!).some((k) => bandKeys(b!).includes(k))).toBe(true);
    expect(minhashSignature(story)).toEqual(a);
  });
});
