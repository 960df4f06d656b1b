// Rule "name-colon": a headline or lead that is only a name and a colon before the quotation
// (Lavrov: "The West has chosen confrontation"). It needs no speech verb and reads nothing else.
import { nameBeforeColon } from "../grammar.js";
import type { AttributionRule } from "../types.js";

export const nameColon: AttributionRule = {
  name: "name-colon",
  attribute({ first }, ctx) {
    const sentence = ctx.sentenceAt(first.open);
    const speaker = nameBeforeColon(ctx.masked, sentence.start, first.open);
    return speaker ? { speaker } : null;
  },
};
