// "The two countries", "both sides", "the two leaders" and "his Chinese counterpart": phrases
// that name actors of the context. The pair is the two states (or leaders) the document names most.
import { knowledgeBase, termAt, type PersonEntry, type StateEntry } from "../../../lib/knowledge-base.js";
import { COUNTERPART_WORDS, PAIR_PHRASES } from "../lexicon.js";
import type { Candidate } from "../mentions.js";

const phrasePattern = (phrases: string[]) => new RegExp(`\\b(?:${phrases.map((p) => p.replace(/\s+/g, "\\s+")).join("|")})\\b`, "giu");
const STATE_PAIR = phrasePattern(PAIR_PHRASES.states);
const LEADER_PAIR = phrasePattern(PAIR_PHRASES.leaders);
const COUNTERPART = new RegExp(`\\b(?:his|her|their)\\s+(\\p{Lu}[\\p{L}-]+)\\s+(?:${[...COUNTERPART_WORDS].join("|")})\\b`, "gu");

function topTwo<T>(candidates: readonly Candidate[], pick: (c: Candidate) => T | null): T[] {
  const counts = new Map<T, number>();
  for (const c of candidates) {
    const key = pick(c);
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  // A pair needs two clear members: the second must stand out from the third.
  if (ranked.length < 2 || (ranked[2] && ranked[2][1] === ranked[1]![1])) return [];
  return [ranked[0]![0], ranked[1]![0]];
}

const stateOf = (c: Candidate): StateEntry | null =>
  c.target.type === "kb" && c.target.ref.type === "state" && c.as !== "location" ? c.target.ref.entry : null;
const leaderOf = (c: Candidate): PersonEntry | null => (c.target.type === "kb" && c.target.ref.type === "person" ? c.target.ref.entry : null);

export function findPairs(body: string, known: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const states = topTwo(known, stateOf);
  for (const match of body.matchAll(STATE_PAIR)) {
    for (const state of states) {
      found.push({ start: match.index, end: match.index + match[0].length, target: { type: "kb", ref: { type: "state", entry: state, kind: "name" } }, as: "pair", via: "actors/rules/pairs:states" });
    }
  }
  const leaders = topTwo(known, leaderOf);
  for (const match of body.matchAll(LEADER_PAIR)) {
    for (const leader of leaders) {
      found.push({ start: match.index, end: match.index + match[0].length, target: { type: "kb", ref: { type: "person", entry: leader, kind: "name" } }, as: "pair", via: "actors/rules/pairs:leaders" });
    }
  }
  return found;
}

/**
 * "his Chinese counterpart": the person holding, in that state on that date, the office the
 * last-named leader before the phrase holds.
 */
export function findCounterparts(body: string, known: readonly Candidate[], date: string | null): Candidate[] {
  const kb = knowledgeBase();
  const found: Candidate[] = [];
  for (const match of body.matchAll(COUNTERPART)) {
    const state = [...kb.states.values()].find((s) => (s.adjectives ?? []).includes(match[1]!) || (s.demonyms ?? []).includes(match[1]!));
    const leader = known.filter((c) => c.end <= match.index).map(leaderOf).filter((p): p is PersonEntry => p !== null).at(-1);
    const office = leader ? termAt(leader, date)?.office : undefined;
    if (!state || !office) continue;
    const counterpart = kb.persons.find((p) => p.terms.some((t) => t.office === office && t.country === state.code && termAt({ ...p, terms: [t] }, date)));
    if (!counterpart) continue;
    found.push({ start: match.index, end: match.index + match[0].length, target: { type: "kb", ref: { type: "person", entry: counterpart, kind: "name" } }, as: "counterpart", via: "actors/rules/pairs:counterpart" });
  }
  return found;
}
