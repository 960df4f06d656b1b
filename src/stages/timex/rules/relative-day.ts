// Rule "relative-day": "today", "yesterday", "tomorrow", "tonight", "last night", "yesterday morning":
// the reference day moved by whole days, with a part of the day as a TIMEX3 time.
import { alternation, PART_OF_DAY_NAME, PARTS_OF_DAY, phraseKey, RELATIVE_DAYS, withCapitals } from "../lexicon.js";
import { resolveShift } from "../resolve.js";
import { patternRule } from "../types.js";

const PATTERN = new RegExp(
  `(?<![\\p{L}\\d])(?<day>${alternation(withCapitals(RELATIVE_DAYS.keys()))})(?:\\s+(?<part>${PART_OF_DAY_NAME}))?(?![\\p{L}\\d])`,
  "gu",
);

export const relativeDay = patternRule("relative-day", PATTERN, (m, ctx) => {
  const day = RELATIVE_DAYS.get(phraseKey(m.groups?.day ?? ""));
  if (!day) return null;
  const date = resolveShift(ctx.reference, "day", day.steps);
  const part = day.part ?? (m.groups?.part ? PARTS_OF_DAY.get(m.groups.part) : undefined);
  return part ? { type: "time", value: `${date}T${part}` } : { type: "date", value: date };
});
