// Cuts a body into sorted, non-overlapping segments at every annotation boundary. Pure (no DOM):
// rendering is render/highlight.ts. Spans outside the body are clipped; empty ones are dropped.
//
// The rule for nested and overlapping spans: every character shows every annotation that covers
// it. Where spans nest or cross, the text is cut at each boundary and each piece carries all the
// annotations covering it (an actor inside a quote inside an event sentence is one piece with three
// styles). A click on a piece picks its innermost annotation: the shortest, then the latest start.

export interface Annotation {
  /** Unique within one body ("actor:2:0", "event:4"). */
  id: string;
  kind: string;
  start: number;
  end: number;
  label: string;
}

export interface Segment {
  start: number;
  end: number;
  /** Covering annotations, innermost first. */
  annotations: Annotation[];
}

export function clipAnnotations(length: number, annotations: readonly Annotation[]): Annotation[] {
  const clipped: Annotation[] = [];
  for (const annotation of annotations) {
    if (!Number.isFinite(annotation.start) || !Number.isFinite(annotation.end)) continue;
    const start = Math.max(0, Math.min(length, Math.floor(annotation.start)));
    const end = Math.max(0, Math.min(length, Math.floor(annotation.end)));
    if (start < end) clipped.push({ ...annotation, start, end });
  }
  return clipped;
}

export const innermostFirst = (a: Annotation, b: Annotation) => a.end - a.start - (b.end - b.start) || b.start - a.start;

export function segmentBody(length: number, annotations: readonly Annotation[]): Segment[] {
  const spans = clipAnnotations(length, annotations).sort((a, b) => a.start - b.start);
  const cuts = new Set<number>([0, length]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  let active: Annotation[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    active = active.filter((span) => span.end > start);
    while (next < spans.length && spans[next]!.start === start) active.push(spans[next++]!);
    segments.push({ start, end, annotations: [...active].sort(innermostFirst) });
  }
  return segments;
}
