// Rule "year": a four-digit year ("2010", "in 2011", "mid-2015", "the 2014 annexation", "2009-2010" as two).
// A number that counts something ("2000 troops", "2,670", "$2010") or sits inside another number is no year.
import { MODIFIER, NOT_PLURAL, QUANTITY_NOUNS, YEAR, YEAR_NOT_AFTER, YEAR_PRECEDED_BY } from "../lexicon.js";
import { patternRule, wordAfter, wordsBefore } from "../types.js";

const PATTERN = new RegExp(
  // Not after letters, digits, currency, '#', '/', ':', '.', ','; after a dash only when a year precedes it (a range).
  `(?<![\\p{L}\\d$€£¥#/:.,])(?<!(?<!${YEAR})[-–])(?<modifier>${MODIFIER})?(?:[Tt]he\\s+year\\s+)?(?<year>${YEAR})` +
    `(?![\\d\\p{L}]|[.,]\\d|[-–]\\p{L}|%|\\s*percent)`,
  "gu",
);

/** A plural noun, roughly: ends in -s but not in -ss, -us, -is ("analysis", "status" are singular). */
const PLURAL = /^\p{L}{2,}[^siu]s$/u;

/** "2000 troops", "1500 km": a count when a quantity noun or a lower-case plural follows and nothing makes it a year. */
function isQuantity(body: string, start: number, end: number): boolean {
  const previous = wordsBefore(body, start, 1)[0];
  if (previous && YEAR_PRECEDED_BY.has(previous)) return false;
  const next = wordAfter(body, end);
  const lower = next.toLowerCase();
  if (QUANTITY_NOUNS.has(lower)) return true;
  return next === lower && PLURAL.test(lower) && !NOT_PLURAL.has(lower);
}

export const year = patternRule("year", PATTERN, (m, ctx) => {
  const value = m.groups?.year ?? "";
  const yearStart = m.index + m[0].length - value.length;
  if (m.groups?.modifier) return { type: "date", value };
  const previous = wordsBefore(ctx.body, m.index, 1)[0];
  if ((previous && YEAR_NOT_AFTER.has(previous)) || isQuantity(ctx.body, m.index, yearStart + value.length)) return null;
  return { type: "date", value };
});
