// The quote recognisers. Attribution rules run in this priority order on each quotation, in document order;
// the first that reads an attribution wins. Adding a rule = one file in this folder + one line here.
import type { AttributionRule, ReportedRule } from "../types.js";
import { accordingTo } from "./according-to.js";
import { continuation } from "./continuation.js";
import { nameColon } from "./name-colon.js";
import { partialQuote } from "./partial-quote.js";
import { reportedSpeech } from "./reported-speech.js";
import { scareQuote } from "./scare-quote.js";
import { speakerAfter } from "./speaker-after.js";
import { speakerBefore } from "./speaker-before.js";
import { speakerInside } from "./speaker-inside.js";
import { unattributed } from "./unattributed.js";

export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  scareQuote, speakerAfter, speakerBefore, nameColon, accordingTo, speakerInside, partialQuote, continuation, unattributed,
];

export const REPORTED_RULES: readonly ReportedRule[] = [reportedSpeech];
