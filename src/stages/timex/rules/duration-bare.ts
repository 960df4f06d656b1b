// Rule "duration-bare": a plural unit with no count in a frame that makes it a length of time ("for years" →
// PXY, "took weeks", "days before"), as TimeML annotates it. Other bare plurals ("in the years since") are left alone.
import { patternRule } from "../types.js";
import { unitOf } from "../lexicon.js";
import { durationValue } from "../resolve.js";

const UNITS = "years|decades|months|weeks|days|hours|minutes";
const PATTERN = new RegExp(
  `(?<=\\b(?:for|take|takes|took|taking|taken|within|lasting|lasted)\\s+)(?<unit>${UNITS})(?![\\p{L}\\d-])` +
    `|(?<![\\p{L}\\d]|\\b(?:the|of|these|those|many|several|few|recent)\\s+)(?<unitBefore>${UNITS})(?=\\s+(?:before|after|earlier|later)\\b)`,
  "gu",
);

export const durationBare = patternRule("duration-bare", PATTERN, (m) => {
  const unit = unitOf(m.groups?.unit ?? m.groups?.unitBefore ?? "");
  return unit ? { type: "duration", value: durationValue("X", unit) } : null;
});
