// The overview: how many documents, over which dates, the most mentioned actors, the latest
// documents, and a search box whose results show snippets with the matches marked.
import { api } from "../api.js";
import { failure, h, listen, loading, show } from "../dom.js";
import { formatNumber, plural } from "../render/format.js";
import { markRanges } from "../render/marks.js";
import { docLink, link, replaceHash } from "../router.js";
import type { ActorSummary, DocumentSummary } from "../types.js";
import type { ViewContext } from "./view.js";

const RECENT = 8;
const TOP_ACTORS = 12;
/** Documents come sorted by date: the first and last pages hold the date range and the latest ones. */
const PAGE = 20;

export async function renderOverview({ root, route, signal }: ViewContext): Promise<void> {
  document.title = "Overview — dyad";
  const stats = h("section", { class: "stats", "aria-label": "Corpus" }, loading());
  const actors = h("section", { class: "panel", "aria-labelledby": "top-actors" }, h("h2", { id: "top-actors" }, "Top actors"), loading());
  const recent = h("section", { class: "panel", "aria-labelledby": "recent-docs" }, h("h2", { id: "recent-docs" }, "Recent documents"), loading());
  root.append(h("h1", {}, "Overview"), searchBox(route.params.get("q") ?? "", signal), stats, h("div", { class: "columns" }, recent, actors));

  const [documents, actorList] = await Promise.allSettled([corpusDocuments(signal), api.actors(undefined, signal)]);
  if (documents.status === "fulfilled") {
    const { total, items } = documents.value;
    const dates = items.map((d) => d.published).filter((d): d is string => !!d).sort();
    show(stats,
      stat("Documents", formatNumber(total)),
      stat("Date range", dates.length ? `${dates[0]} – ${dates[dates.length - 1]}` : "no dates"),
      actorList.status === "fulfilled" ? stat("Actors", formatNumber(actorList.value.length)) : null);
    show(recent, h("h2", { id: "recent-docs" }, "Recent documents"), recentList(items));
  } else {
    show(stats, failure(documents.reason));
    show(recent, h("h2", { id: "recent-docs" }, "Recent documents"), failure(documents.reason));
  }
  show(actors, h("h2", { id: "top-actors" }, "Top actors"),
    actorList.status === "fulfilled" ? actorTable(actorList.value.slice(0, TOP_ACTORS)) : failure(actorList.reason));
}

async function corpusDocuments(signal: AbortSignal): Promise<{ total: number; items: DocumentSummary[] }> {
  const first = await api.documents({ limit: PAGE }, signal);
  if (first.total <= PAGE) return first;
  const last = await api.documents({ limit: PAGE, offset: first.total - PAGE }, signal);
  const byId = new Map([...first.items, ...last.items].map((d) => [d.id, d]));
  return { total: first.total, items: [...byId.values()] };
}

const stat = (label: string, value: string) => h("div", { class: "stat" }, h("div", { class: "stat-value" }, value), h("div", { class: "stat-label" }, label));

function recentList(items: DocumentSummary[]): HTMLElement {
  if (!items.length) return h("p", { class: "empty" }, "No documents yet. ", h("a", { href: "#/upload" }, "Upload one"), ".");
  const latest = [...items].sort((a, b) => (b.published ?? "").localeCompare(a.published ?? "")).slice(0, RECENT);
  return h("ul", { class: "doc-list" }, latest.map((d) =>
    h("li", {},
      h("a", { href: docLink(d.id) }, d.title ?? d.id),
      h("span", { class: "muted" }, ` ${[d.outlet, d.published ?? "no date"].filter(Boolean).join(", ")}`))));
}

function actorTable(actors: ActorSummary[]): HTMLElement {
  if (!actors.length) return h("p", { class: "empty" }, "No actors found yet.");
  return h("table", { class: "data" },
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Actor"), h("th", { scope: "col" }, "Type"), h("th", { scope: "col", class: "num" }, "Mentions"), h("th", { scope: "col", class: "num" }, "Documents"))),
    h("tbody", {}, actors.map((a) =>
      h("tr", {},
        h("th", { scope: "row" }, a.name, a.type === "state" ? h("span", { class: "code" }, ` ${a.id}`) : null),
        h("td", {}, a.type),
        h("td", { class: "num" }, String(a.mentions)),
        h("td", { class: "num" }, String(a.documents.length))))));
}

function searchBox(initial: string, signal: AbortSignal): HTMLElement {
  const input = h("input", { type: "search", id: "search-q", name: "q", value: initial, placeholder: "e.g. tariffs, Putin, pipeline", autocomplete: "off" });
  const results = h("div", { class: "search-results", "aria-live": "polite" });
  const form = h("form", { class: "search", role: "search" },
    h("label", { for: "search-q" }, "Search articles and quotes"),
    h("div", { class: "search-row" }, input, h("button", { type: "submit" }, "Search")));
  const run = async (q: string) => {
    replaceHash(link([], { q }));
    if (!q) return show(results);
    show(results, loading("Searching…"));
    try {
      const { items } = await api.search(q, 20, signal);
      show(results, h("h2", {}, `${plural(items.length, "result")} for “${q}”`), searchResults(items));
    } catch (error) {
      if (!signal.aborted) show(results, failure(error));
    }
  };
  listen(form, "submit", (event) => {
    event.preventDefault();
    void run(input.value.trim());
  });
  if (initial) void run(initial);
  return h("section", { class: "panel search-panel", "aria-label": "Search" }, form, results);
}

function searchResults(items: Awaited<ReturnType<typeof api.search>>["items"]): HTMLElement {
  if (!items.length) return h("p", { class: "empty" }, "Nothing matches.");
  return h("ol", { class: "results" }, items.map((hit) =>
    h("li", { class: "result" },
      h("a", { href: link(["doc", hit.docId], { find: snippetCore(hit.snippet) }) }, hit.title ?? hit.docId),
      h("span", { class: `badge badge-${hit.kind}` }, hit.kind === "quote" ? "quote" : "article"),
      h("p", { class: "snippet" }, markRanges(hit.snippet, hit.highlights ?? [])))));
}

/** The snippet without the ellipses a server may add, for the article view to find and mark. */
const snippetCore = (snippet: string) => snippet.replace(/^[\s.…]+|[\s.…]+$/g, "").slice(0, 200);
