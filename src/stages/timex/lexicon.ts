// Loads the word lists of data/*.json once into Maps and regex alternations for the rules.
// It holds no resolution logic; rules and resolve.ts decide what the words mean.
import calendarWords from "./data/calendar-words.json" with { type: "json" };
import numbers from "./data/numbers.json" with { type: "json" };
import sets from "./data/sets.json" with { type: "json" };
import units from "./data/units.json" with { type: "json" };
import vague from "./data/vague.json" with { type: "json" };

export type UnitName = keyof typeof units.units;
export type UnitInfo = (typeof units.units)[UnitName];
export type Count = number | "X";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
/** A regex alternation of phrases, longest first so that the longest phrase wins. */
export const alternation = (phrases: Iterable<string>): string =>
  [...phrases].sort((a, b) => b.length - a.length).map(escape).join("|");

const entries = <T>(record: Record<string, T>) => Object.entries(record).filter(([key]) => !key.startsWith("_"));

export const MONTHS = new Map<string, number>(entries(calendarWords.months));
export const AMBIGUOUS_MONTHS = new Set(calendarWords.ambiguousMonths.names);
export const WEEKDAYS = new Map<string, number>(entries(calendarWords.weekdays));
export const WEEKDAY_NOT_DATE = new Set(calendarWords.weekdayNotDate);
export const SEASONS = new Map<string, string>(entries(calendarWords.seasons));
export const PARTS_OF_DAY = new Map<string, string>(entries(calendarWords.partsOfDay));
export const MONTH_MODIFIERS = new Map<string, string>(entries(calendarWords.monthModifiers));

/** Month names as written, capitalised (case-sensitive on purpose: "may", "march"). */
export const MONTH_NAME = `(?:${alternation(MONTHS.keys())})\\.?`;
export const WEEKDAY_NAME = `(?:${alternation(WEEKDAYS.keys())})`;
export const SEASON_NAME = `(?:${alternation(SEASONS.keys())})`;
export const PART_OF_DAY_NAME = `(?:${alternation(PARTS_OF_DAY.keys())})`;
/** "early", "the end of" …, followed by the expression they modify. */
export const MODIFIER = `(?:(?:${alternation(MONTH_MODIFIERS.keys())})[\\s-]+)`;

const NUMBER_WORDS = new Map<string, number>(entries(numbers.words));
const TENS = new Map<string, number>(entries(numbers.tens));
const DIGITS = new Map<string, number>(entries(numbers.units));
const VAGUE_COUNTS = new Set(numbers.vague);

const COMPOUND_NUMBER = `(?:${alternation(TENS.keys())})[\\s-](?:${alternation(DIGITS.keys())})`;
/** A count of time units: digits, spelled numbers ("twenty-four") or a vague count ("several"). */
export const COUNT = `(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|${COMPOUND_NUMBER}|${alternation([...NUMBER_WORDS.keys(), ...VAGUE_COUNTS])})`;

/** The number a count stands for; "X" for vague counts ("several", "a few"). */
export function parseCount(text: string): Count | null {
  const word = text.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^\d/.test(word)) return Number(word.replace(/,/g, ""));
  if (VAGUE_COUNTS.has(word)) return "X";
  const known = NUMBER_WORDS.get(word);
  if (known !== undefined) return known;
  const [tens, unit] = word.split(/[\s-]/);
  const value = (TENS.get(tens ?? "") ?? NaN) + (DIGITS.get(unit ?? "") ?? NaN);
  return Number.isNaN(value) ? null : value;
}

const UNIT_PLURALS = new Map<string, string>(entries(units.plurals));
export const UNIT_SINGULAR = `(?:${alternation(Object.keys(units.units))})`;
export const UNIT_ANY = `(?:${alternation([...Object.keys(units.units), ...UNIT_PLURALS.keys()])})`;

export function unitOf(word: string): { name: UnitName; info: UnitInfo } | null {
  const lower = word.toLowerCase();
  const name = (UNIT_PLURALS.get(lower) ?? lower) as UnitName;
  const info = units.units[name];
  return info ? { name, info } : null;
}

export const VAGUE_PHRASES = new Map<string, string>(entries(vague.phrases));
export const VAGUE_NOT_BEFORE = new Map<string, string[]>(entries(vague.notBefore));
export const SET_PHRASES = new Map<string, string>(entries(sets.phrases));
export const RATE_ONLY_SETS = new Set(sets.rateOnly);
