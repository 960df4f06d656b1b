// Rule "partial-quote": a quoted phrase inside a sentence whose speech verb has a subject is that subject's
// words (Putin described the ties as a "full-scale partnership"). Without a speech verb it decides nothing.
import { lastFramingVerb, subjectBefore } from "../grammar.js";
import type { AttributionRule } from "../types.js";

export const partialQuote: AttributionRule = {
  name: "partial-quote",
  attribute({ first }, ctx) {
    const sentence = ctx.sentenceAt(first.open);
    const verb = lastFramingVerb(ctx.masked, sentence.start, first.open);
    const subject = verb && subjectBefore(ctx.masked, sentence.start, verb.start);
    return subject ? { speaker: subject } : null;
  },
};
