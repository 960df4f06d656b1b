import { describe, expect, it } from "vitest";
import type { Span } from "../doc/model.js";
import { overlaps, SpanIndex } from "./spans.js";

/** Spans of random starts and lengths, some nested and some repeated, in no order. */
function randomSpans(count: number, seed: number): Span[] {
  let state = seed;
  const next = (below: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31) % below);
  return Array.from({ length: count }, () => {
    const start = next(500);
    return { start, end: start + 1 + next(40) };
  });
}

describe("spans", () => {
  it("spans: the index finds what a scan of every span finds, in the list's order", () => {
    const spans = randomSpans(300, 7);
    const index = new SpanIndex(spans);
    for (const query of randomSpans(200, 11)) {
      expect(index.overlapsAny(query)).toBe(spans.some((s) => overlaps(s, query)));
      expect(index.overlapping(query)).toEqual(spans.filter((s) => overlaps(s, query)));
      expect(index.inside(query)).toEqual(spans.filter((s) => s.start >= query.start && s.end <= query.end));
    }
  });

  it("spans: touching spans do not overlap; an empty index finds nothing", () => {
    const index = new SpanIndex([{ start: 0, end: 5 }, { start: 10, end: 12 }]);
    expect(index.overlapsAny({ start: 5, end: 10 })).toBe(false);
    expect(index.overlapping({ start: 4, end: 11 })).toEqual([{ start: 0, end: 5 }, { start: 10, end: 12 }]);
    expect(new SpanIndex([]).overlapsAny({ start: 0, end: 100 })).toBe(false);
  });
});
