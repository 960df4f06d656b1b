// Rule "duration-clock": an elapsed time written as a clock ("finished in 2:05:30" → PT2H5M30S), as race
// and flight times are. A time of day (clock-time) has no seconds field and is not a duration.
import { patternRule } from "../types.js";

const PATTERN = /(?<![\p{L}\d:.,])(?<hours>\d{1,2}):(?<minutes>[0-5]\d):(?<seconds>[0-5]\d)(?![\d:])/gu;

export const durationClock = patternRule("duration-clock", PATTERN, (m) => {
  const { hours = "0", minutes = "0", seconds = "0" } = m.groups ?? {};
  return { type: "duration", value: `PT${Number(hours)}H${Number(minutes)}M${Number(seconds)}S` };
});
