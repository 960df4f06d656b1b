// Rule "according-to": the speaker is given by "according to" after the quotation ("...," according to X)
// or before it (According to X, "..."). It reads no speech verb.
import { accordingToAt, accordingToIn } from "../grammar.js";
import { MASK, type AttributionRule } from "../types.js";

/** What may stand between "according to X" and the opening mark: a few words, then a comma. */
const LEADS_IN = new RegExp(String.raw`^[^${MASK}]{0,60}?,\s*$`, "u");

export const accordingTo: AttributionRule = {
  name: "according-to",
  attribute({ first, last }, ctx) {
    if (last.close !== null) {
      const after = accordingToAt(ctx.masked, last.close + 1, ctx.sentenceAt(last.close).end);
      if (after) return { speaker: after.speaker };
    }
    const sentence = ctx.sentenceAt(first.open);
    const before = accordingToIn(ctx.masked, sentence.start, first.open).at(-1);
    return before && LEADS_IN.test(ctx.masked.slice(before.end, first.open)) ? { speaker: before.speaker } : null;
  },
};
