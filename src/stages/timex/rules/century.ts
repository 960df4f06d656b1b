// Rule "century": "the 20th century" → 19, "the twenty-first century" → 20 (TIMEX3 century values).
// "this century" and "last century" are relative-unit; ordinals before other nouns ("70th anniversary") are not dates.
import { ORDINAL, parseOrdinal } from "../lexicon.js";
import { patternRule } from "../types.js";
import { pad2 } from "../calendar.js";

const PATTERN = new RegExp(`(?<![\\p{L}\\d])(?:[Tt]he\\s+)?(?<ordinal>${ORDINAL})[\\s-]+[Cc]entury(?![\\p{L}\\d-])`, "gu");

export const century = patternRule("century", PATTERN, (m) => {
  const ordinal = parseOrdinal(m.groups?.ordinal ?? "");
  if (!ordinal || ordinal > 21) return null;
  return { type: "date", value: pad2(ordinal - 1) };
});
