// The reference time that relative expressions resolve against: the publication date at
// whatever precision is known (year, month or day). It never falls back to a crawl date or the clock.

export interface Reference {
  year: number;
  month: number | null;
  day: number | null;
}

const REFERENCE_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** Reads "2012", "2012-06" or "2012-06-05" (a time part is ignored); null when unknown. */
export function parseReference(value: string | null | undefined): Reference | null {
  const m = value ? REFERENCE_VALUE.exec(value) : null;
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] && month ? Number(m[3]) : null;
  return { year: Number(m[1]), month, day };
}
