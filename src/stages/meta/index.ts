// meta: title, outlet, authors, publication date and language of a document, from the
// caller's sidecar first, then the clues of the page, then the URL and file name. A date
// still missing is inferred (and warned about) by the pubdate stage.
import { franc } from "franc-min";
import { iso6393To1 } from "iso-639-3";
import type { Meta, MetaClue } from "../../doc/model.js";
import { defineComponent } from "../../pipeline/component.js";
import { chooseAuthors, chooseOutlet, choosePublished, chooseTitle } from "./choose.js";

/** franc needs this much text to tell languages apart reliably. */
const MIN_LANGUAGE_SAMPLE = 40;
const LANGUAGE_SAMPLE = 4000;

export function detectLanguage(body: string, clues: readonly MetaClue[]): string | null {
  if (body.length >= MIN_LANGUAGE_SAMPLE) {
    const code = franc(body.slice(0, LANGUAGE_SAMPLE));
    const iso1 = iso6393To1[code];
    if (iso1) return iso1;
  }
  const declared = clues.find((c) => c.field === "language")?.value.toLowerCase().match(/^[a-z]{2}/)?.[0];
  return declared ?? null;
}

export const meta = defineComponent({
  name: "meta",
  description: "title, outlet, authors, publication date (not crawl dates) and language",
  requires: ["body", "clues"],
  assigns: ["meta"],
  run(doc) {
    const sidecar = doc.input.sidecar ?? {};
    const url = sidecar.url ?? doc.input.source.url ?? doc.clues.find((c) => c.field === "url" && /^https?:/.test(c.value))?.value ?? null;
    const outlet = sidecar.outlet ?? chooseOutlet(doc.clues, url);
    const dating = sidecar.published
      ? { published: sidecar.published, publishedFrom: "sidecar" as const, crawled: null }
      : choosePublished(doc.clues, url, doc.input.source.path);
    const result: Meta = {
      title: sidecar.title ?? chooseTitle(doc.clues, outlet),
      outlet,
      authors: sidecar.authors ?? chooseAuthors(doc.clues, outlet),
      published: dating.published,
      publishedFrom: dating.publishedFrom,
      language: sidecar.language ?? detectLanguage(doc.body, doc.clues),
      url,
    };
    if (dating.crawled) result.crawled = dating.crawled;
    return { meta: result };
  },
});
