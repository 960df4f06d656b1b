// The sources of one timeline entry: every document it cites, with its evidence sentences, each
// linking to the article view scrolled to and marking that sentence.
import { api } from "../api.js";
import { h } from "../dom.js";
import { signed, toneOf } from "../render/format.js";
import { docLink } from "../router.js";
import type { TimelineEntry } from "../types.js";

export function entryDetails(entry: TimelineEntry): HTMLElement {
  const byDocument = new Map<string, TimelineEntry["evidence"]>();
  for (const document of entry.documents) byDocument.set(document, []);
  for (const evidence of entry.evidence) byDocument.set(evidence.document, [...(byDocument.get(evidence.document) ?? []), evidence]);

  const sources = h("ul", { class: "sources" });
  for (const [docId, evidence] of byDocument) {
    const title = h("a", { href: docLink(docId), class: "source-title" }, docId);
    const about = h("span", { class: "muted" });
    void api.document(docId).then(
      (record) => {
        title.textContent = record.meta.title ?? docId;
        about.textContent = ` ${[record.meta.outlet, record.meta.published ?? "no date"].filter(Boolean).join(", ")}`;
      },
      () => undefined,
    );
    sources.append(h("li", { class: "source" },
      h("div", {}, title, about),
      h("ul", { class: "evidence" }, evidence.map((e) =>
        h("li", {}, h("a", { class: "evidence-link", href: docLink(docId, e), title: "Open the article at this sentence" }, `“${e.text}”`))))));
  }

  return h("article", { class: "entry-details" },
    h("h3", {}, entry.title),
    h("dl", { class: "facts" },
      h("dt", {}, "Date"), h("dd", {}, entry.date),
      h("dt", {}, "CAMEO"), h("dd", {}, entry.cameo),
      h("dt", {}, "Goldstein"), h("dd", {}, h("span", { class: `tone tone-${toneOf(entry.goldstein)}` }, signed(entry.goldstein))),
      h("dt", {}, "Significance"), h("dd", {}, entry.significance.toFixed(2)),
      h("dt", {}, "Merged"), h("dd", {}, entry.why)),
    h("h4", {}, `Sources (${byDocument.size})`),
    sources);
}
