// Rule "explicit-date": calendar dates written out ("June 7, 2012", "5 June", "Feb. 28"), recognised by chrono-node's
// strict English parsers; only parts chrono knows for certain are kept (a missing year is placed by tense, not chrono).
import * as chrono from "chrono-node";
import { formatDay, isValidDay, pad2 } from "../calendar.js";
import { ORDINALS } from "../lexicon.js";
import { resolveMonthDay } from "../resolve.js";
import { rememberLast, type Candidate, type Rule } from "../types.js";

/** chrono needs an instant to imply missing parts; a fixed one keeps results free of the clock (only known parts are used). */
const FIXED_INSTANT = new Date(0);
/** A leading preposition or article is not part of a TIMEX3 extent. */
const LEADING_WORDS = /^(?:on|the|of)\s+/i;
const HAS_LETTER = /\p{L}/u;
const MONTH_WORD = /(?<![\p{L}])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![\p{L}])/iu;

/** A capitalised spelled ordinal makes a name of the date ("the May Fourth Movement"). */
function isNamedAfterDate(text: string): boolean {
  return (text.match(/\p{L}+/gu) ?? []).some((word) => ORDINALS.has(word.toLowerCase()) && word.charAt(0) !== word.charAt(0).toLowerCase());
}

/** Month names count only when capitalised ("Russia may 27" is a verb); numeric dates only with a year ("24/7"). */
function isWrittenDate(text: string, hasYear: boolean): boolean {
  if (!HAS_LETTER.test(text)) return hasYear;
  const month = MONTH_WORD.exec(text)?.[0];
  return month !== undefined && month.charAt(0) === month.charAt(0).toUpperCase();
}

const parse = rememberLast((body) => chrono.en.strict.parse(body, { instant: FIXED_INSTANT }));

export const explicitDate: Rule = {
  name: "explicit-date",
  find(ctx) {
    const found: Candidate[] = [];
    for (const result of parse(ctx.body)) {
      const start = result.start;
      if (!start.isCertain("month") || !start.isCertain("day")) continue;
      const hasYear = start.isCertain("year");
      const lead = LEADING_WORDS.exec(result.text)?.[0].length ?? 0;
      const text = result.text.slice(lead);
      if (!isWrittenDate(text, hasYear) || isNamedAfterDate(text)) continue;
      const month = start.get("month") ?? 0;
      const day = start.get("day") ?? 0;
      const span = { start: result.index + lead, end: result.index + result.text.length };
      let date: string;
      if (hasYear) {
        const written = { year: start.get("year") ?? 0, month, day };
        if (!isValidDay(written)) continue;
        date = formatDay(written);
      } else {
        date = resolveMonthDay(ctx.reference, month, day, ctx.direction(span));
      }
      const timed = start.isCertain("hour");
      found.push({
        ...span,
        type: timed ? "time" : "date",
        value: timed ? `${date}T${pad2(start.get("hour") ?? 0)}:${pad2(start.get("minute") ?? 0)}` : date,
        rule: "explicit-date",
        ...(hasYear ? {} : { yearless: { month, day } }),
      });
    }
    return found;
  },
};
