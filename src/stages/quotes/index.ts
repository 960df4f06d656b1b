// quotes: every quotation of the body with its speaker (direct, partial, multi-paragraph) and reported speech
// (direct: false), each speaker linked to its actor where the actors stage knows the person.
import { defineComponent } from "../../pipeline/component.js";
import { findQuotes } from "./find-quotes.js";
import { linkSpeakers } from "./link-speakers.js";

export { findQuotes } from "./find-quotes.js";
export type { AttributedQuote } from "./types.js";

export const quotes = defineComponent({
  name: "quotes",
  description: "direct quotes with their speakers, partial and multi-paragraph quotes, reported speech",
  requires: ["body", "paragraphs", "sentences", "actors"],
  assigns: ["quotes"],
  run(doc) {
    return { quotes: linkSpeakers(findQuotes(doc.body, doc.paragraphs, doc.sentences), doc.actors) };
  },
});
