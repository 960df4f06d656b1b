// Loads the word lists of data/*.json once into Maps, Sets and regex alternations for the rules.
// It holds no resolution logic; rules and resolve.ts decide what the words mean.
import anaphora from "./data/anaphora.json" with { type: "json" };
import calendarWords from "./data/calendar-words.json" with { type: "json" };
import numbers from "./data/numbers.json" with { type: "json" };
import relativeDays from "./data/relative-days.json" with { type: "json" };
import sets from "./data/sets.json" with { type: "json" };
import units from "./data/units.json" with { type: "json" };
import vague from "./data/vague.json" with { type: "json" };
import years from "./data/years.json" with { type: "json" };
import type { Anaphor } from "./types.js";

export type UnitName = keyof typeof units.units;
export type UnitInfo = (typeof units.units)[UnitName];
export type Count = number | "X";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
/** A regex alternation of phrases, longest first so that the longest phrase wins. */
export const alternation = (phrases: Iterable<string>): string =>
  [...phrases].sort((a, b) => b.length - a.length).map(escape).join("|");
/** The phrases as written and with a capital first letter (sentence-initial "Last week"). */
export const withCapitals = (phrases: Iterable<string>): string[] =>
  [...phrases].flatMap((p) => [p, p.charAt(0).toUpperCase() + p.slice(1)]);

/** How a matched phrase is looked up in the lexicons: lower case, single spaces. */
export const phraseKey = (text: string): string => text.toLowerCase().replace(/\s+/g, " ").trim();

/** Keys of a data record, without the "_note"-style comments. */
const entries = <T>(record: object) =>
  Object.entries(record).filter(([key]) => !key.startsWith("_")) as [string, T][];
const lowerSet = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));

const MONTH_ABBREVIATIONS = new Map<string, number>(entries(calendarWords.monthAbbreviations));
export const MONTHS = new Map<string, number>([...entries<number>(calendarWords.months), ...MONTH_ABBREVIATIONS]);
export const AMBIGUOUS_MONTHS = new Set(calendarWords.ambiguousMonths.names);
export const MONTH_NOT_AFTER = lowerSet(calendarWords.monthNotAfter);
export const DATE_PREPOSITIONS = lowerSet(calendarWords.datePrepositions);
export const RANGE_WORDS = new Set(calendarWords.rangeWords);
export const WEEKDAYS = new Map<string, number>(entries(calendarWords.weekdays));
export const WEEKDAY_NOT_DATE = new Set(calendarWords.weekdayNotDate);
export const WEEKDAY_NOT_AFTER = lowerSet(calendarWords.weekdayNotAfter);
export const SEASONS = new Map<string, string>(entries(calendarWords.seasons));
export const PARTS_OF_DAY = new Map<string, string>(entries(calendarWords.partsOfDay));
const MONTH_MODIFIERS = new Map<string, string>(entries(calendarWords.monthModifiers));

export const YEAR = "(?:1[5-9]|20)\\d{2}";
/** Month names as written, capitalised (case-sensitive on purpose: "may", "march"). */
export const MONTH_NAME = `(?:${alternation(entries<number>(calendarWords.months).map(([name]) => name))}|(?:${alternation(MONTH_ABBREVIATIONS.keys())})\\.?)`;
/** Full weekday names only: "Sun" and "Sat" are newspapers and abbreviations before they are days. */
export const WEEKDAY_NAME = `(?:${alternation([...WEEKDAYS.keys()].filter((w) => w.endsWith("day")))})`;
export const SEASON_NAME = `(?:${alternation(withCapitals(SEASONS.keys()))})`;
export const PART_OF_DAY_NAME = `(?:${alternation(PARTS_OF_DAY.keys())})`;
/** "early", "the end of" …, followed by the expression they modify. */
export const MODIFIER = `(?:(?:${alternation(withCapitals(MONTH_MODIFIERS.keys()))})[\\s-]+)`;

const NUMBER_WORDS = new Map<string, number>(entries(numbers.words));
const TENS = new Map<string, number>(entries(numbers.tens));
const DIGITS = new Map<string, number>(entries(numbers.units));
const VAGUE_COUNTS = new Set(numbers.vague);
export const ORDINALS = new Map<string, number>(entries(numbers.ordinals));

const COMPOUND_NUMBER = `(?:${alternation(withCapitals(TENS.keys()))})[\\s-](?:${alternation(DIGITS.keys())})`;
/** A count of time units: digits, spelled numbers ("twenty-four") or a vague count ("several"). */
export const COUNT = `(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|${COMPOUND_NUMBER}|${alternation(withCapitals([...NUMBER_WORDS.keys(), ...VAGUE_COUNTS]))})`;
/** An ordinal: "20th", "twentieth", "first". */
export const ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|${alternation(withCapitals(ORDINALS.keys()))})`;

/** The number a count stands for; "X" for vague counts ("several", "a few"). */
export function parseCount(text: string): Count | null {
  const word = phraseKey(text);
  if (/^\d/.test(word)) return Number(word.replace(/,/g, ""));
  if (VAGUE_COUNTS.has(word)) return "X";
  const known = NUMBER_WORDS.get(word);
  if (known !== undefined) return known;
  const [tens, unit] = word.split(/[\s-]/);
  const value = (TENS.get(tens ?? "") ?? NaN) + (DIGITS.get(unit ?? "") ?? NaN);
  return Number.isNaN(value) ? null : value;
}

export function parseOrdinal(text: string): number | null {
  const word = text.toLowerCase();
  return /^\d/.test(word) ? Number.parseInt(word, 10) : ORDINALS.get(word) ?? null;
}

const UNIT_PLURALS = new Map<string, string>(entries(units.plurals));
export const UNIT_SINGULAR = `(?:${alternation(Object.keys(units.units))})`;
export const UNIT_ANY = `(?:${alternation(withCapitals([...Object.keys(units.units), ...UNIT_PLURALS.keys()]))})`;
export const NOT_DURATIONS = lowerSet(units.notDurations);

export function unitOf(word: string): { name: UnitName; info: UnitInfo; plural: boolean } | null {
  const lower = word.toLowerCase();
  const singular = UNIT_PLURALS.get(lower);
  const name = (singular ?? lower) as UnitName;
  const info = units.units[name];
  return info ? { name, info, plural: singular !== undefined } : null;
}

export interface VaguePhrase {
  value: string;
  after?: string[];
  notAfter?: string[];
  notBefore?: string[];
}
export const VAGUE_PHRASES = new Map<string, VaguePhrase>(entries<VaguePhrase>(vague.phrases));
export const SET_PHRASES = new Map<string, string>(entries(sets.phrases));
export const RATE_ONLY_SETS = new Set(sets.rateOnly);
export const RATE_AFTER = lowerSet(sets.rateAfter);

export const ANAPHORA = new Map<string, Anaphor>(
  entries<Omit<Anaphor, "scope"> & { scope?: Anaphor["scope"] }>(anaphora.phrases).map(([phrase, a]) => [
    phrase,
    { granularity: a.granularity, steps: a.steps, scope: a.scope ?? "document" },
  ]),
);

export interface RelativeDay {
  steps: number;
  part?: string;
}
export const RELATIVE_DAYS = new Map<string, RelativeDay>(entries<RelativeDay>(relativeDays.days));

export const YEAR_PRECEDED_BY = lowerSet(years.precededBy);
export const YEAR_NOT_AFTER = lowerSet(years.notAfter);
export const QUANTITY_NOUNS = lowerSet(years.quantityNouns);
export const NOT_PLURAL = lowerSet(years.notPlural);
export const FURNITURE = new RegExp(`(?:${alternation(years.furniture)})`, "i");
export const TIME_ZONES = calendarWords.timeZones;
