// The grammar of figures in news text: money, percentages, physical quantities, ratios and
// counts, with ranges, scale words, qualifiers and bracketed conversions. It reads one sentence
// and knows nothing of dates, kinds or actors.
import units from "./data/units.json" with { type: "json" };

export interface Figure {
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  unit: string;
  qualifier: string | null;
  rule: "money" | "percent" | "physical" | "ratio" | "count";
  /** What the written number was multiplied by (scale word and unit factor: "$5 billion" → 1e9). */
  multiplier: number;
  /** A scale word was written with the number itself. */
  scaled: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");

const NUMBER_WORDS: Record<string, number> = units.numberWords;
const SCALES: Record<string, number> = units.scales;
const QUALIFIERS: Record<string, string> = units.qualifiers;
const NOT_COUNT_NOUNS = new Set(units.notCountNouns);

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** Counts spelled out start at three: "two" mostly points back at a pair ("the two countries"). */
const COUNT_WORDS = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! >= 3);
const NUM = `(?:${DIGITS}|${alternation(Object.keys(NUMBER_WORDS))})`;
const SCALE = `(?:${alternation(Object.keys(SCALES))})(?![\\p{L}])`;
const PREFIX = `(?:${alternation(Object.keys(units.currencyPrefixes))})`;
const CURRENCY_WORD = `(?:${alternation(Object.keys(units.currencyWords))})(?![\\p{L}])`;
const CODE_AFTER = `(?:${alternation(units.currencyCodesAfter)})(?![\\p{L}])`;
const PERCENT = `(?:${alternation(units.percentWords)})`;
const PHYSICAL = `(?:${alternation(Object.keys(units.physicalUnits))})(?![\\p{L}])`;
/** "$2 to $4 billion", "10-12 percent"; "and" is left out: "€6bn and 1.5 trillion roubles" are two figures. */
const RANGE = String.raw`\s*(?:to|-|–)\s*`;

const PATTERNS: { rule: Figure["rule"]; pattern: RegExp }[] = [
  { rule: "money", pattern: new RegExp(`(?<cur>${PREFIX})\\s?(?<n1>${DIGITS})(?:\\s*(?<s1>${SCALE}))?(?:${RANGE}(?:${PREFIX})?\\s?(?<n2>${DIGITS})(?:\\s*(?<s2>${SCALE}))?)?(?:\\s+(?<code>${CODE_AFTER}))?`, "gu") },
  { rule: "money", pattern: new RegExp(`(?<n1>${NUM})(?:\\s*(?<s1>${SCALE}))?(?:${RANGE}(?<n2>${NUM})(?:\\s*(?<s2>${SCALE}))?)?\\s+(?<word>${CURRENCY_WORD})`, "giu") },
  { rule: "percent", pattern: new RegExp(`(?<n1>${NUM})(?:${RANGE}(?<n2>${NUM}))?\\s*(?<p>${PERCENT})(?![\\p{L}])`, "giu") },
  { rule: "physical", pattern: new RegExp(`(?<n1>${NUM})(?:\\s*(?<s1>${SCALE}))?(?:\\s+|-)(?<u>${PHYSICAL})`, "giu") },
  { rule: "ratio", pattern: new RegExp(`(?<n1>${NUM})\\s+times(?![\\p{L}])`, "giu") },
  { rule: "count", pattern: new RegExp(`(?<n1>${DIGITS}|${alternation(COUNT_WORDS)})\\s+(?:[\\p{L}\\p{N}-]+,?\\s+){0,4}?(?<noun>\\p{Ll}[\\p{L}-]*s)(?![\\p{L}])`, "gu") },
];

const QUALIFIER_BEFORE = new RegExp(`(?:^|\\s)(?<q>${alternation(Object.keys(QUALIFIERS))})\\s+$`, "iu");
const MONTH_BEFORE = /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+$/u;
/** A number glued to letters ("G20", "Su-35") is part of a name. */
const GLUED_BEFORE = /[\p{L}][-]?$/u;
/**
 * What every kept figure starts with: digits, or a number word no letter is glued to (see GLUED_BEFORE).
 * About half the sentences of news hold none, and six patterns are slow to fail there, so such a sentence is skipped.
 */
const ANY_NUMBER = new RegExp(`\\d|(?<![\\p{L}][-]?)(?:${alternation(Object.keys(NUMBER_WORDS))})`, "iu");

function toNumber(text: string): number {
  const word = NUMBER_WORDS[text.toLowerCase()];
  return word ?? Number(text.replace(/,/g, ""));
}

function scale(word: string | undefined): number {
  return word ? (SCALES[word.toLowerCase()] ?? SCALES[word] ?? 1) : 1;
}

const isYear = (n: number, text: string) => /^\d{4}$/.test(text) && n >= 1800 && n <= 2100;

function unitOf(rule: Figure["rule"], groups: Record<string, string | undefined>): { unit: string; factor: number } | null {
  switch (rule) {
    case "money": {
      const unit = groups.code ?? (groups.cur ? (units.currencyPrefixes as Record<string, string>)[groups.cur] : groups.word ? currencyWord(groups.word) : undefined);
      return unit ? { unit, factor: 1 } : null;
    }
    case "percent":
      return { unit: "percent", factor: 1 };
    case "physical": {
      const unit = (units.physicalUnits as Record<string, string>)[groups.u!] ?? (units.physicalUnits as Record<string, string>)[groups.u!.toLowerCase()];
      if (!unit) return null;
      // Billions of cubic metres are written "bcm": one unit, cubic metres.
      return unit === "bcm" ? { unit: "m3", factor: units.bcmInCubicMeters } : { unit, factor: 1 };
    }
    case "ratio":
      return { unit: "ratio", factor: 1 };
    case "count":
      return NOT_COUNT_NOUNS.has(groups.noun!.toLowerCase()) ? null : { unit: "count", factor: 1 };
  }
}

function currencyWord(word: string): string | undefined {
  const words = units.currencyWords as Record<string, string>;
  return words[word] ?? words[word.toLowerCase()];
}

/** Every figure of a sentence (offsets relative to `offset`), longest first where they overlap. */
export function findFigures(sentence: string, offset = 0): Figure[] {
  const found: Figure[] = [];
  if (!ANY_NUMBER.test(sentence)) return found;
  for (const { rule, pattern } of PATTERNS) {
    for (const match of sentence.matchAll(pattern)) {
      const groups = match.groups ?? {};
      const before = sentence.slice(0, match.index);
      if (GLUED_BEFORE.test(before) || MONTH_BEFORE.test(before)) continue;
      const n1 = toNumber(groups.n1!);
      if ((rule === "count" || rule === "ratio") && isYear(n1, groups.n1!)) continue;
      const unit = unitOf(rule, groups);
      if (!unit) continue;
      // "$2 to $4 billion": a scale written once belongs to both ends of the range.
      const s2 = scale(groups.s2 ?? groups.s1);
      const s1 = groups.s1 ? scale(groups.s1) : s2;
      const end = rule === "count" ? match.index + groups.n1!.length + sentence.slice(match.index + groups.n1!.length).indexOf(groups.noun!) + groups.noun!.length : match.index + match[0].length;
      const qualifier = QUALIFIER_BEFORE.exec(before);
      const start = qualifier ? match.index - qualifier[0].trimStart().length : match.index;
      found.push({
        start: offset + start,
        end: offset + end,
        value: n1 * s1 * unit.factor,
        valueMax: groups.n2 ? toNumber(groups.n2) * s2 * unit.factor : null,
        unit: unit.unit,
        qualifier: qualifier ? QUALIFIERS[qualifier.groups!.q!.toLowerCase()]! : null,
        rule,
        multiplier: s1 * unit.factor,
        scaled: groups.s1 !== undefined,
      });
    }
  }
  return joinBetweenRanges(sentence, offset, dropOverlaps(found));
}

/** "between $3 and $5 billion": two figures of one unit joined by "and" after "between" are one range. */
function joinBetweenRanges(sentence: string, offset: number, figures: Figure[]): Figure[] {
  const joined: Figure[] = [];
  for (const figure of figures) {
    const low = joined.at(-1);
    const between = low && /(?:^|\s)between\s+$/iu.test(sentence.slice(0, low.start - offset));
    if (low && between && low.unit === figure.unit && low.valueMax === null && /^\s+and\s+$/u.test(sentence.slice(low.end - offset, figure.start - offset))) {
      // The high end's scale word counts for the low end when the low end has none ("$3 and $5 billion").
      const unscaled = !low.scaled && figure.value >= 1000 * low.value;
      joined[joined.length - 1] = { ...low, end: figure.end, value: unscaled ? low.value * figure.multiplier : low.value, valueMax: figure.value };
      continue;
    }
    joined.push(figure);
  }
  return joined;
}

/** Where figures overlap, the more specific rule wins ("8 percent of its" is a percentage, not a count). */
const RULE_ORDER: Figure["rule"][] = ["money", "percent", "physical", "ratio", "count"];

function dropOverlaps(figures: Figure[]): Figure[] {
  const kept: Figure[] = [];
  const rank = (f: Figure) => RULE_ORDER.indexOf(f.rule);
  for (const figure of figures.sort((a, b) => rank(a) - rank(b) || a.start - b.start || b.end - a.end)) {
    if (!kept.some((k) => k.start < figure.end && figure.start < k.end)) kept.push(figure);
  }
  return kept.sort((a, b) => a.start - b.start);
}
