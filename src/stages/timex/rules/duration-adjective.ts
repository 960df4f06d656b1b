// Rule "duration-adjective": hyphenated lengths before a noun ("a three-day visit" → P3D, "24-hour" → PT24H,
// "a 30-year deal"). Ages ("a 22-year-old") are not durations of anything in the text.
import { COUNT, parseCount, UNIT_SINGULAR, unitOf } from "../lexicon.js";
import { durationValue } from "../resolve.js";
import { patternRule } from "../types.js";

const PATTERN = new RegExp(
  `(?<![\\p{L}\\d.,-])(?<count>${COUNT})-(?<unit>${UNIT_SINGULAR})(?:-long)?(?![\\p{L}\\d]|-(?!long\\b))`,
  "gu",
);

export const durationAdjective = patternRule("duration-adjective", PATTERN, (m) => {
  const unit = unitOf(m.groups?.unit ?? "");
  const count = parseCount(m.groups?.count ?? "");
  if (!unit || count === null || count === "X") return null;
  return { type: "duration", value: durationValue(count, unit) };
});
