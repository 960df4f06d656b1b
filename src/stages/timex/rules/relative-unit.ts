// Rule "relative-unit": a calendar unit counted from publication ("last week" → ISO week, "this weekend" →
// YYYY-Www-WE, "next year", "earlier this month"). "the past year" is a duration and belongs to duration-span.
import { alternation, MODIFIER, phraseKey, withCapitals, type UnitName } from "../lexicon.js";
import { resolveShift, resolveWeekend } from "../resolve.js";
import { patternRule } from "../types.js";

/** Steps from the reference unit each relative word means. */
const STEPS: Readonly<Record<string, number>> = {
  last: -1, "the last": -1, "this past": -1, past: -1, this: 0, current: 0, "the current": 0, next: 1, coming: 1, "the coming": 1,
};
const UNITS = ["week", "weekend", "month", "year", "quarter", "decade", "century"];
const PATTERN = new RegExp(
  `(?<![\\p{L}\\d])${MODIFIER}?(?<relative>${alternation(withCapitals(Object.keys(STEPS)))})` +
    `\\s+(?:fiscal\\s+)?(?<unit>${alternation(UNITS)})(?![\\p{L}\\d-])`,
  "gu",
);

export const relativeUnit = patternRule("relative-unit", PATTERN, (m, ctx) => {
  const relative = phraseKey(m.groups?.relative ?? "");
  const unit = m.groups?.unit ?? "";
  const steps = STEPS[relative];
  if (steps === undefined) return null;
  // "the coming month" and "the past week" are spans of time (duration-span); only their weekends are dates.
  if ((relative === "the coming" || relative === "past") && unit !== "weekend") return null;
  if (unit === "weekend") {
    const relation = relative.endsWith("coming") ? "coming" : steps < 0 ? "last" : steps > 0 ? "next" : "this";
    return { type: "date", value: resolveWeekend(ctx.reference, relation) };
  }
  return {
    type: "date",
    value: resolveShift(ctx.reference, unit as UnitName, steps),
    ...(unit === "year" ? { yearShift: steps } : {}),
  };
});
