// Rule "ago": "eleven years ago" (a point that many units before publication, at the unit's granularity)
// and "two years later/earlier" (counted from the last mentioned date, by refiners/resolve-anaphora).
import { COUNT, parseCount, UNIT_ANY, unitOf, type UnitName } from "../lexicon.js";
import { resolveOffset } from "../resolve.js";
import type { AnaphorGranularity } from "../types.js";
import { patternRule } from "../types.js";

const PATTERN = new RegExp(
  `(?<![\\p{L}\\d.,])(?:(?<count>${COUNT})\\s+)?(?<unit>${UNIT_ANY})\\s+(?<direction>ago|earlier|later)(?![\\p{L}\\d])(?!\\s+than)`,
  "gu",
);

/** The granularity an anaphoric "N units later" keeps, and how many of it one unit is. */
const ANAPHOR_UNITS: Partial<Record<UnitName, { granularity: AnaphorGranularity; size: number }>> = {
  year: { granularity: "year", size: 1 },
  decade: { granularity: "year", size: 10 },
  month: { granularity: "month", size: 1 },
  quarter: { granularity: "month", size: 3 },
  week: { granularity: "day", size: 7 },
  fortnight: { granularity: "day", size: 14 },
  day: { granularity: "day", size: 1 },
};
const UNDERSPECIFIED: Record<AnaphorGranularity, string> = { year: "XXXX", month: "XXXX-XX", day: "XXXX-XX-XX" };

export const ago = patternRule("ago", PATTERN, (m, ctx) => {
  const unit = unitOf(m.groups?.unit ?? "");
  if (!unit) return null;
  const count = m.groups?.count ? parseCount(m.groups.count) : "X";
  if (count === null || (count !== "X" && !Number.isInteger(count))) return null;
  if (m.groups?.direction === "ago") {
    if (count === "X") return { type: "date", value: "PAST_REF" };
    return { type: "date", value: resolveOffset(ctx.reference, unit.name, -count) };
  }
  const anaphoric = ANAPHOR_UNITS[unit.name];
  if (!anaphoric || count === "X") return null;
  const sign = m.groups?.direction === "later" ? 1 : -1;
  return {
    type: "date",
    value: UNDERSPECIFIED[anaphoric.granularity],
    anaphor: { granularity: anaphoric.granularity, steps: sign * count * anaphoric.size, scope: "document" },
  };
});
