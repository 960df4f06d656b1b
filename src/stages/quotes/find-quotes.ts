// Finds every quotation of a body with its speaker, and reported speech: the rules read attributions, the
// refiners resolve and tidy (after chrono). Pure: the same body and spans give the same quotes.
import type { Span } from "../../doc/model.js";
import { createContext } from "./context.js";
import { REFINERS } from "./refiners/index.js";
import { ATTRIBUTION_RULES, REPORTED_RULES } from "./rules/index.js";
import type { AttributedQuote, Attribution, Candidate, Quotation, QuoteContext } from "./types.js";

/** One candidate per quotation, from the first rule (in priority order) that reads its attribution. */
function attributeQuotations(ctx: QuoteContext, decisions: Map<Quotation, Attribution>): Candidate[] {
  const byQuotation = new Map<Quotation, Candidate>();
  for (const quotation of ctx.quotations) {
    for (const rule of ATTRIBUTION_RULES) {
      const attribution = rule.attribute(quotation, ctx);
      if (!attribution) continue;
      decisions.set(quotation, attribution);
      byQuotation.set(quotation, {
        spans: quotation.pieces.map(({ start, end }) => ({ start, end })),
        direct: true,
        via: `quotes/rules/${rule.name}`,
        speaker: attribution.speaker,
        sameAs: attribution.sameAs ? byQuotation.get(attribution.sameAs) ?? null : null,
        resolved: null,
      });
      break;
    }
  }
  return [...byQuotation.values()];
}

function toQuotes(body: string, candidate: Candidate): AttributedQuote[] {
  const speaker = candidate.resolved;
  return candidate.spans.map(({ start, end }) => ({
    text: body.slice(start, end),
    start,
    end,
    direct: candidate.direct,
    speaker: speaker && (speaker.name || speaker.description) ? { name: speaker.name, actor: null, description: speaker.description } : null,
    speakerSpan: speaker?.span ?? null,
    via: candidate.via,
  }));
}

const firstStart = (c: Candidate) => c.spans[0]?.start ?? 0;

/** Every direct quote of `body` (one per paragraph of a quotation) and every reported clause with a named speaker, in order. */
export function findQuotes(body: string, paragraphs: Span[], sentences: Span[]): AttributedQuote[] {
  const decisions = new Map<Quotation, Attribution>();
  const ctx = createContext(body, paragraphs, sentences, decisions);
  let candidates = [...attributeQuotations(ctx, decisions), ...REPORTED_RULES.flatMap((rule) => rule.find(ctx))]
    .sort((a, b) => firstStart(a) - firstStart(b));
  for (const refine of REFINERS) candidates = refine(ctx, candidates);
  return candidates.flatMap((c) => toQuotes(body, c));
}
