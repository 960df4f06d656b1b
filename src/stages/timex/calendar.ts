// Calendar arithmetic on plain numbers (proleptic Gregorian, no time zones): day counts,
// ISO weeks, month shifts and TIMEX3 formatting. It knows no language and never reads the clock.

export interface Day {
  year: number;
  month: number;
  day: number;
}

export interface IsoWeek {
  year: number;
  week: number;
}

export const pad2 = (n: number): string => String(n).padStart(2, "0");
export const pad4 = (n: number): string => String(n).padStart(4, "0");

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function dayNumber({ year, month, day }: Day): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar day of a day number (civil_from_days). */
export function dayFromNumber(n: number): Day {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export const addDays = (date: Day, days: number): Day => dayFromNumber(dayNumber(date) + days);

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: Day): number {
  const n = dayNumber(date);
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function isoWeek(date: Day): IsoWeek {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const firstOfYear = dayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((dayNumber(thursday) - firstOfYear) / 7) + 1 };
}

/** The Monday of an ISO week. */
export function mondayOfWeek({ year, week }: IsoWeek): Day {
  const jan4 = { year, month: 1, day: 4 };
  return addDays(jan4, (week - 1) * 7 - (isoWeekday(jan4) - 1));
}

export function daysInMonth(year: number, month: number): number {
  return dayNumber(month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 }) -
    dayNumber({ year, month, day: 1 });
}

export function isValidDay({ year, month, day }: Day): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Shifts a (year, month) pair by whole months. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export const compareDays = (a: Day, b: Day): number => dayNumber(a) - dayNumber(b);

export const formatDay = (d: Day): string => `${pad4(d.year)}-${pad2(d.month)}-${pad2(d.day)}`;
export const formatMonth = (year: number, month: number): string => `${pad4(year)}-${pad2(month)}`;
export const formatWeek = (w: IsoWeek): string => `${pad4(w.year)}-W${pad2(w.week)}`;

/** Reads a TIMEX3 day value ("2012-06-05"); null for anything coarser or underspecified. */
export function parseDay(value: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(day) ? day : null;
}
