// pubdate: when the page gives no publication date, infers one from the article (past dates and years it
// reports, dated events it mentions, weekdays and "last week" tied to them). It never invents a day without evidence.
import type { Meta, Span, Timex } from "../../doc/model.js";
import { defineComponent } from "../../pipeline/component.js";
import {
  addDays, compareDays, formatDay, formatMonth, isoWeek, isoWeekday, mondayOfWeek, pad4, parseDay, type Day,
} from "./calendar.js";
import datedEvents from "./data/dated-events.json" with { type: "json" };
import { findOfficeHolders } from "../../lib/office-holders.js";
import { findTimexes } from "./find-timexes.js";
import { clauseAround, directionAt, isTargetClause, splitClauses } from "./tense.js";

/** A weekday tied to a dated happening gives the day; calibrated on seeds 002 and 004 (both right at day level). */
const DAY_CONFIDENCE = 0.6;
/** A happening of known week but no weekday gives the month. */
const MONTH_CONFIDENCE = 0.45;
/** The latest dated event reported bounds the year from below; the article may still be later. */
const EVENT_YEAR_CONFIDENCE = 0.4;
/** Only years the article mentions in the past tense: the weakest evidence. */
const TEXT_YEAR_CONFIDENCE = 0.3;
/** A one-off happening lasts at most this many days past its end before the article reporting it as recent. */
const RECENT_DAYS = 6;

interface Anchor {
  start: Day;
  end: Day;
  /** A one-off happening of known days (a summit, a dated meeting), which can pin down the week of the article. */
  oneOff: boolean;
  /** Where the article speaks of it. */
  mentions: Span[];
  fromEvent: boolean;
}

interface DatedEvent {
  start: Day;
  end: Day;
  ongoing: boolean;
  cues: RegExp[];
}

const EVENTS: DatedEvent[] = datedEvents.events.flatMap((e) => {
  const start = parseDay(e.start);
  const end = parseDay("end" in e && e.end ? e.end : e.start);
  if (!start || !end) return [];
  return [{ start, end, ongoing: "ongoing" in e && e.ongoing === true, cues: e.cues.map((c) => new RegExp(`(?<![\\p{L}\\d])(?:${c})(?![\\p{L}\\d])`, "gu")) }];
});

const CONCRETE_YEAR = /^\d{4}$/;
const CONCRETE_MONTH = /^(\d{4})-(\d{2})$/;
const WEEKDAY_VALUE = /^XXXX-WXX-(\d)$/;
const LAST_WEEK = /^(?:the\s+)?last\s+week$/i;
/** A figure right before "in YEAR" ("fell 28 percent to $68 billion in 2015"): a whole year's figure, so that year is over. */
const ANNUAL_FIGURE = /(?:\d[\d.,]*\s*(?:%|percent|per cent|billion|million|trillion|bn)(?![\p{L}])|(?:US)?\$\s?\d|[€£¥]\s?\d)[^.;!?]*?(?<![\p{L}])in\s+$/iu;
/** How far before a year a figure may stand and still be that year's. */
const FIGURE_WINDOW = 80;
/** Words that make a year a deadline or forecast ("by 2015"), which says nothing about when the article was written. */
const DEADLINE_BEFORE = /\b(?:by|until|till|through|before)\s+$/i;

/** The article split once: its sentences (the segmenter's, or rough clauses when unknown) and the clauses for tense. */
interface Text {
  body: string;
  sentences: readonly Span[];
  clauses: readonly Span[];
}

const sentenceOf = (text: Text, at: Span): Span => clauseAround(text.sentences, at);
const directionOf = (text: Text, at: Span) => directionAt(text.body, text.clauses, at);

/** Explicit dates and years the article reports as past. */
function textAnchors(text: Text, timexes: readonly Timex[]): Anchor[] {
  const { body } = text;
  const anchors: Anchor[] = [];
  for (const t of timexes) {
    if (t.type !== "date" || directionOf(text, t) !== "past" || isTargetClause(body, text.clauses, t)) continue;
    if (DEADLINE_BEFORE.test(body.slice(Math.max(0, t.start - 10), t.start))) continue;
    const mentions = [sentenceOf(text, t)];
    const day = parseDay(t.value);
    const month = CONCRETE_MONTH.exec(t.value);
    if (day) anchors.push({ start: day, end: day, oneOff: true, mentions, fromEvent: false });
    else if (month) {
      const start = { year: Number(month[1]), month: Number(month[2]), day: 1 };
      anchors.push({ start, end: start, oneOff: false, mentions, fromEvent: false });
    } else if (CONCRETE_YEAR.test(t.value)) {
      const isOver = ANNUAL_FIGURE.test(body.slice(Math.max(mentions[0]?.start ?? 0, t.start - FIGURE_WINDOW), t.start));
      const start = { year: Number(t.value) + (isOver ? 1 : 0), month: 1, day: 1 };
      anchors.push({ start, end: start, oneOff: false, mentions, fromEvent: false });
    }
  }
  return anchors;
}

/** Dated events (data/dated-events.json) the article mentions, unless only as something to come. */
function eventAnchors(text: Text): Anchor[] {
  const anchors: Anchor[] = [];
  for (const event of EVENTS) {
    const mentions: Span[] = [];
    let isPast = false;
    for (const cue of event.cues) {
      const found = [...text.body.matchAll(cue)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
      if (!found.length) {
        mentions.length = 0;
        break;
      }
      isPast ||= found.some((span) => directionOf(text, span) !== "future");
      mentions.push(...found.map((span) => sentenceOf(text, span)));
    }
    if (mentions.length && isPast) anchors.push({ start: event.start, end: event.end, oneOff: !event.ongoing, mentions, fromEvent: true });
  }
  return anchors;
}

const within = (span: Span, mentions: readonly Span[]) => mentions.some((m) => m.start <= span.start && span.end <= m.end);

/**
 * The days the article can have been published on, given the latest one-off happening it reports: up to a
 * week after it, or the week after it when the article says it happened "last week". Null unless a weekday or
 * "last week" in a sentence about the happening shows that the article reports it as news.
 */
function recentWindow(latest: Anchor, timexes: readonly Timex[]): { from: Day; to: Day } | null {
  const cues = timexes.filter((t) => within(t, latest.mentions));
  if (cues.some((t) => LAST_WEEK.test(t.text))) {
    const monday = addDays(mondayOfWeek(isoWeek(latest.start)), 7);
    return { from: monday, to: addDays(monday, 6) };
  }
  if (!cues.some((t) => WEEKDAY_VALUE.test(t.value))) return null;
  return { from: latest.start, to: addDays(latest.end, RECENT_DAYS) };
}

/** The last day in the window on a weekday the article mentions as past: news reports the latest day it names. */
function latestWeekday(text: Text, timexes: readonly Timex[], window: { from: Day; to: Day }): Day | null {
  let best: Day | null = null;
  for (const t of timexes) {
    const weekday = Number(WEEKDAY_VALUE.exec(t.value)?.[1] ?? 0);
    if (!weekday || directionOf(text, t) === "future") continue;
    const day = addDays(window.from, (weekday - isoWeekday(window.from) + 7) % 7);
    if (compareDays(day, window.to) <= 0 && (!best || compareDays(day, best) > 0)) best = day;
  }
  return best;
}

export interface InferredDate {
  published: string;
  confidence: number;
}

/**
 * Leaders named with a current title: the article was written while they held the office, so the
 * first day of their first term in it bounds the date from below, and the end of their last term from above.
 */
function officeAnchors(body: string): { anchors: Anchor[]; until: Day | null } {
  const anchors: Anchor[] = [];
  let until: Day | null = null;
  for (const holder of findOfficeHolders(body)) {
    const start = parseDay(holder.from);
    if (start) anchors.push({ start, end: start, oneOff: false, mentions: [{ start: holder.start, end: holder.end }], fromEvent: true });
    const end = holder.until ? parseDay(holder.until) : null;
    if (end && (!until || compareDays(end, until) < 0)) until = end;
  }
  return { anchors, until };
}

/** The publication date the article's content implies, at the precision the evidence allows; null without evidence. */
export function inferPublished(body: string, sentences: readonly Span[]): InferredDate | null {
  const clauses = splitClauses(body);
  const text: Text = { body, clauses, sentences: sentences.length ? sentences : clauses };
  const timexes = findTimexes(body, null);
  const offices = officeAnchors(body);
  const anchors = [...textAnchors(text, timexes), ...eventAnchors(text), ...offices.anchors];
  let latest: Anchor | null = null;
  for (const a of anchors) if (!latest || compareDays(a.start, latest.start) > 0 || (compareDays(a.start, latest.start) === 0 && a.oneOff)) latest = a;
  if (!latest) return null;
  const window = latest.oneOff ? recentWindow(latest, timexes) : null;
  if (window) {
    const day = latestWeekday(text, timexes, window);
    if (day) return { published: formatDay(day), confidence: DAY_CONFIDENCE };
    if (window.from.month === window.to.month) return { published: formatMonth(window.from.year, window.from.month), confidence: MONTH_CONFIDENCE };
  }
  // A year after the last day a named leader held the title they carry in the article cannot be right.
  const year = offices.until && latest.start.year > offices.until.year ? offices.until.year : latest.start.year;
  return { published: pad4(year), confidence: latest.fromEvent ? EVENT_YEAR_CONFIDENCE : TEXT_YEAR_CONFIDENCE };
}

export const pubdate = defineComponent({
  name: "pubdate",
  description: "publication date inferred from the content when the page gives none",
  requires: ["body", "sentences", "meta"],
  assigns: ["meta"],
  run(doc, ctx) {
    if (doc.meta.published) return { meta: doc.meta };
    const inferred = inferPublished(doc.body, doc.sentences);
    if (!inferred) {
      ctx.warn("no publication date found, nor one to infer from the text");
      return { meta: doc.meta };
    }
    ctx.warn(`no publication date found; inferred ${inferred.published} from the text (confidence ${inferred.confidence})`);
    const meta: Meta = { ...doc.meta, published: inferred.published, publishedFrom: "inferred", publishedConfidence: inferred.confidence };
    return { meta };
  },
});
