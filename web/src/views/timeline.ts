// The timeline page: pick two states, see their merged timeline (zoomable), the sources of the
// chosen entry, and the trend chart below. State lives in the address: #/timeline?actors=A,B&by=month.
import { api } from "../api.js";
import { failure, h, listen, loading, show } from "../dom.js";
import { plural, signed, toneOf } from "../render/format.js";
import { createTimelineChart, type TimelineChart } from "../render/timeline-chart.js";
import { link, replaceHash } from "../router.js";
import type { ActorSummary, TimelineEntry } from "../types.js";
import { entryDetails } from "./timeline-entry.js";
import { trendSection } from "./trend.js";
import type { ViewContext } from "./view.js";

const SIGNIFICANCE_CHOICES = [
  { value: "", label: "default (server)" },
  { value: "0", label: "all entries" },
  { value: "0.5", label: "0.5 and above" },
];

/**
 * The most mentioned state and the state it has most events with (ties: the more mentioned). The
 * two most mentioned states overall may never meet in one event, which would open on an empty timeline.
 */
export async function defaultPair(states: readonly ActorSummary[], signal: AbortSignal): Promise<string[]> {
  const [first, second] = states;
  if (!first || !second) return states.map((s) => s.id);
  const events = await api.events([first.id], signal).catch(() => []);
  const counts = new Map<string, number>();
  for (const event of events) {
    const other = event.source.country === first.id ? event.target.country : event.source.country;
    if (other && other !== first.id) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  const partner = states.filter((s) => counts.has(s.id)).sort((a, b) => counts.get(b.id)! - counts.get(a.id)!)[0] ?? second;
  return [first.id, partner.id];
}

export async function renderTimelinePage({ root, route, signal, onLeave }: ViewContext): Promise<void> {
  document.title = "Timeline — dyad";
  root.append(h("h1", {}, "Timeline"), loading());
  const states = (await api.actors("state", signal)).sort((a, b) => b.mentions - a.mentions);
  if (signal.aborted) return;
  if (states.length < 2) return show(root, h("h1", {}, "Timeline"), h("p", { class: "empty" }, "A timeline needs two states in the corpus."));

  const asked = (route.params.get("actors") ?? "").split(",").filter(Boolean);
  const pair = asked.length >= 2 ? asked.slice(0, 2) : await defaultPair(states, signal);
  if (signal.aborted) return;
  let minSignificance = route.params.get("min") ?? "";
  let by: "year" | "month" = route.params.get("by") === "month" ? "month" : "year";

  const first = actorSelect("actor-a", "First actor", states, pair[0]);
  const second = actorSelect("actor-b", "Second actor", states, pair[1]);
  const significance = h("select", { id: "min-significance" },
    SIGNIFICANCE_CHOICES.map((c) => h("option", { value: c.value, selected: c.value === minSignificance }, c.label)));
  const controls = h("form", { class: "controls", "aria-label": "Choose the pair" },
    h("div", { class: "field" }, h("label", { for: "actor-a" }, "First actor"), first),
    h("div", { class: "field" }, h("label", { for: "actor-b" }, "Second actor"), second),
    h("div", { class: "field" }, h("label", { for: "min-significance" }, "Significance"), significance));
  listen(controls, "submit", (event) => event.preventDefault());

  const heading = h("h2", { id: "timeline-title" }, "");
  const chartBox = h("div", { class: "timeline-chart" });
  const list = h("div", { class: "entry-list" });
  const details = h("div", { class: "entry-panel", "aria-live": "polite" });
  const trend = trendSection(by, (next) => {
    by = next;
    updateAddress();
  });
  show(root,
    h("h1", {}, "Timeline"),
    controls,
    h("section", { class: "panel", "aria-labelledby": "timeline-title" }, heading, chartBox, h("div", { class: "timeline-below" }, list, details)),
    trend.element);

  let chart: TimelineChart | null = null;
  let controller = new AbortController();
  onLeave(() => {
    controller.abort();
    chart?.destroy();
    trend.destroy();
  });

  const chosen = () => [first.value, second.value];
  const updateAddress = () => replaceHash(link(["timeline"], { actors: chosen().join(","), min: minSignificance, by: by === "month" ? "month" : undefined }));

  async function load(): Promise<void> {
    const actors = chosen();
    updateAddress();
    controller.abort();
    controller = new AbortController();
    const local = controller.signal;
    chart?.destroy();
    chart = null;
    chartBox.replaceChildren();
    show(details);
    if (actors[0] === actors[1]) {
      heading.textContent = "Choose two different actors";
      show(list);
      return;
    }
    heading.textContent = `${actors.map((code) => states.find((s) => s.id === code)?.name ?? code).join(" – ")}`;
    show(list, loading());
    void trend.load(actors);
    try {
      const timeline = await api.timeline(actors, { minSignificance: minSignificance || undefined }, local);
      if (local.aborted) return;
      heading.textContent = `${heading.textContent}: ${plural(timeline.entries.length, "entry", "entries")}`;
      if (!timeline.entries.length) return show(list, h("p", { class: "empty" }, "No events between these two in the corpus. Try another pair or lower the significance."));
      const select = (index: number) => {
        const entry = timeline.entries[index];
        if (!entry) return;
        for (const button of list.querySelectorAll("button[aria-pressed]")) button.setAttribute("aria-pressed", String(button.getAttribute("data-index") === String(index)));
        show(details, entryDetails(entry));
      };
      chart = createTimelineChart(chartBox, timeline.entries, select);
      show(list, h("h3", {}, "Entries"), entryList(timeline.entries, (index) => {
        chart?.select(index);
        select(index);
      }));
      show(details, h("p", { class: "hint" }, "Choose an entry on the timeline or in the list to see its sources."));
    } catch (error) {
      if (!local.aborted) show(list, failure(error));
    }
  }

  for (const control of [first, second]) listen(control, "change", () => void load());
  listen(significance, "change", () => {
    minSignificance = significance.value;
    void load();
  });
  await load();
}

function actorSelect(id: string, label: string, states: readonly ActorSummary[], selected: string | undefined): HTMLSelectElement {
  const select = h("select", { id, name: id, "aria-label": label },
    states.map((s) => h("option", { value: s.id, selected: s.id === selected }, `${s.name} (${s.id}) — ${s.mentions}`)));
  if (selected && !states.some((s) => s.id === selected)) select.prepend(h("option", { value: selected, selected: true }, selected));
  return select;
}

function entryList(entries: readonly TimelineEntry[], onChoose: (index: number) => void): HTMLElement {
  return h("ol", { class: "entries" }, entries.map((entry, index) =>
    h("li", {}, listen(h("button", { type: "button", class: "entry-button", "aria-pressed": "false", "data-index": index },
      h("span", { class: "tl-date" }, entry.date),
      h("span", { class: "entry-title" }, entry.title),
      h("span", { class: `tone tone-${toneOf(entry.goldstein)}`, title: "Goldstein score" }, signed(entry.goldstein)),
      h("span", { class: "muted" }, plural(entry.documents.length, "source"))), "click", () => onChoose(index)))));
}
