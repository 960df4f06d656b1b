// The zoomable timeline (vis-timeline): one item per timeline entry, coloured by Goldstein tone.
// Item content is an element built from text nodes, so vis-timeline never parses entry titles as HTML.
import { DataSet } from "vis-data/peer";
import { Timeline, type TimelineOptions } from "vis-timeline/peer";
import "vis-timeline/styles/vis-timeline-graph2d.css";
import { h } from "../dom.js";
import type { TimelineEntry } from "../types.js";
import { toneOf } from "./format.js";
import { spanOfDate } from "./timeline-dates.js";

const DAY_MS = 86_400_000;

export interface TimelineChart {
  select(index: number): void;
  destroy(): void;
}

interface Item {
  id: number;
  content: HTMLElement;
  start: Date;
  end?: Date;
  type: "box" | "range";
  className: string;
}

export function createTimelineChart(container: HTMLElement, entries: readonly TimelineEntry[], onSelect: (index: number) => void): TimelineChart {
  const items: Item[] = [];
  entries.forEach((entry, index) => {
    const span = spanOfDate(entry.date);
    if (!span) return;
    const content = h("span", { class: "tl-item" }, h("span", { class: "tl-date" }, entry.date), " ", entry.title);
    items.push({
      id: index,
      content,
      start: span.start,
      ...(span.end ? { end: span.end } : {}),
      type: span.end ? "range" : "box",
      className: `tone-${toneOf(entry.goldstein)}`,
    });
  });
  const options: TimelineOptions = {
    zoomable: true,
    moveable: true,
    selectable: true,
    stack: true,
    showCurrentTime: false,
    zoomMin: DAY_MS,
    zoomMax: 200 * 365 * DAY_MS,
    minHeight: 220,
    maxHeight: 460,
    margin: { item: 8, axis: 12 },
    orientation: { axis: "bottom", item: "bottom" },
  };
  const timeline = new Timeline(container, new DataSet<Item, "id">(items) as never, options);
  timeline.on("select", (props: { items: (number | string)[] }) => {
    const [id] = props.items;
    if (id !== undefined) onSelect(Number(id));
  });
  return {
    select(index) {
      if (!items.some((item) => item.id === index)) return;
      timeline.setSelection([index]);
      timeline.focus(index, { zoom: false, animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    },
    destroy: () => timeline.destroy(),
  };
}
