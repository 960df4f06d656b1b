// Rule "clock-time": a time of day ("8 PM", "10:30 a.m.", "15:00 GMT") as a TIMEX3 time on the reference
// day; refiners/merge-adjacent moves it onto a neighbouring date ("15:00 GMT Saturday"). Race times (3:07:35) are not times.
import { pad2 } from "../calendar.js";
import { alternation, TIME_ZONES } from "../lexicon.js";
import { resolveShift } from "../resolve.js";
import { patternRule } from "../types.js";

const ZONE = `(?:${alternation(TIME_ZONES)})`;
const PATTERN = new RegExp(
  `(?<![\\p{L}\\d:.,$])(?:(?<hour>1[0-2]|0?[1-9])(?::(?<minute>[0-5]\\d))?\\s*(?<meridiem>[ap]\\.m\\.|[AP]\\.M\\.|[ap]m|[AP]M)` +
    `|(?<hour24>[01]?\\d|2[0-3]):(?<minute24>[0-5]\\d)(?=\\s*${ZONE}))(?![\\p{L}\\d:])(?:\\s*${ZONE}(?![\\p{L}]))?`,
  "gu",
);

export const clockTime = patternRule("clock-time", PATTERN, (m, ctx) => {
  const { hour, minute, meridiem, hour24, minute24 } = m.groups ?? {};
  const h = meridiem ? (Number(hour) % 12) + (/^p/i.test(meridiem) ? 12 : 0) : Number(hour24);
  const clock = `T${pad2(h)}:${minute ?? minute24 ?? "00"}`;
  return { type: "time", value: `${resolveShift(ctx.reference, "day", 0)}${clock}`, clock };
});
