// Refiner: resolves anaphoric candidates ("the previous year", "two years later", "the end of the year")
// against the last concrete date mentioned before them; without one they keep their reference-based value.
import { addDays, addMonths, formatDay, formatMonth, pad4, parseDay } from "../calendar.js";
import { clauseAround } from "../tense.js";
import type { Anaphor, Candidate, Refiner } from "../types.js";

const YEAR_PREFIX = /^(\d{4})(?!\d)/;
const MONTH_PREFIX = /^(\d{4})-(\d{2})(?![\d])/;

/** The value an antecedent gives an anaphor, or null when the antecedent is too coarse. */
function shiftFrom(antecedent: string, anaphor: Anaphor): string | null {
  if (/X|_REF/.test(antecedent)) return null;
  if (anaphor.granularity === "day") {
    const day = parseDay(antecedent);
    return day ? formatDay(addDays(day, anaphor.steps)) : null;
  }
  if (anaphor.granularity === "month") {
    const m = MONTH_PREFIX.exec(antecedent);
    if (!m) return null;
    const shifted = addMonths(Number(m[1]), Number(m[2]), anaphor.steps);
    return formatMonth(shifted.year, shifted.month);
  }
  const y = YEAR_PREFIX.exec(antecedent);
  return y ? pad4(Number(y[1]) + anaphor.steps) : null;
}

export const resolveAnaphora: Refiner = (ctx, candidates) => {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (!c.anaphor) {
      out.push(c);
      continue;
    }
    const sentence = clauseAround(ctx.clauses, c);
    let value: string | null = null;
    for (let i = out.length - 1; i >= 0 && value === null; i--) {
      const antecedent = out[i];
      if (!antecedent || (antecedent.type !== "date" && antecedent.type !== "time")) continue;
      if (c.anaphor.scope === "sentence" && antecedent.start < sentence.start) break;
      value = shiftFrom(antecedent.value, c.anaphor);
    }
    out.push(value === null ? c : { ...c, value });
  }
  return out;
};
