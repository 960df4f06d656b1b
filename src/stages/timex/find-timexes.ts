// Finds every temporal expression of a body and resolves it against a reference date: the rules propose
// candidates, the refiners tidy them (after chrono). Pure: same body and reference, same timexes.
import type { Span, Timex } from "../../doc/model.js";
import { parseReference } from "./reference.js";
import { REFINERS } from "./refiners/index.js";
import { RULES } from "./rules/index.js";
import { directionAt, splitClauses, type Direction } from "./tense.js";
import type { Candidate, TimexContext } from "./types.js";

function createContext(body: string, reference: string | null): TimexContext {
  const directions = new Map<string, Direction | null>();
  const clauses = splitClauses(body);
  return {
    body,
    reference: parseReference(reference),
    clauses,
    direction(span: Span) {
      const key = `${span.start}:${span.end}`;
      if (!directions.has(key)) directions.set(key, directionAt(body, clauses, span));
      return directions.get(key) ?? null;
    },
  };
}

const toTimex = (body: string, c: Candidate): Timex => ({
  text: body.slice(c.start, c.end),
  start: c.start,
  end: c.end,
  type: c.type,
  value: c.value,
  via: `timex/rules/${c.rule}`,
});

/**
 * Every temporal expression of `body`, resolved against `reference` (an ISO date, year-month or year, or
 * null when no publication date is known: relative expressions then stay underspecified, e.g. XXXX-WXX-5).
 */
export function findTimexes(body: string, reference: string | null): Timex[] {
  const ctx = createContext(body, reference);
  let candidates = RULES.flatMap((rule) => rule.find(ctx)).sort((a, b) => a.start - b.start);
  for (const refine of REFINERS) candidates = refine(ctx, candidates);
  return candidates.map((c) => toTimex(body, c));
}
