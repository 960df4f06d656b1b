// quotes: every quotation of the body with its speaker (direct, partial, multi-paragraph) and reported speech
// (direct: false). It leaves speaker.actor null: the actors stage links speakers to actors through speakerSpan.
import { defineComponent } from "../../pipeline/component.js";
import { findQuotes } from "./find-quotes.js";

export { findQuotes } from "./find-quotes.js";
export type { AttributedQuote } from "./types.js";

export const quotes = defineComponent({
  name: "quotes",
  description: "direct quotes with their speakers, partial and multi-paragraph quotes, reported speech",
  requires: ["body", "paragraphs", "sentences"],
  assigns: ["quotes"],
  run(doc) {
    return { quotes: findQuotes(doc.body, doc.paragraphs, doc.sentences) };
  },
});
