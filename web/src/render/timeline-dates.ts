// Turns a TIMEX3 date value into the stretch of time a timeline draws: a day is a point, a week,
// month, quarter or year is a range. Pure (no DOM); values it cannot place give null.

export interface DateSpan {
  start: Date;
  /** Exclusive end for ranges; null for a single day. */
  end: Date | null;
}

/** Local midnight; setFullYear rolls over months and days and, unlike the constructor, keeps years below 100. */
const local = (year: number, month: number, day: number) => {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month, day);
  return date;
};

export function spanOfDate(value: string): DateSpan | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return { start: local(+m[1]!, +m[2]! - 1, +m[3]!), end: null };
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    // ISO week 1 holds 4 January; weeks start on Monday.
    const jan4 = local(+m[1]!, 0, 4);
    const monday = local(+m[1]!, 0, 4 - ((jan4.getDay() + 6) % 7) + (+m[2]! - 1) * 7);
    return { start: monday, end: local(monday.getFullYear(), monday.getMonth(), monday.getDate() + 7) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { start: local(+m[1]!, +m[2]! - 1, 1), end: local(+m[1]!, +m[2]!, 1) };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { start: local(+m[1]!, (+m[2]! - 1) * 3, 1), end: local(+m[1]!, +m[2]! * 3, 1) };
  m = /^(\d{4})/.exec(value);
  if (m) return { start: local(+m[1]!, 0, 1), end: local(+m[1]! + 1, 0, 1) };
  return null;
}
