// Quotes by speaker: every quote of the corpus grouped under who said it, with its document and
// date, each linking to its place in the article. A filter narrows the speakers by name.
import { api } from "../api.js";
import { failure, h, listen, loading, show } from "../dom.js";
import { plural } from "../render/format.js";
import { docLink, link, replaceHash } from "../router.js";
import type { StoredQuote } from "../types.js";
import type { ViewContext } from "./view.js";

const FILTER_DELAY_MS = 250;

export async function renderQuotes({ root, route, signal, onLeave }: ViewContext): Promise<void> {
  document.title = "Quotes — dyad";
  const input = h("input", { type: "search", id: "speaker-filter", value: route.params.get("speaker") ?? "", autocomplete: "off" });
  const results = h("div", { "aria-live": "polite" });
  root.append(h("h1", {}, "Quotes by speaker"),
    h("form", { class: "controls", role: "search" }, h("div", { class: "field" }, h("label", { for: "speaker-filter" }, "Speaker name contains"), input)),
    results);

  let controller = new AbortController();
  let timer = 0;
  onLeave(() => {
    controller.abort();
    clearTimeout(timer);
  });
  async function load(speaker: string): Promise<void> {
    controller.abort();
    controller = new AbortController();
    const local = controller.signal;
    replaceHash(link(["quotes"], { speaker }));
    show(results, loading());
    try {
      const quotes = await api.quotes(speaker || undefined, local);
      if (!local.aborted && !signal.aborted) show(results, quotesBySpeaker(quotes));
    } catch (error) {
      if (!local.aborted) show(results, failure(error));
    }
  }
  listen(input, "input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void load(input.value.trim()), FILTER_DELAY_MS);
  });
  listen(input.form!, "submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void load(input.value.trim());
  });
  await load(input.value.trim());
}

function quotesBySpeaker(quotes: readonly StoredQuote[]): HTMLElement {
  if (!quotes.length) return h("p", { class: "empty" }, "No quotes found.");
  const groups = new Map<string, StoredQuote[]>();
  for (const quote of quotes) {
    const key = quote.speaker ?? "";
    groups.set(key, [...(groups.get(key) ?? []), quote]);
  }
  return h("div", { class: "speakers" },
    h("p", { class: "muted" }, `${plural(quotes.length, "quote")} by ${plural([...groups.keys()].filter(Boolean).length, "speaker")}`),
    [...groups].map(([speaker, list]) => {
      const description = list.find((q) => q.description)?.description;
      return h("section", { class: "panel speaker" },
        h("h2", {}, speaker || "Unattributed", list[0]?.speakerActor ? h("span", { class: "code" }, ` ${list[0].speakerActor}`) : null),
        description ? h("p", { class: "muted" }, description) : null,
        h("ul", { class: "quote-list" }, list.map((q) =>
          h("li", {}, h("figure", { class: "quote" },
            h("blockquote", { class: q.direct ? "direct" : "reported" }, q.direct ? `“${q.text}”` : q.text),
            h("figcaption", {},
              q.direct ? null : h("span", { class: "badge" }, "reported"),
              h("a", { href: docLink(q.docId, q) }, q.title ?? q.docId),
              h("span", { class: "muted" }, ` ${q.published ?? "no date"}`)))))));
    }));
}
