// The trend section under the timeline: a by-year / by-month toggle, the chart, and the same
// figures as a table for readers who cannot see the chart.
import type { Chart } from "chart.js";
import { api } from "../api.js";
import { failure, h, listen, loading, show } from "../dom.js";
import { createTrendChart } from "../render/trend-chart.js";
import type { TrendRow } from "../types.js";

export interface TrendSection {
  element: HTMLElement;
  load(actors: string[]): Promise<void>;
  destroy(): void;
}

export function trendSection(initialBy: "year" | "month", onByChange: (by: "year" | "month") => void): TrendSection {
  let by = initialBy;
  let actors: string[] = [];
  let chart: Chart | null = null;
  let controller = new AbortController();
  const body = h("div", { class: "trend-body" });
  const toggle = h("fieldset", { class: "toggle" }, h("legend", {}, "Group by"),
    (["year", "month"] as const).map((value) => {
      const input = h("input", { type: "radio", name: "trend-by", id: `trend-by-${value}`, value, checked: value === by });
      listen(input, "change", () => {
        by = value;
        onByChange(by);
        void load(actors);
      });
      return h("label", { for: `trend-by-${value}` }, input, value === "year" ? " Year" : " Month");
    }));
  const element = h("section", { class: "panel trend", "aria-labelledby": "trend-title" },
    h("div", { class: "section-head" }, h("h2", { id: "trend-title" }, "Trend"), toggle), body);

  const destroyChart = () => {
    chart?.destroy();
    chart = null;
  };

  async function load(next: string[]): Promise<void> {
    actors = next;
    controller.abort();
    controller = new AbortController();
    const { signal } = controller;
    destroyChart();
    show(body, loading());
    try {
      const trend = await api.trend(actors, by, signal);
      if (signal.aborted) return;
      if (!trend.rows.length) return show(body, h("p", { class: "empty" }, "No dated events for this pair."));
      const canvas = h("canvas", { role: "img", "aria-label": `Events per ${by}: cooperation and conflict counts and mean Goldstein score` });
      show(body, h("div", { class: "chart-box" }, canvas), trendTable(trend.rows, by));
      chart = createTrendChart(canvas, trend.rows, by);
    } catch (error) {
      if (!signal.aborted) show(body, failure(error));
    }
  }

  return {
    element,
    load,
    destroy() {
      controller.abort();
      destroyChart();
    },
  };
}

function trendTable(rows: TrendRow[], by: string): HTMLElement {
  const headers = [by === "year" ? "Year" : "Month", "Events", "Goldstein sum", "Goldstein mean", "Cooperation", "Conflict"];
  return h("details", { class: "trend-table" }, h("summary", {}, "Show the figures"),
    h("table", { class: "data" },
      h("thead", {}, h("tr", {}, headers.map((text, i) => h("th", { scope: "col", class: i ? "num" : null }, text)))),
      h("tbody", {}, rows.map((r) => h("tr", {},
        h("th", { scope: "row" }, r.period),
        [r.events, r.goldsteinSum, r.goldsteinMean, r.cooperation, r.conflict].map((n) => h("td", { class: "num" }, String(n))))))));
}
