// Tells whether the clause around a span speaks of the past or the future, from the nearest
// cue word (data/cues.json: "will", "is to", past-tense verbs). No parsing; null when no cue is near.
import cues from "./data/cues.json" with { type: "json" };
import { alternation } from "./lexicon.js";
import type { Span } from "../../doc/model.js";

export type Direction = "past" | "future";

/** Whole words or phrases; a cue that starts with an apostrophe ("'ll") attaches to the word before it. */
function cuePattern(words: string[]): RegExp {
  const clitics = words.filter((w) => w.startsWith("'")).map((w) => `['’]${w.slice(1)}`);
  const free = alternation(words.filter((w) => !w.startsWith("'")));
  return new RegExp(`(?:(?<![\\p{L}'’])(?:${free})${clitics.length ? `|${clitics.join("|")}` : ""})(?![\\p{L}])`, "giu");
}

const FUTURE_CUE = cuePattern(cues.future);
const TARGET_CUE = cuePattern(cues.targets);
const PAST_CUE = cuePattern(cues.past);
/** A lower-case word ending in -ed ("arrived", "signed"): a past verb unless listed in notPast. */
const PAST_SUFFIX = /(?<![\p{L}-])\p{Ll}{3,}ed(?![\p{L}-])/gu;
const NOT_PAST = new Set(cues.notPast);
/** A past form after "be", "to" or a modal is a passive or an infinitive ("is due to be published"). */
const NOT_PAST_AFTER = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(cues.notAfter)})\\s+$`, "iu");
/** Where a clause ends: a line break, or . ! ? ; (and closing quotes) before a space, except after an abbreviation. */
const CLAUSE_END = new RegExp(
  `\\n|(?<!(?<![\\p{L}.])(?:${alternation(cues.abbreviations)}))[.!?;]["”’)]*(?=\\s)`,
  "gu",
);

/** Rough clauses, the scope of tense cues and of sentence-bound anaphora. Compute once per body. */
export function splitClauses(body: string): Span[] {
  const clauses: Span[] = [];
  let start = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(body); m; m = CLAUSE_END.exec(body)) {
    const end = m.index + m[0].length;
    clauses.push({ start, end });
    start = end;
  }
  clauses.push({ start, end: body.length });
  return clauses;
}

/** The clause (or run of clauses) that holds a span; `clauses` must come from splitClauses. */
export function clauseAround(clauses: readonly Span[], span: Span): Span {
  let low = 0;
  let high = clauses.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((clauses[mid]?.end ?? 0) <= span.start) low = mid + 1;
    else high = mid;
  }
  let last = low;
  while (last + 1 < clauses.length && (clauses[last + 1]?.start ?? Infinity) < span.end) last++;
  return { start: clauses[low]?.start ?? 0, end: clauses[last]?.end ?? span.end };
}

interface Cue {
  direction: Direction;
  distance: number;
}

function collect(pattern: RegExp, direction: Direction, text: string, offset: number, span: Span, out: Cue[]) {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (direction === "past" && (NOT_PAST.has(m[0]) || NOT_PAST_AFTER.test(text.slice(Math.max(0, m.index - 12), m.index)))) continue;
    const start = offset + m.index;
    const end = start + m[0].length;
    if (end > span.start && start < span.end) continue;
    out.push({ direction, distance: end <= span.start ? span.start - end : start - span.end });
  }
}

/** Whether the span's clause speaks of a plan or forecast ("a goal to increase trade ... in 2015"). */
export function isTargetClause(body: string, clauses: readonly Span[], span: Span): boolean {
  const clause = clauseAround(clauses, span);
  TARGET_CUE.lastIndex = 0;
  return TARGET_CUE.test(body.slice(clause.start, clause.end));
}

/** The direction of the nearest tense cue in the span's clause (words inside the span do not count). */
export function directionAt(body: string, clauses: readonly Span[], span: Span): Direction | null {
  const sentence = clauseAround(clauses, span);
  const text = body.slice(sentence.start, sentence.end);
  const found: Cue[] = [];
  collect(FUTURE_CUE, "future", text, sentence.start, span, found);
  collect(PAST_CUE, "past", text, sentence.start, span, found);
  collect(PAST_SUFFIX, "past", text, sentence.start, span, found);
  let nearest: Cue | null = null;
  for (const cue of found) if (!nearest || cue.distance < nearest.distance) nearest = cue;
  return nearest?.direction ?? null;
}
