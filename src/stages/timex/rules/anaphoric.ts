// Rule "anaphoric": phrases that take their date from an earlier one ("the previous year", "that month",
// "the end of the year"); this rule proposes them with the reference-based value, refiners/resolve-anaphora moves them.
import { alternation, ANAPHORA, phraseKey, withCapitals } from "../lexicon.js";
import { resolveShift } from "../resolve.js";
import { patternRule } from "../types.js";

const PATTERN = new RegExp(`(?<![\\p{L}\\d])(?:${alternation(withCapitals(ANAPHORA.keys()))})(?![\\p{L}\\d])`, "gu");

export const anaphoric = patternRule("anaphoric", PATTERN, (m, ctx) => {
  const anaphor = ANAPHORA.get(phraseKey(m[0]));
  if (!anaphor) return null;
  return { type: "date", value: resolveShift(ctx.reference, anaphor.granularity, anaphor.steps), anaphor };
});
