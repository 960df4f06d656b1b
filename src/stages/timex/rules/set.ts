// Rule "set": recurring times ("annually" P1Y, "weekly" P1W, "every morning", "each winter", "$100 billion a
// year"). "a year" is a set only right after a quantity; elsewhere it is a duration.
import {
  alternation, PART_OF_DAY_NAME, PARTS_OF_DAY, phraseKey, RATE_AFTER, RATE_ONLY_SETS, SEASON_NAME, SEASONS, SET_PHRASES, WEEKDAY_NAME, WEEKDAYS, withCapitals,
} from "../lexicon.js";
import { patternRule, wordsBefore } from "../types.js";

const PATTERN = new RegExp(
  `(?<![\\p{L}\\d])(?:(?<phrase>${alternation(withCapitals(SET_PHRASES.keys()))})` +
    `|(?:[Ee]very|[Ee]ach)\\s+(?:(?<weekday>${WEEKDAY_NAME})|(?<part>${PART_OF_DAY_NAME})|(?<season>${SEASON_NAME})))(?![\\p{L}\\d])`,
  "gu",
);
/** A quantity just before "a year" makes it a rate: "$100 billion a year", "twice a week", "3 percent a month". */
const isQuantity = (word: string) => /\d/.test(word) || RATE_AFTER.has(word);

export const set = patternRule("set", PATTERN, (m, ctx) => {
  const { phrase, weekday, part, season } = m.groups ?? {};
  if (weekday) return { type: "set", value: `XXXX-WXX-${WEEKDAYS.get(weekday)}` };
  if (part) return { type: "set", value: `XXXX-XX-XXT${PARTS_OF_DAY.get(part)}` };
  if (season) return { type: "set", value: `XXXX-${SEASONS.get(season.toLowerCase())}` };
  const key = phraseKey(phrase ?? "");
  const value = SET_PHRASES.get(key);
  if (!value) return null;
  if (RATE_ONLY_SETS.has(key) && !isQuantity(wordsBefore(ctx.body, m.index, 1)[0] ?? "")) return null;
  return { type: "set", value };
});
