// Rule "decade": "the 1990s" → 199, "the '90s" → 199, "the early 2000s" → 200 (TIMEX3 decade values).
// Plain numbers ending in s ("2,000s of people") are not decades.
import { MODIFIER } from "../lexicon.js";
import { patternRule } from "../types.js";

const PATTERN = new RegExp(
  `(?<![\\p{L}\\d,.$])(?:[Tt]he\\s+)?(?<modifier>${MODIFIER})?(?:(?<full>1[5-9]\\d0|20\\d0)|['’](?<short>[0-9]0))['’]?s(?![\\p{L}\\d])`,
  "gu",
);

export const decade = patternRule("decade", PATTERN, (m) => {
  const { full, short } = m.groups ?? {};
  if (full) return { type: "date", value: full.slice(0, 3) };
  // A two-digit decade is of the 1900s unless it is "the '00s" or "the '10s" (this century's).
  const tens = Number(short);
  return { type: "date", value: tens <= 10 ? `20${short?.charAt(0)}` : `19${short?.charAt(0)}` };
});
