// Doc ⇄ FORMAT.md v1 record. Internal layers (input bytes, text, paragraphs, clues,
// sentences) are left out; layers no stage produced are empty, as FORMAT.md says.
import type { Doc, Meta } from "./model.js";

export interface DocRecord {
  id: string;
  source: { path: string | null; url: string | null };
  meta: Meta;
  body: string;
  timexes: Doc["timexes"];
  actors: Doc["actors"];
  quotes: Doc["quotes"];
  quantities: Doc["quantities"];
  events: Doc["events"];
  contentHash: string;
  /** The first stored document of the same story, when this one is a near-duplicate. */
  duplicateOf?: string | null;
}

export const EMPTY_META: Meta = { title: null, outlet: null, authors: [], published: null, publishedFrom: null, language: null };

export function toRecord(doc: Partial<Doc> & Pick<Doc, "id" | "input">): DocRecord {
  return {
    id: doc.id,
    source: { path: doc.input.source.path, url: doc.meta?.url ?? doc.input.source.url },
    meta: doc.meta ?? EMPTY_META,
    body: doc.body ?? "",
    timexes: doc.timexes ?? [],
    actors: doc.actors ?? [],
    quotes: doc.quotes ?? [],
    quantities: doc.quantities ?? [],
    events: doc.events ?? [],
    contentHash: doc.input.contentHash,
  };
}
