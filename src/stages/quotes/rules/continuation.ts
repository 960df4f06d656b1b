// Rule "continuation": a quotation opening its sentence without an attribution of its own carries on the speaker of the
// previous quotation in the paragraph (or the previous paragraph's last, when it opens its paragraph). It never introduces a speaker.
import { hasSpeechVerb } from "../grammar.js";
import { isHeading, opensSentence, wordCount } from "../position.js";
import type { AttributionRule } from "../types.js";

/** Shorter quoted openers are slogans or headings, not a speaker going on (calibrated on the seeds and fixtures). */
const CONTINUATION_MIN_WORDS = 4;

export const continuation: AttributionRule = {
  name: "continuation",
  attribute({ index, first, last, pieces }, ctx) {
    const previous = ctx.quotations[index - 1];
    const paragraph = ctx.paragraphs[first.paragraph];
    if (!previous || !paragraph || !opensSentence(first, ctx) || isHeading(paragraph, ctx)) return null;
    if (wordCount(pieces.map((p) => ctx.body.slice(p.start, p.end)).join(" ")) < CONTINUATION_MIN_WORDS) return null;
    // A speech verb after the quotation means an attribution the rules could not read: better no speaker than a wrong one.
    const close = last.close ?? last.end;
    if (hasSpeechVerb(ctx.masked, close, ctx.sentenceAt(close).end)) return null;
    const opensParagraph = ctx.body.slice(paragraph.start, first.open).trim() === "";
    const isNeighbour = previous.last.paragraph === first.paragraph ||
      (opensParagraph && previous.last.paragraph === first.paragraph - 1);
    const decided = isNeighbour ? ctx.decided(previous) : undefined;
    if (!decided || (!decided.speaker && !decided.sameAs)) return null;
    return { speaker: null, sameAs: decided.sameAs ?? previous };
  },
};
