// Looking spans up by position: which of many spans overlap a span, or lie inside it.
import type { Span } from "../doc/model.js";

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Spans looked up by position in logarithmic time. Stages ask of every token whether a known name
 * covers it, and of every sentence which dates or names it holds: scanning the whole list each time
 * made a book-length page take minutes.
 */
export class SpanIndex<T extends Span> {
  /** The spans by start, each with its place in the list it was built from. */
  private readonly sorted: { start: number; span: T; order: number }[];
  /** reach[i]: the furthest end of sorted[0..i], so that a backward scan knows when to stop. */
  private readonly reach: number[] = [];

  constructor(spans: readonly T[]) {
    this.sorted = spans.map((span, order) => ({ start: span.start, span, order })).sort((a, b) => a.start - b.start);
    let furthest = -Infinity;
    for (const { span } of this.sorted) this.reach.push((furthest = Math.max(furthest, span.end)));
  }

  /** Whether any span overlaps `span`. */
  overlapsAny(span: Span): boolean {
    const n = countStartingBefore(this.sorted, span.end);
    return n > 0 && this.reach[n - 1]! > span.start;
  }

  /** The spans that overlap `span`, in the order of the list the index was built from. */
  overlapping(span: Span): T[] {
    const found: { span: T; order: number }[] = [];
    for (let i = countStartingBefore(this.sorted, span.end) - 1; i >= 0 && this.reach[i]! > span.start; i--) {
      if (overlaps(this.sorted[i]!.span, span)) found.push(this.sorted[i]!);
    }
    return found.sort((a, b) => a.order - b.order).map((entry) => entry.span);
  }

  /** The spans that lie wholly inside `span`, in the order of the list the index was built from. */
  inside(span: Span): T[] {
    const found: { span: T; order: number }[] = [];
    for (let i = countStartingBefore(this.sorted, span.start), n = countStartingBefore(this.sorted, span.end); i < n; i++) {
      if (this.sorted[i]!.span.end <= span.end) found.push(this.sorted[i]!);
    }
    return found.sort((a, b) => a.order - b.order).map((entry) => entry.span);
  }
}

/** How many of `items`, sorted by start, start before `at`. */
export function countStartingBefore(items: readonly { start: number }[], at: number): number {
  let low = 0, high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle]!.start < at) low = middle + 1;
    else high = middle;
  }
  return low;
}
