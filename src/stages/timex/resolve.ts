// Resolves the parts of a temporal expression against the reference (publication) date with
// news conventions, as TIMEX3 values. Unknown parts stay underspecified (XXXX); nothing is guessed.
import {
  addDays, addMonths, formatDay, formatMonth, formatWeek, isoWeek, isoWeekday, isValidDay, mondayOfWeek,
  pad2, pad4, type Day,
} from "./calendar.js";
import { phraseKey, type Count, type UnitInfo, type UnitName } from "./lexicon.js";
import type { Reference } from "./reference.js";
import type { Direction } from "./tense.js";

/** How an expression places itself: by tense, or by a word ("last May", "next Friday", "this week"). */
export type Placement = Direction | "last" | "next" | "this" | null;

/** Words that place a month, weekday or season: "last May", "next Friday", "this past winter". */
export const RELATIVE_PLACEMENT: Readonly<Record<string, Placement>> = {
  last: "last", "this past": "last", next: "next", coming: "next", this: "this",
};

export const placementOf = (word: string): Placement =>
  RELATIVE_PLACEMENT[phraseKey(word)] ?? null;

const referenceDay = (ref: Reference | null): Day | null =>
  ref?.month && ref.day ? { year: ref.year, month: ref.month, day: ref.day } : null;

/** A weekday: by default the nearest one on or before the reference; forward when the clause looks ahead. */
export function resolveWeekday(ref: Reference | null, weekday: number, placement: Placement): string {
  const today = referenceDay(ref);
  if (!today) return `XXXX-WXX-${weekday}`;
  const current = isoWeekday(today);
  const back = (current - weekday + 7) % 7;
  const ahead = (weekday - current + 7) % 7;
  switch (placement) {
    case "future": return formatDay(addDays(today, ahead));
    case "next": return formatDay(addDays(today, ahead || 7));
    case "last": return formatDay(addDays(today, -(back || 7)));
    case "this": return formatDay(addDays(mondayOfWeek(isoWeek(today)), weekday - 1));
    default: return formatDay(addDays(today, -back));
  }
}

/** The year of a month (and day) named without one: the reference year, moved when tense or a word demands. */
function yearFor(ref: Reference, month: number, day: number | null, placement: Placement): number {
  if (ref.month === null) return ref.year;
  const after = month > ref.month || (month === ref.month && day !== null && ref.day !== null && day > ref.day);
  const before = month < ref.month || (month === ref.month && day !== null && ref.day !== null && day < ref.day);
  switch (placement) {
    case "last": return month < ref.month ? ref.year : ref.year - 1;
    case "next": return month > ref.month ? ref.year : ref.year + 1;
    case "past": return after ? ref.year - 1 : ref.year;
    case "future": return before ? ref.year + 1 : ref.year;
    default: return ref.year;
  }
}

export function resolveMonth(ref: Reference | null, month: number, placement: Placement): string {
  return ref ? formatMonth(yearFor(ref, month, null, placement), month) : `XXXX-${pad2(month)}`;
}

export function resolveMonthDay(ref: Reference | null, month: number, day: number, placement: Placement): string {
  if (!ref) return `XXXX-${pad2(month)}-${pad2(day)}`;
  const resolved = { year: yearFor(ref, month, day, placement), month, day };
  return isValidDay(resolved) ? formatDay(resolved) : formatMonth(resolved.year, month);
}

/** A calendar unit a number of steps from the reference: "last week" is (week, -1), "next year" (year, +1). */
export function resolveShift(ref: Reference | null, unit: UnitName, steps: number): string {
  const today = referenceDay(ref);
  switch (unit) {
    case "year": return ref ? pad4(ref.year + steps) : "XXXX";
    case "decade": return ref ? String(Math.floor((ref.year + steps * 10) / 10)) : "XXX";
    case "century": return ref ? String(Math.floor((ref.year - 1 + steps * 100) / 100)) : "XX";
    case "quarter": {
      if (!ref?.month) return "XXXX-QX";
      const index = ref.year * 4 + Math.floor((ref.month - 1) / 3) + steps;
      return `${pad4(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
    }
    case "month": {
      if (!ref?.month) return "XXXX-XX";
      const shifted = addMonths(ref.year, ref.month, steps);
      return formatMonth(shifted.year, shifted.month);
    }
    case "week":
    case "fortnight":
      return today ? formatWeek(isoWeek(addDays(today, steps * 7))) : "XXXX-WXX";
    default:
      return today ? formatDay(addDays(today, steps)) : "XXXX-XX-XX";
  }
}

/**
 * A weekend by its relation to the reference day: "this weekend" is the one of the reference ISO week,
 * "the coming weekend" the next one not yet over (from a Sunday, the week after), "last"/"next" one week away.
 */
export function resolveWeekend(ref: Reference | null, relation: "last" | "this" | "coming" | "next"): string {
  const today = referenceDay(ref);
  const isSunday = today !== null && isoWeekday(today) === 7;
  const weeks = { last: -1, this: 0, coming: isSunday ? 1 : 0, next: 1 }[relation];
  return `${resolveShift(ref, "week", weeks)}-WE`;
}

const SEASON_ORDER = ["WI", "SP", "SU", "FA"];

/**
 * Where a month falls in the order of its year's seasons: January and February are that year's winter (0),
 * March to May spring (1) … and December the start of the next winter (4), after the autumn.
 */
const seasonIndex = (month: number) => (month === 12 ? 4 : Math.floor(month / 3));

export function resolveSeason(ref: Reference | null, season: string, placement: Placement): string {
  if (!ref) return `XXXX-${season}`;
  if (ref.month === null) return `${pad4(ref.year)}-${season}`;
  const current = seasonIndex(ref.month);
  const wanted = SEASON_ORDER.indexOf(season);
  const year = {
    last: wanted < current ? ref.year : ref.year - 1,
    next: wanted > current ? ref.year : ref.year + 1,
    past: wanted > current ? ref.year - 1 : ref.year,
    future: wanted < current ? ref.year + 1 : ref.year,
    this: ref.year,
  }[placement ?? "this"];
  return `${pad4(year)}-${season}`;
}

/** A point a number of units from the reference ("eleven years ago" is (year, -11)), at the unit's own granularity. */
export function resolveOffset(ref: Reference | null, unit: UnitName, count: number): string {
  switch (unit) {
    case "decade": return resolveShift(ref, "year", count * 10).slice(0, 3);
    case "century": return resolveShift(ref, "year", count * 100).slice(0, 2);
    case "quarter": return resolveShift(ref, "month", count * 3);
    case "fortnight": return resolveShift(ref, "week", count * 2);
    case "hour":
    case "minute":
    case "second":
      return resolveShift(ref, "day", 0);
    case "night": return resolveShift(ref, "day", count);
    default: return resolveShift(ref, unit, count);
  }
}

/** An ISO 8601 duration: "three days" P3D, "24 hours" PT24H, "a decade" P10Y, "several months" PXM. */
export function durationValue(count: Count, unit: { info: UnitInfo }): string {
  const { designator, clock, size } = unit.info;
  const amount = count === "X" ? "X" : String(count * size);
  return `P${clock ? "T" : ""}${amount}${designator}`;
}
