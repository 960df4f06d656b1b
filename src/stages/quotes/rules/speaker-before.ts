// Rule "speaker-before": the attribution leads into the quotation with a colon or a comma (X told the
// official agency: "..."; He said, "..."), also from the end of the previous paragraph. Nothing after the quotation is read.
import type { Span } from "../../../doc/model.js";
import { speechClausesIn } from "../grammar.js";
import { MASK, type AttributionRule, type QuoteContext, type SpeakerPhrase } from "../types.js";

/** What may stand between the speech verb and the opening mark: a few words ("the official agency"), then ":" or ",". */
const LEADS_IN = new RegExp(String.raw`^[^${MASK}]{0,100}?[:,][\s]*$`, "u");
const ENDS_WITH_COLON = /:\s*$/u;

/** The speaker of the last speech clause in masked[from, to) when the clause leads into `to`. */
function leadingSpeaker(ctx: QuoteContext, from: number, to: number): SpeakerPhrase | null {
  const clause = [...speechClausesIn(ctx.masked, from, to, "direct")].at(-1);
  return clause && LEADS_IN.test(ctx.masked.slice(clause.end, to)) ? clause.speaker : null;
}

export const speakerBefore: AttributionRule = {
  name: "speaker-before",
  attribute({ first }, ctx) {
    const sentence = ctx.sentenceAt(first.open);
    const inSentence = leadingSpeaker(ctx, sentence.start, first.open);
    if (inSentence) return { speaker: inSentence };
    const paragraph = ctx.paragraphs[first.paragraph];
    const previous: Span | undefined = ctx.paragraphs[first.paragraph - 1];
    if (!paragraph || !previous || ctx.body.slice(paragraph.start, first.open).trim()) return null;
    if (!ENDS_WITH_COLON.test(ctx.masked.slice(previous.start, previous.end))) return null;
    const lastSentence = ctx.sentenceAt(Math.max(previous.start, previous.end - 1));
    const fromPrevious = leadingSpeaker(ctx, lastSentence.start, previous.end);
    return fromPrevious ? { speaker: fromPrevious } : null;
  },
};
