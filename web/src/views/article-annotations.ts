// What the article view marks in the text: dates, actor mentions, quotes, figures, events and the
// linked evidence span, each as an Annotation with a label; grouped for the side panel.
import { formatFigure, signed } from "../render/format.js";
import type { Annotation } from "../render/segments.js";
import type { DocRecord } from "../types.js";

/** In panel order: the sparse, evidence-bearing kinds first, the many dates last. */
export const KINDS = [
  { kind: "event", label: "Events" },
  { kind: "quote", label: "Quotes" },
  { kind: "quantity", label: "Figures" },
  { kind: "actor", label: "Actors" },
  { kind: "timex", label: "Dates" },
] as const;

export interface PanelItem {
  /** Annotation ids this item points at, in text order (an actor has one per mention). */
  targets: string[];
  title: string;
  detail: string;
}

export interface ArticleAnnotations {
  annotations: Annotation[];
  panel: Record<(typeof KINDS)[number]["kind"], PanelItem[]>;
}

export function articleAnnotations(record: DocRecord): ArticleAnnotations {
  const annotations: Annotation[] = [];
  const panel: ArticleAnnotations["panel"] = { timex: [], actor: [], quote: [], quantity: [], event: [] };

  (record.timexes ?? []).forEach((t, i) => {
    const id = `timex:${i}`;
    annotations.push({ id, kind: "timex", start: t.start, end: t.end, label: `date ${t.value ?? "?"} (${t.type})` });
    panel.timex.push({ targets: [id], title: t.text, detail: `${t.type} ${t.value ?? "unresolved"}` });
  });

  (record.actors ?? []).forEach((a, i) => {
    const about = [a.type, a.country, a.role].filter(Boolean).join(", ");
    const targets = a.mentions.map((m, j) => {
      const id = `actor:${i}:${j}`;
      annotations.push({ id, kind: "actor", start: m.start, end: m.end, label: `${a.name} (${about})` });
      return id;
    });
    panel.actor.push({ targets, title: a.name, detail: `${about} · ${a.mentions.length}×` });
  });

  (record.quotes ?? []).forEach((q, i) => {
    const id = `quote:${i}`;
    const speaker = q.speaker?.name ?? "unknown speaker";
    annotations.push({ id, kind: "quote", start: q.start, end: q.end, label: `${q.direct ? "quote" : "reported speech"}: ${speaker}` });
    panel.quote.push({ targets: [id], title: speaker, detail: `${q.direct ? "" : "[reported] "}${q.text}` });
  });

  (record.quantities ?? []).forEach((q, i) => {
    const id = `quantity:${i}`;
    const figure = formatFigure(q.value, q.valueMax, q.unit);
    const about = [q.kind, q.about, q.period, q.actors?.join("–")].filter(Boolean).join(" · ");
    annotations.push({ id, kind: "quantity", start: q.start, end: q.end, label: `figure ${figure}: ${about}` });
    panel.quantity.push({ targets: [id], title: q.text, detail: `${figure} · ${about}` });
  });

  (record.events ?? []).forEach((e, i) => {
    const label = `${e.source.name} → ${e.target.name}: CAMEO ${e.cameo}${e.plover ? ` ${e.plover}` : ""}, Goldstein ${signed(e.goldstein)}${e.negated ? ", negated" : ""}${e.mode && e.mode !== "asserted" ? `, ${e.mode}` : ""}`;
    const spans = [e.evidence, ...(e.evidenceMore ?? [])];
    const targets = spans.map((span, j) => {
      const id = `event:${i}:${j}`;
      annotations.push({ id, kind: "event", start: span.start, end: span.end, label: `event ${label}` });
      return id;
    });
    panel.event.push({ targets, title: `${e.date ?? "undated"} · ${e.source.name} → ${e.target.name}`, detail: `CAMEO ${e.cameo}${e.plover ? ` (${e.plover})` : ""}, Goldstein ${signed(e.goldstein)}${e.negated ? ", negated" : ""}` });
  });

  return { annotations, panel };
}

/** The span a link asked to show: `start`/`end` offsets, or the first place `find` occurs. */
export function focusSpan(body: string, params: URLSearchParams): { start: number; end: number } | null {
  const start = Number(params.get("start"));
  const end = Number(params.get("end"));
  if (params.has("start") && params.has("end") && Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= body.length && start < end) {
    return { start, end };
  }
  const find = params.get("find");
  if (find) {
    const at = body.indexOf(find);
    if (at >= 0) return { start: at, end: at + find.length };
  }
  return null;
}
