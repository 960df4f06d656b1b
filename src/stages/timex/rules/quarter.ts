// Rule "quarter": "the first quarter of 2013" → 2013-Q1, "Q3 2015", "the fourth quarter" (in the reference
// year, the previous one when the clause is past and the quarter has not come yet). Fiscal years: "fiscal 2013".
import { ORDINAL, parseOrdinal, YEAR } from "../lexicon.js";
import { patternRule } from "../types.js";
import { pad4 } from "../calendar.js";

const PATTERN = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:[Tt]he\\s+)?(?<ordinal>${ORDINAL})\\s+quarter(?:\\s+(?:of\\s+)?(?<year>${YEAR}))?` +
    `|Q(?<q>[1-4])\\s*(?<qYear>${YEAR})|(?:[Ff]iscal(?:\\s+year)?|FY)\\s*(?<fiscal>${YEAR}))(?![\\p{L}\\d])`,
  "gu",
);

export const quarter = patternRule("quarter", PATTERN, (m, ctx) => {
  const { ordinal, year, q, qYear, fiscal } = m.groups ?? {};
  if (fiscal) return { type: "date", value: fiscal };
  if (q && qYear) return { type: "date", value: `${qYear}-Q${q}` };
  const n = parseOrdinal(ordinal ?? "");
  if (!n || n > 4) return null;
  if (year) return { type: "date", value: `${year}-Q${n}` };
  const ref = ctx.reference;
  if (!ref) return { type: "date", value: `XXXX-Q${n}` };
  const current = ref.month ? Math.floor((ref.month - 1) / 3) + 1 : null;
  const span = { start: m.index, end: m.index + m[0].length };
  const past = current !== null && n > current && ctx.direction(span) === "past";
  return { type: "date", value: `${pad4(past ? ref.year - 1 : ref.year)}-Q${n}` };
});
