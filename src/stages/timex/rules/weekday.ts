// Rule "weekday": a weekday name ("Friday", "last Friday", "Friday afternoon"), resolved to the nearest
// such day before publication unless a word or the tense points forward. Named days ("Good Friday") are not dates.
import { PART_OF_DAY_NAME, PARTS_OF_DAY, WEEKDAY_NAME, WEEKDAY_NOT_AFTER, WEEKDAY_NOT_DATE, WEEKDAYS, alternation, withCapitals } from "../lexicon.js";
import { RELATIVE_PLACEMENT, placementOf, resolveWeekday } from "../resolve.js";
import { patternRule, wordAfter, wordsBefore } from "../types.js";

const RELATIVE = alternation(withCapitals(Object.keys(RELATIVE_PLACEMENT)));
const PATTERN = new RegExp(
  `(?<![\\p{L}\\d])(?:(?<relative>${RELATIVE})\\s+)?(?<weekday>${WEEKDAY_NAME})(?:\\s+(?<part>${PART_OF_DAY_NAME}))?(?![\\p{L}\\d])`,
  "gu",
);

export const weekday = patternRule("weekday", PATTERN, (m, ctx) => {
  const { relative, weekday: name = "", part } = m.groups ?? {};
  const day = WEEKDAYS.get(name);
  if (!day) return null;
  const before = wordsBefore(ctx.body, m.index, 1)[0];
  if ((before && WEEKDAY_NOT_AFTER.has(before)) || WEEKDAY_NOT_DATE.has(wordAfter(ctx.body, m.index + m[0].length))) return null;
  const span = { start: m.index, end: m.index + m[0].length };
  const placement = relative ? placementOf(relative) : ctx.direction(span);
  const date = resolveWeekday(ctx.reference, day, placement);
  const partCode = part ? PARTS_OF_DAY.get(part) : undefined;
  return partCode ? { type: "time", value: `${date}T${partCode}` } : { type: "date", value: date };
});
