// Rule "month": a month name, with an optional modifier ("early", "the start of"), a relative word
// ("last May") and a year ("May 2015"). Bare "May" and "March" need date context; lower case never counts.
import { formatMonth } from "../calendar.js";
import {
  AMBIGUOUS_MONTHS, DATE_PREPOSITIONS, MODIFIER, MONTH_NAME, MONTH_NOT_AFTER, MONTHS, RANGE_WORDS, YEAR, withCapitals, alternation,
} from "../lexicon.js";
import { RELATIVE_PLACEMENT, placementOf, resolveMonth } from "../resolve.js";
import { patternRule, wordsBefore } from "../types.js";

const RELATIVE = alternation(withCapitals(Object.keys(RELATIVE_PLACEMENT)));
const PATTERN = new RegExp(
  `(?<![\\p{L}\\d])(?<modifier>${MODIFIER})?(?:(?<relative>${RELATIVE})\\s+)?(?<month>${MONTH_NAME})` +
    `(?:,?\\s+(?:of\\s+)?(?<year>${YEAR}))?(?![\\p{L}\\d])`,
  "gu",
);
const MONTH_WORD = new RegExp(`^${MONTH_NAME}$`, "u");

/** "in May", "since March", "from March to May": words that make an ambiguous month name a date. */
function hasDateContext(body: string, start: number): boolean {
  const words = wordsBefore(body, start, 2);
  const previous = words.at(-1);
  const earlier = words.at(-2);
  if (!previous) return false;
  if (DATE_PREPOSITIONS.has(previous)) return true;
  return RANGE_WORDS.has(previous) && earlier !== undefined && MONTH_WORD.test(earlier.charAt(0).toUpperCase() + earlier.slice(1));
}

export const month = patternRule("month", PATTERN, (m, ctx) => {
  const { modifier, relative, month: written = "", year } = m.groups ?? {};
  const name = written.replace(/\.$/, "");
  const number = MONTHS.get(name);
  if (!number) return null;
  const before = wordsBefore(ctx.body, m.index, 1)[0];
  if (before && MONTH_NOT_AFTER.has(before)) return null;
  if (AMBIGUOUS_MONTHS.has(name) && !modifier && !relative && !year && !hasDateContext(ctx.body, m.index)) return null;
  if (year) return { type: "date", value: formatMonth(Number(year), number) };
  const span = { start: m.index, end: m.index + m[0].length };
  const placement = relative ? placementOf(relative) : ctx.direction(span);
  return {
    type: "date",
    value: resolveMonth(ctx.reference, number, placement),
    ...(relative ? {} : { yearless: { month: number, day: null } }),
  };
});
