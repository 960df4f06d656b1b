// Rule "duration": a count and a unit ("for 30 years" → P30Y, "24 hours" → PT24H, "a decade" → P10Y,
// "several days" → PXD). Idioms ("one day", "a second term") and ages ("22-year-old") are not durations.
import { COUNT, NOT_DURATIONS, parseCount, UNIT_ANY, unitOf } from "../lexicon.js";
import { durationValue } from "../resolve.js";
import { patternRule } from "../types.js";

const PATTERN = new RegExp(
  `(?<![\\p{L}\\d.,$€£¥-])(?<count>${COUNT})\\s+(?<unit>${UNIT_ANY})(?:['’](?![\\p{L}]))?(?![\\p{L}\\d-])`,
  "gu",
);

export const duration = patternRule("duration", PATTERN, (m) => {
  const unit = unitOf(m.groups?.unit ?? "");
  const countText = (m.groups?.count ?? "").toLowerCase();
  const count = parseCount(countText);
  if (!unit || count === null) return null;
  if (NOT_DURATIONS.has(`${countText} ${unit.name}`.replace(/\s+/g, " "))) return null;
  // "a days" is no phrase: an article takes a singular unit.
  if ((countText === "a" || countText === "an") && unit.plural) return null;
  return { type: "duration", value: durationValue(count, unit) };
});
