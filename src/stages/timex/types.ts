// Shapes shared by the timex rules and refiners (after chrono: recognisers propose candidates,
// refiners tidy the whole list). No recognition or resolution happens here.
import type { Span, TimexType } from "../../doc/model.js";
import type { Reference } from "./reference.js";
import type { Direction } from "./tense.js";

/** Granularity an anaphoric expression takes from the last mentioned date ("the previous year": year). */
export type AnaphorGranularity = "year" | "month" | "day";

export interface Anaphor {
  granularity: AnaphorGranularity;
  /** Units to move from the antecedent: -1 for "the previous year", 0 for "that year". */
  steps: number;
  /** Where the antecedent may be: only in the same sentence ("the end of the year") or anywhere before. */
  scope: "sentence" | "document";
}

export interface Candidate extends Span {
  type: TimexType;
  value: string;
  /** The rule that proposed it, for `via: "timex/rules/<rule>"`. */
  rule: string;
  /** A month (and day) named without a year, which a neighbour may still place ("September last year"). */
  yearless?: { month: number; day: number | null };
  /** A shift of years from the reference ("last year": -1), for merging with a yearless month. */
  yearShift?: number;
  /** A clock time ("T15:00") waiting for a neighbouring date. */
  clock?: string;
  /** Resolved against the last mentioned date by refiners/resolve-anaphora. */
  anaphor?: Anaphor;
}

export interface TimexContext {
  readonly body: string;
  readonly reference: Reference | null;
  /** Rough clauses of the body (tense.ts splitClauses), the scope of tense cues and sentence-bound anaphora. */
  readonly clauses: readonly Span[];
  /** The tense of the clause around a span (memoised). */
  direction(span: Span): Direction | null;
}

/** A recogniser: proposes candidates over the whole body. */
export interface Rule {
  readonly name: string;
  find(ctx: TimexContext): Candidate[];
}

/** Tidies the candidate list (filter, merge, resolve); candidates arrive sorted by start. */
export type Refiner = (ctx: TimexContext, candidates: Candidate[]) => Candidate[];

/** What a pattern rule returns for one match: the candidate's fields, or null to reject the match. */
export type Extracted = Omit<Candidate, "start" | "end" | "rule">;

/**
 * `read`, remembered for the last body it read. An undated body is read twice running: by pubdate with no
 * reference, then by the timex stage with the date pubdate inferred. What does not depend on the reference
 * (where a rule's pattern matches) is read once.
 */
export function rememberLast<T>(read: (body: string) => T): (body: string) => T {
  let last: { body: string; value: T } | null = null;
  return (body) => {
    if (last?.body !== body) last = { body, value: read(body) };
    return last.value;
  };
}

/** A rule made of one global regex and an extract function (chrono's parser shape); a candidate spans its whole match. */
export function patternRule(
  name: string,
  pattern: RegExp,
  extract: (match: RegExpExecArray, ctx: TimexContext) => Extracted | null,
): Rule {
  if (!pattern.global) throw new Error(`timex rule ${name}: pattern must be global`);
  const matchesOf = rememberLast((body) => {
    const matches: RegExpExecArray[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
      if (m[0]) matches.push(m);
      else pattern.lastIndex++;
    }
    return matches;
  });
  return {
    name,
    find(ctx) {
      const found: Candidate[] = [];
      for (const m of matchesOf(ctx.body)) {
        const extracted = extract(m, ctx);
        if (extracted) found.push({ ...extracted, start: m.index, end: m.index + m[0].length, rule: name });
      }
      return found;
    },
  };
}

/** The lower-cased words just before an offset (up to `count`), nearest last. */
export function wordsBefore(body: string, offset: number, count: number): string[] {
  const words = body.slice(Math.max(0, offset - 60), offset).toLowerCase().match(/[\p{L}\d'’.$%-]+/gu) ?? [];
  return words.slice(-count);
}

/** The first word after an offset, as written. */
export function wordAfter(body: string, offset: number): string {
  return /^[\s,]*([\p{L}\d'’%$-]+)/u.exec(body.slice(offset, offset + 40))?.[1] ?? "";
}
