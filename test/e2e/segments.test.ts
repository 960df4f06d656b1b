// The web UI's pure helpers, without a browser: how the article body is cut into highlighted
// pieces (render/segments.ts) and how timeline dates become points or ranges (render/timeline-dates.ts).
import { describe, expect, it } from "vitest";
import { segmentBody, type Annotation } from "../../web/src/render/segments.js";
import { spanOfDate } from "../../web/src/render/timeline-dates.js";

const span = (id: string, kind: string, start: number, end: number): Annotation => ({ id, kind, start, end, label: id });
const pieces = (body: string, annotations: Annotation[]) =>
  segmentBody(body.length, annotations).map((s) => ({ text: body.slice(s.start, s.end), ids: s.annotations.map((a) => a.id) }));

describe("web segments", () => {
  it("web segments: cover the body in order, without gaps or overlaps", () => {
    const body = "Putin met Xi in Beijing on Tuesday.";
    const segments = segmentBody(body.length, [span("a", "actor", 0, 5), span("e", "event", 0, 35), span("t", "timex", 27, 34)]);
    expect(segments.map((s) => body.slice(s.start, s.end)).join("")).toBe(body);
    for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBe(segments[i - 1]!.end);
  });

  it("web segments: a nested span cuts its parent, and the piece carries both, innermost first", () => {
    expect(pieces("Putin met Xi.", [span("e", "event", 0, 13), span("a", "actor", 0, 5)])).toEqual([
      { text: "Putin", ids: ["a", "e"] },
      { text: " met Xi.", ids: ["e"] },
    ]);
  });

  it("web segments: crossing spans are cut at every boundary; of two as long, the later is innermost", () => {
    expect(pieces("abcdef", [span("x", "quote", 0, 4), span("y", "event", 2, 6)])).toEqual([
      { text: "ab", ids: ["x"] },
      { text: "cd", ids: ["y", "x"] },
      { text: "ef", ids: ["y"] },
    ]);
  });

  it("web segments: spans outside the body are clipped, empty and reversed ones dropped", () => {
    expect(pieces("abc", [span("x", "actor", -5, 1), span("y", "actor", 2, 99), span("z", "actor", 2, 2), span("w", "actor", 3, 1)])).toEqual([
      { text: "a", ids: ["x"] },
      { text: "b", ids: [] },
      { text: "c", ids: ["y"] },
    ]);
    expect(segmentBody(0, [span("x", "actor", 0, 3)])).toEqual([]);
  });

  it("web segments: offsets are UTF-16 indices, so text beyond the BMP stays whole", () => {
    const body = "🇨🇳 China";
    expect(pieces(body, [span("c", "actor", 5, 10)])).toEqual([{ text: "🇨🇳 ", ids: [] }, { text: "China", ids: ["c"] }]);
  });
});

describe("web timeline dates", () => {
  const iso = (d: Date | null | undefined) => (d ? `${String(d.getFullYear()).padStart(4, "0")}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}` : null);
  const shown = (value: string) => {
    const s = spanOfDate(value);
    return s && { start: iso(s.start), end: iso(s.end) };
  };

  it("web timeline dates: a day is a point; months, quarters, weeks and years are ranges", () => {
    expect(shown("2012-06-05")).toEqual({ start: "2012-06-05", end: null });
    expect(shown("2012-06")).toEqual({ start: "2012-06-01", end: "2012-07-01" });
    expect(shown("2012-Q4")).toEqual({ start: "2012-10-01", end: "2013-01-01" });
    expect(shown("2012-W22")).toEqual({ start: "2012-05-28", end: "2012-06-04" });
    expect(shown("2012-12")).toEqual({ start: "2012-12-01", end: "2013-01-01" });
    expect(shown("2020-W53")).toEqual({ start: "2020-12-28", end: "2021-01-04" });
    expect(shown("1998")).toEqual({ start: "1998-01-01", end: "1999-01-01" });
    expect(shown("0045")).toEqual({ start: "0045-01-01", end: "0046-01-01" });
    expect(shown("PAST_REF")).toBeNull();
  });
});
