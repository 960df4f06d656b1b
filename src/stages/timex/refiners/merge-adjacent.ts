// Refiner: joins neighbours that make one expression: a month without a year and a relative year
// ("September last year", "early December of last year"), and a clock time with its day ("15:00 GMT Saturday").
import { formatDay, formatMonth, pad2 } from "../calendar.js";
import type { Candidate, Refiner } from "../types.js";

const YEAR_GAP = /^\s*,?\s*(?:of\s+)?$/;
const TIME_GAP = /^\s*,?\s*(?:on\s+|at\s+)?$/;
const DAY_VALUE = /^(?:\d{4}-\d{2}-\d{2}|XXXX-XX-XX|XXXX-WXX-\d|\d{4}-W\d{2}-\d)$/;

function placeInYear(date: Candidate, year: Candidate): Candidate | null {
  if (!date.yearless || year.yearShift === undefined) return null;
  const { month, day } = date.yearless;
  const y = /^\d{4}$/.test(year.value) ? Number(year.value) : null;
  const yearless = `XXXX-${pad2(month)}${day === null ? "" : `-${pad2(day)}`}`;
  const value = y === null ? yearless : day === null ? formatMonth(y, month) : formatDay({ year: y, month, day });
  return { start: date.start, end: year.end, type: "date", value, rule: date.rule };
}

function attachClock(time: Candidate, date: Candidate): Candidate | null {
  if (!time.clock || date.type !== "date" || !DAY_VALUE.test(date.value)) return null;
  return { start: Math.min(time.start, date.start), end: Math.max(time.end, date.end), type: "time", value: `${date.value}${time.clock}`, rule: date.rule };
}

function merge(body: string, first: Candidate, second: Candidate): Candidate | null {
  const gap = body.slice(first.end, second.start);
  if (YEAR_GAP.test(gap)) {
    const placed = placeInYear(first, second);
    if (placed) return placed;
  }
  if (TIME_GAP.test(gap)) return attachClock(first, second) ?? attachClock(second, first);
  return null;
}

export const mergeAdjacent: Refiner = (ctx, candidates) => {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const previous = out.at(-1);
    const merged = previous ? merge(ctx.body, previous, c) : null;
    if (merged) out[out.length - 1] = merged;
    else out.push(c);
  }
  return out;
};
