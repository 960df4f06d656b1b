// Rule "speaker-inside": an attribution standing between two quotations of one paragraph ("...," he said,
// "..."; "...," she added. "...") belongs to the second quotation too. It reads nothing else.
import { attributionAt } from "../grammar.js";
import { MASK, type AttributionRule } from "../types.js";

/** What may follow the attribution before the second quotation: a few words ("on Monday"), then punctuation. */
const BRIDGE_END = new RegExp(String.raw`^[^${MASK}]{0,40}?[,.:;][ \u00a0]*$`, "u");

export const speakerInside: AttributionRule = {
  name: "speaker-inside",
  attribute({ index, first }, ctx) {
    const previous = ctx.quotations[index - 1];
    const close = previous?.last.close;
    if (!previous || close == null || previous.last.paragraph !== first.paragraph) return null;
    const bridge = attributionAt(ctx.masked, close + 1, first.open);
    return bridge && BRIDGE_END.test(ctx.masked.slice(bridge.end, first.open)) ? { speaker: bridge.speaker } : null;
  },
};
