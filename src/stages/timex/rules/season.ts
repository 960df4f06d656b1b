// Rule "season": "last summer" → 2012-SU, "the winter of 2014", "next spring", "in the autumn". A bare season
// needs date context, and "fall" needs a relative word or a year (it is a verb first).
import { DATE_PREPOSITIONS, MODIFIER, SEASON_NAME, SEASONS, YEAR, alternation, withCapitals } from "../lexicon.js";
import { placementOf, RELATIVE_PLACEMENT, resolveSeason } from "../resolve.js";
import { patternRule, wordsBefore } from "../types.js";

const RELATIVE = alternation(withCapitals(Object.keys(RELATIVE_PLACEMENT)));
const PATTERN = new RegExp(
  `(?<![\\p{L}\\d])(?<modifier>${MODIFIER})?(?:(?<relative>${RELATIVE})\\s+|(?<the>[Tt]he)\\s+)?` +
    `(?:(?<yearFirst>${YEAR})\\s+)?(?<season>${SEASON_NAME})(?:\\s+(?:of\\s+)?(?<year>${YEAR}))?(?![\\p{L}\\d])`,
  "gu",
);

export const season = patternRule("season", PATTERN, (m, ctx) => {
  const { modifier, relative, the, season: name = "" } = m.groups ?? {};
  const code = SEASONS.get(name.toLowerCase());
  const year = m.groups?.year ?? m.groups?.yearFirst;
  if (!code) return null;
  if (year) return { type: "date", value: `${year}-${code}` };
  if (name.toLowerCase() === "fall" && !relative) return null;
  if (!relative && !modifier && !DATE_PREPOSITIONS.has(wordsBefore(ctx.body, m.index, 1)[0] ?? "")) return null;
  if (!relative && !the && !modifier && name !== name.toLowerCase()) return null;
  const span = { start: m.index, end: m.index + m[0].length };
  return { type: "date", value: resolveSeason(ctx.reference, code, relative ? placementOf(relative) : ctx.direction(span)) };
});
