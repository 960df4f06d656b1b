// Rule "reported-speech": indirect speech ("X said that CLAUSE", "CLAUSE, X said.", "INTRO, X says, CLAUSE") as quotes
// with direct: false, the reported clause being the span. Clauses holding a direct quotation are left to the direct rules.
import type { Span } from "../../../doc/model.js";
import { attributionAt, speechClausesIn, type SpeechMatch } from "../grammar.js";
import { NEEDS_THAT } from "../lexicon.js";
import { wordCount } from "../position.js";
import { MASK, type Candidate, type QuoteContext, type ReportedRule } from "../types.js";

/** "that" after the verb, perhaps past a few words ("said in an interview with the agency that"). */
const THAT = new RegExp(String.raw`^(?:[ \u00a0,]+[^${MASK}.;:!?]{0,80}?)?[ \u00a0,]+that[ \u00a0]+`, "u");
/** A clause straight after the verb ("said he expected", "says Russia will"). */
const CLAUSE_START = /^[ \u00a0]+(?=(?:he|she|it|they|we|there|this|these|the|its|his|her|their|our)[ \u00a0]|\p{Lu}[\p{L}'’-]*[ \u00a0]+\p{Ll})/u;
/** What may end a sentence after a trailing attribution: a few words ("told reporters on Monday"), then punctuation. */
const SENTENCE_TAIL = /^(?:[ \u00a0]+[\p{L}\p{N}'’-]+){0,5}[\s.!?"'\u201d\u2019]*$/u;
const PARENTHESIS_END = /^[ \u00a0]*,[ \u00a0]*/u;
const CLAUSE_TRIM_END = /[\s.,;:!?"'\u201d\u2019\u00bb)]+$/u;
/** Opening punctuation, or a wire dateline ("MOSCOW (Reuters) - "), before a reported clause. */
const CLAUSE_TRIM_START = /^(?:[\s,"'\u201c\u2018\u00ab(]+|\p{Lu}[\p{Lu}\s,.'’-]*(?:\([^)]*\))?\s*[-\u2013\u2014]\s+)+/u;
const COMMA = /,/gu;
const RULE = "reported-speech";
/** A reported clause is a statement: shorter stretches are fragments ("said so"). */
const CLAUSE_MIN_WORDS = 3;

/** The clause masked[start, end) trimmed, when it is a statement holding no direct quotation. */
function clauseSpan(ctx: QuoteContext, start: number, end: number): Span | null {
  const text = ctx.masked.slice(start, end);
  const lead = CLAUSE_TRIM_START.exec(text)?.[0].length ?? 0;
  const trimmed = text.slice(lead).replace(CLAUSE_TRIM_END, "");
  if (trimmed.includes(MASK) || wordCount(trimmed) < CLAUSE_MIN_WORDS) return null;
  return { start: start + lead, end: start + lead + trimmed.length };
}

/** "X said (...) that CLAUSE" or "X said CLAUSE". */
function clauseAfterVerb(ctx: QuoteContext, sentence: Span): { clause: Span; by: SpeechMatch } | null {
  for (const by of speechClausesIn(ctx.masked, sentence.start, sentence.end, "reported")) {
    const after = ctx.masked.slice(by.end, sentence.end);
    const verb = ctx.masked.slice(by.verb.start, by.verb.end).toLowerCase();
    const lead = THAT.exec(after) ?? (NEEDS_THAT.has(verb) ? null : CLAUSE_START.exec(after));
    const clause = lead && clauseSpan(ctx, by.end + lead[0].length, sentence.end);
    if (clause) return { clause, by };
  }
  return null;
}

/** "CLAUSE, X said." or "CLAUSE, said X, DESCRIPTION." or "INTRO, X says, CLAUSE". */
function clauseAroundAttribution(ctx: QuoteContext, sentence: Span): { clause: Span; by: SpeechMatch } | null {
  const text = ctx.masked.slice(sentence.start, sentence.end);
  for (const comma of text.matchAll(COMMA)) {
    const at = sentence.start + comma.index;
    const by = attributionAt(ctx.masked, at, sentence.end);
    if (!by) continue;
    const rest = ctx.masked.slice(by.end, sentence.end);
    const clause = SENTENCE_TAIL.test(rest)
      ? clauseSpan(ctx, sentence.start, at)
      : PARENTHESIS_END.test(rest) ? clauseSpan(ctx, by.end, sentence.end) : null;
    if (clause) return { clause, by };
  }
  return null;
}

export const reportedSpeech: ReportedRule = {
  name: RULE,
  find(ctx) {
    const found: Candidate[] = [];
    for (const sentence of ctx.sentences) {
      const reported = clauseAfterVerb(ctx, sentence) ?? clauseAroundAttribution(ctx, sentence);
      if (!reported) continue;
      found.push({ spans: [reported.clause], direct: false, via: `quotes/rules/${RULE}`, speaker: reported.by.speaker, sameAs: null, resolved: null });
    }
    return found;
  },
};
