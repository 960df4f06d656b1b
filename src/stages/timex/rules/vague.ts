// Rule "vague": fixed phrases with a vague value (data/vague.json: "now" PRESENT_REF, "recently" PAST_REF,
// "in the future" FUTURE_REF), each with the neighbouring words that allow or veto it.
import { alternation, phraseKey, VAGUE_PHRASES, withCapitals } from "../lexicon.js";
import { patternRule, wordAfter, wordsBefore } from "../types.js";

const PATTERN = new RegExp(`(?<![\\p{L}\\d])(?:${alternation(withCapitals(VAGUE_PHRASES.keys()))})(?![\\p{L}\\d])`, "gu");

export const vague = patternRule("vague", PATTERN, (m, ctx) => {
  const phrase = VAGUE_PHRASES.get(phraseKey(m[0]));
  if (!phrase) return null;
  const before = wordsBefore(ctx.body, m.index, 1)[0] ?? "";
  const after = wordAfter(ctx.body, m.index + m[0].length).toLowerCase();
  if (phrase.after && !phrase.after.includes(before)) return null;
  if (phrase.notAfter?.includes(before) || phrase.notBefore?.includes(after)) return null;
  return { type: "date", value: phrase.value };
});
