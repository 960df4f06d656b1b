// Recognises and parses the dates printed on a page (date lines, header segments,
// <meta> values, URLs). It does not resolve relative dates in article text: that is the timex stage.
import * as chrono from "chrono-node";

const MONTHS = [
  "january|jan|januar|janvier|enero|ene|gennaio",
  "february|feb|februar|février|fevrier|febrero|febbraio",
  "march|mar|märz|maerz|mars|marzo",
  "april|apr|avril|abril|aprile",
  "may|mai|mayo|maggio",
  "june|jun|juni|juin|junio|giugno",
  "july|jul|juli|juillet|julio|luglio",
  "august|aug|août|aout|agosto|ago",
  "september|sep|sept|septembre|septiembre|settembre|set",
  "october|oct|oktober|okt|octobre|octubre|ottobre",
  "november|nov|novembre|noviembre",
  "december|dec|dezember|dez|décembre|decembre|diciembre|dicembre|dic",
];
const MONTH_WORD = new RegExp(`^(?:${MONTHS.join("|")})\\.?$`, "iu");
const WEEKDAY_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$|^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)$/iu;
const FILLER_WORD =
  /^(?:updated|last|published|posted|modified|created|on|at|am|pm|a\.m\.|p\.m\.|de|del|le|am|um|uhr|h|gmt|utc|[a-z]{1,4}t|ist|msk|cet|cest|bst|edt|est|pdt|pst|jst|hkt|sgt|date|dated|stand|mis à jour|actualizado|and|,)$/iu;
const NUMBER_TOKEN = /^[+-]?\d{1,4}(?:[.:/\-]\d{1,4}){0,3}(?:st|nd|rd|th|\.)?,?$/;
const HAS_YEAR = /\b(?:19|20)\d{2}\b/;

/** True when a whole line is only a date (with weekday, time, zone, "Updated:" and the like). */
export function isDateLine(line: string): boolean {
  const text = line.trim();
  if (text.length > 60 || !HAS_YEAR.test(text)) return false;
  const tokens = text.replace(/[|·•,()\[\]]/g, " ").replace(/:(\s|$)/g, " ").split(/\s+/).filter(Boolean);
  let dateTokens = 0;
  for (const token of tokens) {
    if (MONTH_WORD.test(token) || NUMBER_TOKEN.test(token)) dateTokens++;
    else if (!WEEKDAY_WORD.test(token) && !FILLER_WORD.test(token) && !/^[\-–—\/]$/.test(token)) return false;
  }
  return dateTokens > 0;
}

const pad = (n: number) => String(n).padStart(2, "0");

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const ISO_DATE = /\b((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)/;
const DOTTED_DATE = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/;
const SLASHED_DATE = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/;
const URL_DATE = /\/((?:19|20)\d{2})[\/\-_]?(\d{2})[\/\-_]?(\d{2})(?=[\/\-_.]|$)/;
const COMPACT_DATE = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:T|$)/;

/**
 * Parses a page date into an ISO day ("2012-06-05"); null when it is no date.
 * Dotted dates are day-first (the European convention that uses dots); slashed dates are
 * month-first unless the first number cannot be a month.
 */
export function parsePageDate(value: string): string | null {
  const text = value.trim();
  if (!text) return null;
  const iso = ISO_DATE.exec(text);
  // A timestamp's calendar day is the one the publisher wrote, whatever its zone.
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = COMPACT_DATE.exec(text);
  if (compact) return isoDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const dotted = DOTTED_DATE.exec(text);
  if (dotted) return isoDay(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const slashed = SLASHED_DATE.exec(text);
  if (slashed) {
    const a = Number(slashed[1]), b = Number(slashed[2]), year = Number(slashed[3]);
    return a > 12 ? isoDay(year, b, a) : isoDay(year, a, b);
  }
  if (!HAS_YEAR.test(text)) return null;
  const parsed = chrono.parse(text, { instant: new Date(Date.UTC(2000, 0, 1)) }, { forwardDate: false })[0];
  if (!parsed || !parsed.start.isCertain("year") || !parsed.start.isCertain("month")) return null;
  const day = parsed.start.isCertain("day") ? parsed.start.get("day") : null;
  if (day === null) return null;
  return isoDay(parsed.start.get("year") ?? 0, parsed.start.get("month") ?? 0, day);
}

/** A day in a URL path (/2012/06/05/, /20120605/); null for none or month-only paths. */
export function dateFromUrl(url: string): string | null {
  const day = URL_DATE.exec(url);
  return day ? isoDay(Number(day[1]), Number(day[2]), Number(day[3])) : null;
}
