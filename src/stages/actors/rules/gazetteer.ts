// Finds the knowledge base's names in the text: longest match over tokens, guarded by the
// disambiguation cues of ambiguous names, with capitals read as places after a preposition;
// then cities, regions and territories where no other name stands.
import type { Span } from "../../../doc/model.js";
import { joined, knowledgeBase, matchNames, matchPlaces, type KbRef } from "../../../lib/knowledge-base.js";
import { stateSpelledLike } from "../../../lib/name-variants.js";
import { LOCATION_PREPOSITIONS, TITLE_WORDS_LOWER } from "../lexicon.js";
import { SpanIndex } from "../../../lib/spans.js";
import type { Candidate, SentenceTokens } from "../mentions.js";

export function findKnownNames(body: string, sentences: readonly SentenceTokens[]): Candidate[] {
  const named = findNamed(body, sentences);
  const places = findPlaces(body, sentences, named);
  return [...named, ...places, ...findMisspeltStates(sentences, [...named, ...places])].sort((a, b) => a.start - b.start);
}

/** "a fresh offer from Afganistan": a capitalised word no name covers that misspells one state's name by one letter. */
function findMisspeltStates(sentences: readonly SentenceTokens[], known: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const covered = new SpanIndex(known);
  for (const { tokens } of sentences) {
    for (const token of tokens) {
      if (!/^\p{Lu}\p{Ll}+$/u.test(token.text) || covered.overlapsAny(token)) continue;
      const spelling = stateSpelledLike(token.text);
      if (!spelling) continue;
      const { state, kind } = spelling;
      found.push({ start: token.start, end: token.end, target: { type: "kb", ref: { type: "state", entry: state, kind } }, as: kind, via: "actors/rules/gazetteer:spelling" });
    }
  }
  return found;
}

function findNamed(body: string, sentences: readonly SentenceTokens[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const { sentence, tokens } of sentences) {
    const sentenceText = body.slice(sentence.start, sentence.end);
    for (const best of matchNames(body, tokens)) {
      const i = best.first;
      const first = tokens[i]!;
      const last = tokens[best.last]!;
      const surface = body.slice(first.start, last.end);
      const ref = choose(best.refs, { start: first.start, end: last.end }, body, sentenceText);
      if (ref) {
        const previous = tokens[i - 1]?.text.toLowerCase();
        const basedOn = /^-based\b/.test(body.slice(last.end, last.end + 7));
        const place = ref.kind === "metonym" && ((previous !== undefined && LOCATION_PREPOSITIONS.has(previous)) || basedOn);
        const combining = ref.kind === "combining" && body[last.end] !== "-";
        // "US$400 billion": a currency prefix, not the state.
        const currency = body[last.end] === "$";
        if (!combining && !currency) {
          candidates.push({
            start: first.start,
            end: last.end,
            target: { type: "kb", ref },
            as: place ? "location" : ref.kind === "attribute" ? "attribute" : ref.kind === "metonym" ? "metonym" : "name",
            via: `actors/rules/gazetteer:${ref.kind}`,
          });
        }
      }
    }
  }
  return candidates;
}

/** A negative cue that contains the name ("South China Sea") rejects the name where the cue stands around it. */
function insideCue(body: string, at: Span, surface: string, cue: string): boolean {
  const offset = cue.indexOf(surface);
  return offset >= 0 && body.startsWith(cue, at.start - offset);
}

/**
 * One reading of a surface: the only one, or the one whose cues the document supports.
 * Ambiguous names with no supporting cue are left out rather than guessed.
 */
function choose(refs: KbRef[], at: Span, body: string, sentence: string): KbRef | null {
  const kb = knowledgeBase();
  const surface = body.slice(at.start, at.end);
  const allowed = refs.filter((ref) => {
    if (ref.type === "state" && ref.entry.historical && ref.kind !== "name") return false;
    const guard = ref.type === "state" ? (kb.guards.get(`${ref.entry.code}:${surface}`) ?? kb.guards.get(`${ref.entry.code}:${surface.toLowerCase()}`)) : undefined;
    if (!guard) return true;
    const negative = guard.negativeCues ?? [];
    if (negative.some((cue) => insideCue(body, at, surface, cue))) return false;
    if (negative.some((cue) => !cue.includes(surface) && sentence.includes(cue))) return false;
    return !guard.requiresCue || (guard.positiveCues ?? []).some((cue) => body.includes(cue));
  });
  if (allowed.length <= 1) return allowed[0] ?? null;
  // A state's own name outranks the same word as someone's alias; otherwise the first entry stands.
  const distinct = new Set(allowed.map((r) => (r.type === "state" || r.type === "igo" ? r.entry.code : r.entry.id)));
  return distinct.size === 1 ? allowed[0]! : (allowed.find((r) => r.type === "state" && r.kind === "name") ?? null);
}

/**
 * Cities, regions and territories where no state, organisation or person is named: places, not
 * actors ("clashes in Kirkuk"), whose adjectives qualify groups ("Chechen rebels"). A name several
 * places share, or that is also a common word, counts only when the document names its state; a
 * place name followed by another capitalised word is taken for part of a longer name ("Sydney Smith").
 */
function findPlaces(body: string, sentences: readonly SentenceTokens[], named: readonly Candidate[]): Candidate[] {
  const kb = knowledgeBase();
  // Whether the document names a state, asked once per state rather than once per ambiguous place.
  const statesNamed = new Map<string, boolean>();
  const documentNames = (country: string) => {
    let found = statesNamed.get(country);
    if (found === undefined) {
      const state = kb.states.get(country);
      found = [...(state?.names ?? []), ...(state?.adjectives ?? [])].some((n) => body.includes(n));
      statesNamed.set(country, found);
    }
    return found;
  };
  const candidates: Candidate[] = [];
  const covered = new SpanIndex(named);
  for (const { tokens } of sentences) {
    for (const match of matchPlaces(body, tokens)) {
      const first = tokens[match.first]!, last = tokens[match.last]!;
      if (covered.overlapsAny({ start: first.start, end: last.end })) continue;
      const next = tokens[match.last + 1];
      if (next && joined(body, last, next) && /^\p{Lu}\p{Ll}/u.test(next.text) && !TITLE_WORDS_LOWER.has(next.text.toLowerCase())) continue;
      const readings = match.refs.filter((ref) => !ref.entry.ambiguous || (ref.entry.country !== null && documentNames(ref.entry.country)));
      const countries = new Set(readings.map((ref) => ref.entry.country));
      if (countries.size !== 1) continue;
      const { entry } = readings[0]!;
      candidates.push({ start: first.start, end: last.end, target: { type: "location", name: entry.name, country: entry.country, ...(entry.code ? { code: entry.code } : {}) }, as: "location", via: `actors/rules/gazetteer:place-${readings[0]!.kind}` });
    }
  }
  return candidates;
}
