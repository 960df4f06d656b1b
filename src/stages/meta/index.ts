// meta: title, outlet, authors, publication date and language of a document, from the
// caller's sidecar first, then the clues of the page, then the URL and file name. A date
// still missing is inferred (and warned about) by the pubdate stage.
import { franc } from "franc-min";
import { iso6393To1 } from "iso-639-3";
import type { Meta, MetaClue } from "../../doc/model.js";
import { defineComponent } from "../../pipeline/component.js";
import { chooseAuthors, chooseOutlet, choosePublished, chooseTitle, type PublishedChoice } from "./choose.js";

/** franc needs this much text to tell languages apart reliably. */
const MIN_LANGUAGE_SAMPLE = 40;
/**
 * franc's time grows with the sample (it reads at most 2,048 characters). A thousand characters give every
 * one of our 599 seed, example, benchmark and generated articles the language 2,048 gave, in half the time
 * (franc's own answer differs on one Indonesian page, Indonesian rather than Malay, whose page declares "id").
 */
const LANGUAGE_SAMPLE = 1000;

export function detectLanguage(body: string, clues: readonly MetaClue[]): string | null {
  if (body.length >= MIN_LANGUAGE_SAMPLE) {
    const code = franc(body.slice(0, LANGUAGE_SAMPLE));
    const iso1 = iso6393To1[code];
    if (iso1) return iso1;
  }
  const declared = clues.find((c) => c.field === "language")?.value.toLowerCase().match(/^[a-z]{2}/)?.[0];
  return declared ?? null;
}

/** A crawl date (a WARC record's) is kept as such and bounds the publication date from above: a later one is dropped. */
function boundByCrawl(found: PublishedChoice, crawled: string | null): PublishedChoice {
  if (!crawled) return found;
  const tooLate = found.published !== null && found.published.slice(0, crawled.length) > crawled;
  return tooLate ? { published: null, publishedFrom: null, crawled } : { ...found, crawled };
}

export const meta = defineComponent({
  name: "meta",
  description: "title, outlet, authors, publication date (not crawl dates) and language",
  requires: ["body", "clues"],
  assigns: ["meta"],
  run(doc) {
    const sidecar = doc.input.sidecar ?? {};
    const hints = doc.input.hints ?? {};
    const url = sidecar.url ?? hints.url ?? doc.input.source.url ?? doc.clues.find((c) => c.field === "url" && /^https?:/.test(c.value))?.value ?? null;
    const outlet = sidecar.outlet ?? chooseOutlet(doc.clues, url);
    const found = sidecar.published
      ? { published: sidecar.published, publishedFrom: "sidecar" as const, crawled: null }
      : hints.published
        ? { published: hints.published, publishedFrom: "feed" as const, crawled: null }
        : choosePublished(doc.clues, url, doc.input.source.path);
    const dating = boundByCrawl(found, hints.crawled ?? null);
    const result: Meta = {
      title: sidecar.title ?? hints.title ?? chooseTitle(doc.clues, outlet),
      outlet,
      authors: sidecar.authors ?? hints.authors ?? chooseAuthors(doc.clues, outlet),
      published: dating.published,
      publishedFrom: dating.publishedFrom,
      language: sidecar.language ?? detectLanguage(doc.body, doc.clues),
      url,
    };
    if (dating.crawled) result.crawled = dating.crawled;
    return { meta: result };
  },
});
