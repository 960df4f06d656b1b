// The article's metadata with where each value came from (publishedFrom, confidence, any
// `<field>From` the record carries), so a reader can judge the date before trusting it.
import { h } from "../dom.js";
import type { DocRecord } from "../types.js";

const FIELDS = ["title", "outlet", "authors", "published", "language", "url"] as const;

export function metadataTable(record: DocRecord): HTMLElement {
  const meta = record.meta;
  const rows = FIELDS.map((field) => {
    const value = field === "url" ? meta.url ?? record.source?.url : meta[field];
    const joined = Array.isArray(value) ? value.join(", ") : value === null || value === undefined ? "" : String(value);
    const shown = joined === "" ? null : joined;
    return h("tr", {},
      h("th", { scope: "row" }, field),
      h("td", {}, field === "url" && shown ? h("a", { href: shown, rel: "noopener noreferrer" }, shown) : shown ?? h("span", { class: "muted" }, "unknown")),
      h("td", { class: "muted" }, shown === null && field !== "published" ? "" : provenance(record, field)));
  });
  if (record.source?.path) rows.push(h("tr", {}, h("th", { scope: "row" }, "source"), h("td", {}, record.source.path), h("td", { class: "muted" }, "input file")));
  if (typeof meta.crawled === "string") rows.push(h("tr", {}, h("th", { scope: "row" }, "crawled"), h("td", {}, meta.crawled), h("td", { class: "muted" }, "page or crawl date")));
  return h("table", { class: "meta" },
    h("caption", {}, "Metadata"),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "field"), h("th", { scope: "col" }, "value"), h("th", { scope: "col" }, "from"))),
    h("tbody", {}, rows));
}

function provenance(record: DocRecord, field: string): string {
  const meta = record.meta;
  if (field === "published") {
    const from = meta.publishedFrom ?? "not found";
    return typeof meta.publishedConfidence === "number" ? `${from}, confidence ${meta.publishedConfidence}` : from;
  }
  if (field === "url" && !meta.url && record.source?.url) return "source";
  return meta.publishedFrom === "sidecar" ? "sidecar or extracted" : "extracted";
}
