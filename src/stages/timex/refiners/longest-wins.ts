// Refiner: of overlapping candidates, the longest wins ("the previous year" over "year"); on equal length,
// the rule listed first. It neither merges nor resolves.
import type { Candidate, Refiner } from "../types.js";

export function longestWins(ruleOrder: readonly string[]): Refiner {
  const rank = (c: Candidate) => ruleOrder.indexOf(c.rule);
  return (ctx, candidates) => {
    const taken = new Uint8Array(ctx.body.length);
    const isFree = (c: Candidate) => taken.subarray(c.start, c.end).every((t) => t === 0);
    const kept: Candidate[] = [];
    const byStrength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
    for (const c of byStrength) {
      if (!isFree(c)) continue;
      taken.fill(1, c.start, c.end);
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  };
}
