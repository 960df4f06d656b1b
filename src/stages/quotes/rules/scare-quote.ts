// Rule "scare-quote": a quoted term, title or label rather than anyone's words (the so-called "reset", the
// film "...", "observer" status) gets speaker null. It never looks for a speaker.
import { LABEL_NOUNS, SCARE_CUES, WORK_NOUNS } from "../lexicon.js";
import { wordCount } from "../position.js";
import type { AttributionRule } from "../types.js";

const CUE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${SCARE_CUES})[ \u00a0]*[,:]?[ \u00a0]*$`, "u");
const WORK_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:the|a|an|his|her|their|its|new|latest)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,2}?(?:${WORK_NOUNS})[ \u00a0]*,?[ \u00a0]*$`,
  "iu",
);
const LABEL_AFTER = new RegExp(String.raw`^[ \u00a0]+(?:${LABEL_NOUNS})(?![\p{L}])`, "u");
/** A quoted label is a word or a short phrase ("one China"); longer quoted stretches before such a noun are speech. */
const LABEL_MAX_WORDS = 4;
/** How much text before the opening mark the cues are looked for in. */
const CUE_REACH = 60;

export const scareQuote: AttributionRule = {
  name: "scare-quote",
  attribute({ first, last }, ctx) {
    const before = ctx.masked.slice(Math.max(0, first.open - CUE_REACH), first.open);
    if (CUE_BEFORE.test(before) || WORK_BEFORE.test(before)) return { speaker: null };
    const isShort = wordCount(ctx.body.slice(first.start, last.end)) <= LABEL_MAX_WORDS;
    if (last.close !== null && isShort && LABEL_AFTER.test(ctx.body.slice(last.close + 1, last.close + CUE_REACH))) return { speaker: null };
    return null;
  },
};
