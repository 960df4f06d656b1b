// quantities: every figure in the body with unit, range, qualifier, the period it refers to,
// its kind (actual, target, forecast, change, share, ratio), what it measures and the actors
// involved. Durations, dates and ordinals are the timex stage's, not figures.
import type { Actor, Quantity, QuantityKind, Span, Timex } from "../../doc/model.js";
import { SpanIndex } from "../../lib/spans.js";
import { defineComponent } from "../../pipeline/component.js";
import cues from "./data/cues.json" with { type: "json" };
import { findFigures, type Figure } from "./grammar.js";

/** How far after a figure its period may stand ("$83.5 billion in 2011", "... by 2015"). */
const PERIOD_REACH = 30;
/** How many words before a figure are read for its kind (calibrated on our fixtures). */
const KIND_WINDOW_WORDS = 12;

const phrase = (words: string[], flags = "iu") => new RegExp(`(?<![\\p{L}])(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")).join("|")})(?![\\p{L}])`, flags);
const TARGET = phrase(cues.kinds.target);
const FORECAST = phrase(cues.kinds.forecast);
/** Modal verbs match as written: "may" the modal is lower case, "May" the month is not. */
const MODAL = phrase(cues.kinds.modal, "u");
const CHANGE_BEFORE = new RegExp(`${phrase(cues.kinds.change).source}\\s+(?:by\\s+)?$`, "iu");
/** "from $83.5 billion": the figure a change starts from is a level that was, whatever the goal. */
const BASELINE_BEFORE = /(?<![\p{L}])from\s+$/u;
/** "dropped by 28 percent year-on-year to $68 billion in 2015": the change shares its result's period. */
const CHANGE_TO_RESULT = /^\s*(?:year-on-year\s+|year on year\s+)?to\s+$/u;
/** "68 billion cubic meters of gas": what follows "of" is what the figure measures. */
const MEASURED_AFTER = /^\s+of\s/u;
const SHARE_AFTER = /^\s+of\s/u;
const YEAR_ON_YEAR = /^\s+(?:year-on-year|year on year|from a year earlier)/iu;
/** Only these words may stand between a figure and its period. */
const PERIOD_GAP = /^[\s,]*(?:(?:in|by|for|during|as of|through|until|since|of|the|last|this|from)\s+)*$/iu;
const BILATERAL = phrase(cues.bilateralCues);
const ABOUT = cues.about.map((entry) => ({ ...entry, pattern: phrase(entry.words, "giu") }));

export interface QuantityContext {
  body: string;
  sentences: readonly Span[];
  timexes: readonly Timex[];
  actors: readonly Actor[];
}

export function findQuantities({ body, sentences, timexes, actors }: QuantityContext): Quantity[] {
  const quantities: Quantity[] = [];
  const dates = new SpanIndex(timexes);
  const mentions = new SpanIndex(actors.flatMap((actor) => actor.mentions.map((m) => ({ start: m.start, end: m.end, actor }))));
  const actorsIn = (sentence: Span) => namedSides(mentions.inside(sentence).map((m) => m.actor));
  sentences.forEach((sentence, i) => {
    const text = body.slice(sentence.start, sentence.end);
    const inSentence = dates.inside(sentence);
    const figures = findFigures(text, sentence.start).filter((f) => !inSentence.some((t) => t.start < f.end && f.start < t.end && f.unit === "count"));
    // "Official forecasts see it hitting $100 billion": "it" is what the sentence before measured.
    const previous = sentences[i - 1];
    const own = actorsIn(sentence);
    const states = own.length || !previous ? own : actorsIn(previous);
    for (const figure of figures) {
      const about = ownLabel(body, figure) ?? aboutOf(body, sentence, figure) ?? (previous ? aboutOf(body, previous, { start: previous.end, end: previous.end }) : null);
      quantities.push({
        text: body.slice(figure.start, figure.end),
        start: figure.start,
        end: figure.end,
        value: figure.value,
        valueMax: figure.valueMax,
        unit: figure.unit,
        period: periodOf(body, figure, inSentence),
        kind: kindOf(body, sentence, figure),
        about: about === "trade" && (states.length === 2 || BILATERAL.test(text)) ? "bilateral trade" : about,
        actors: states,
        ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
        evidence: { start: sentence.start, end: sentence.end, text },
        via: `quantities/grammar/${figure.rule}`,
      });
    }
  });
  linkConversions(body, quantities);
  shareResultPeriods(body, quantities);
  return quantities;
}

/** The first date expression right after the figure, with only small words between. */
function periodOf(body: string, figure: Figure, timexes: readonly Timex[]): string | null {
  const next = timexes.find((t) => t.start >= figure.end && t.start - figure.end <= PERIOD_REACH && t.type === "date");
  if (!next || /_REF$|X/.test(next.value)) return null;
  return PERIOD_GAP.test(body.slice(figure.end, next.start)) ? next.value : null;
}

function kindOf(body: string, sentence: Span, figure: Figure): QuantityKind {
  if (figure.unit === "ratio") return "ratio";
  const after = body.slice(figure.end, sentence.end);
  if (figure.unit === "percent" && SHARE_AFTER.test(after)) return "share";
  const before = body.slice(sentence.start, figure.start);
  if (CHANGE_BEFORE.test(before) || YEAR_ON_YEAR.test(after)) return "change";
  if (BASELINE_BEFORE.test(before)) return "actual";
  const window = before.split(/\s+/).slice(-KIND_WINDOW_WORDS).join(" ");
  if (TARGET.test(window)) return "target";
  const clauseAfter = after.split(/[,;.]/)[0] ?? "";
  if (FORECAST.test(window) || MODAL.test(window) || FORECAST.test(clauseAfter) || MODAL.test(clauseAfter)) return "forecast";
  return "actual";
}

/** Measure words after the figure count as farther than any before it, unless "of" introduces them. */
const AFTER_PENALTY = 1000;

/** The nearest measure word of the sentence: "N units of X" first, then before the figure, then after it. */
function aboutOf(body: string, sentence: Span, figure: Span): string | null {
  const before = body.slice(sentence.start, figure.start);
  const after = body.slice(figure.end, sentence.end);
  const penalty = MEASURED_AFTER.test(after) ? -AFTER_PENALTY : AFTER_PENALTY;
  let best: { label: string; distance: number } | null = null;
  for (const entry of ABOUT) {
    let last: RegExpExecArray | undefined;
    for (const match of before.matchAll(entry.pattern)) last = match;
    const fromBefore = last ? before.length - (last.index + last[0].length) : Infinity;
    // After the figure only where the first match starts counts, and search stops there.
    const first = after.search(entry.pattern);
    const fromAfter = first >= 0 ? first + penalty : Infinity;
    for (const distance of [fromBefore, fromAfter]) if (distance < (best?.distance ?? Infinity)) best = { label: entry.label, distance };
  }
  return best?.label ?? null;
}

/** A count names what it counts: "30 agreements" measures agreements. */
function ownLabel(body: string, figure: Figure): string | null {
  if (figure.rule !== "count") return null;
  const text = body.slice(figure.start, figure.end);
  return ABOUT.find((entry) => text.match(entry.pattern))?.label ?? null;
}

/** States and international organisations a sentence's actors stand for, directly or through their leaders, by code. */
function namedSides(actors: readonly Actor[]): string[] {
  const codes = new Set<string>();
  for (const actor of actors) {
    if (actor.type === "state" || actor.type === "igo") codes.add(actor.id);
    else if (actor.type === "person" && actor.role && actor.country) codes.add(actor.country);
  }
  return [...codes].sort();
}

function shareResultPeriods(body: string, quantities: Quantity[]): void {
  for (let i = 0; i + 1 < quantities.length; i++) {
    const change = quantities[i]!, result = quantities[i + 1]!;
    if (change.kind === "change" && change.period === null && CHANGE_TO_RESULT.test(body.slice(change.end, result.start))) change.period = result.period;
  }
}

/** "4,300-kilometer (2,670-mile)": the bracketed figure is the first one in other units. */
function linkConversions(body: string, quantities: Quantity[]): void {
  for (let i = 1; i < quantities.length; i++) {
    const first = quantities[i - 1]!, second = quantities[i]!;
    if (first.unit !== second.unit && /^\s*\($/.test(body.slice(first.end, second.start)) && body[second.end] === ")") {
      first.converted = { value: second.value, unit: second.unit };
    }
  }
}

export const quantities = defineComponent({
  name: "quantities",
  description: "figures with unit, range, qualifier, period, kind, what they measure and the actors",
  requires: ["body", "sentences", "timexes", "actors"],
  assigns: ["quantities"],
  run(doc) {
    return { quantities: findQuantities(doc) };
  },
});
