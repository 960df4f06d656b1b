// Rule "numeric-date": day-first dotted dates of European outlets ("05.06.2012" → 2012-06-05). Chrono reads
// the ISO and slashed forms (explicit-date); version numbers and decimals are not dates.
import { formatDay, isValidDay } from "../calendar.js";
import { YEAR } from "../lexicon.js";
import { patternRule } from "../types.js";

const PATTERN = new RegExp(`(?<![\\p{L}\\d.,])(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?<year>${YEAR})(?![\\d]|\\.\\d)`, "gu");

export const numericDate = patternRule("numeric-date", PATTERN, (m) => {
  const day = { year: Number(m.groups?.year), month: Number(m.groups?.month), day: Number(m.groups?.day) };
  return isValidDay(day) ? { type: "date", value: formatDay(day) } : null;
});
