// Rule "duration-span": a stretch of time back or ahead from now ("over the past 20 years" → P20Y, "the next
// 30 years", "the past year" → P1Y, "the next few months" → PXM). "the last week" is a date (relative-unit).
import { COUNT, parseCount, UNIT_ANY, unitOf, withCapitals, alternation } from "../lexicon.js";
import { durationValue } from "../resolve.js";
import { patternRule } from "../types.js";

/** Words that make a span with a singular unit ("the past year"); the others need a count ("the last two years"). */
const SPAN_WORDS = ["past", "next", "coming"];
const COUNTED_SPAN_WORDS = ["last", "previous", "following", "first", "final", "recent", "preceding"];
/** Units long enough that "the following decade" is a span rather than an anaphoric date. */
const LONG_UNITS = new Set(["decade", "century"]);

const PATTERN = new RegExp(
  `(?<![\\p{L}\\d])[Tt]he\\s+(?<which>${alternation([...SPAN_WORDS, ...COUNTED_SPAN_WORDS])})\\s+` +
    `(?:(?<count>${COUNT})\\s+)?(?<unit>${UNIT_ANY})(?![\\p{L}\\d-])`,
  "gu",
);

export const durationSpan = patternRule("duration-span", PATTERN, (m) => {
  const unit = unitOf(m.groups?.unit ?? "");
  const which = m.groups?.which ?? "";
  if (!unit) return null;
  const count = m.groups?.count ? parseCount(m.groups.count) : unit.plural ? "X" : 1;
  if (count === null) return null;
  const needsCount = !SPAN_WORDS.includes(which) && !(which === "following" && LONG_UNITS.has(unit.name));
  if (needsCount && !m.groups?.count) return null;
  return { type: "duration", value: durationValue(count, unit) };
});
