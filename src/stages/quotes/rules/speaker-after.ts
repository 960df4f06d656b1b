// Rule "speaker-after": the attribution follows the quotation ("...," says Alexei Ivanov, chair of ...;
// "...," he added; "...," referring to the talks, said X). It does not read attributions before the quotation.
import { attributionAt } from "../grammar.js";
import { isUtterance } from "../position.js";
import { MASK, type AttributionRule } from "../types.js";

/** Where an attribution may begin further into the sentence: after a comma or after another quotation. */
const LATER_START = new RegExp(String.raw`,|${MASK}(?!${MASK})`, "gu");
const NON_SPACE = /\S/u;

export const speakerAfter: AttributionRule = {
  name: "speaker-after",
  attribute(quotation, ctx) {
    const close = quotation.last.close;
    if (close === null || !isUtterance(quotation, ctx)) return null;
    const from = close + 1;
    const paragraph = ctx.paragraphs[quotation.last.paragraph];
    const next = NON_SPACE.exec(ctx.body.slice(from, paragraph?.end ?? from));
    if (!next) return null;
    // The attribution's sentence: a splitter may end the quotation's sentence at `?"` before "Putin said."
    const sentence = ctx.sentenceAt(from + next.index);
    const adjacent = attributionAt(ctx.masked, from, sentence.end);
    if (adjacent) return { speaker: adjacent.speaker };
    if (ctx.sentenceAt(close) !== sentence) return null;
    for (const m of ctx.masked.slice(from, sentence.end).matchAll(LATER_START)) {
      const later = attributionAt(ctx.masked, from + m.index + 1, sentence.end);
      if (later) return { speaker: later.speaker };
    }
    return null;
  },
};
