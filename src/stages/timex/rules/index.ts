// Every timex recogniser, in priority order: when two candidates cover the same span, the earlier rule wins.
// Adding a rule = one file in this folder + one line here.
import { ago } from "./ago.js";
import { anaphoric } from "./anaphoric.js";
import { century } from "./century.js";
import { clockTime } from "./clock-time.js";
import { decade } from "./decade.js";
import { durationAdjective } from "./duration-adjective.js";
import { durationBare } from "./duration-bare.js";
import { durationClock } from "./duration-clock.js";
import { durationSpan } from "./duration-span.js";
import { duration } from "./duration.js";
import { explicitDate } from "./explicit-date.js";
import { month } from "./month.js";
import { numericDate } from "./numeric-date.js";
import { quarter } from "./quarter.js";
import { relativeDay } from "./relative-day.js";
import { relativeUnit } from "./relative-unit.js";
import { season } from "./season.js";
import { set } from "./set.js";
import { vague } from "./vague.js";
import { weekday } from "./weekday.js";
import { year } from "./year.js";
import type { Rule } from "../types.js";

export const RULES: readonly Rule[] = [
  numericDate, explicitDate, relativeDay, anaphoric, ago, relativeUnit, weekday, month, season, quarter, century, decade,
  year, clockTime, set, durationSpan, durationAdjective, duration, durationBare, durationClock, vague,
];
