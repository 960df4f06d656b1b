// Sentence-level event coding: verb and noun patterns over lemmas find what happened; the
// actors around the pattern say who did it to whom; the sentence's dates, modality and negation
// say when and how. One sentence in, candidate events out; no folding across sentences.
import type { Actor, Span, TextSpan, Timex } from "../../doc/model.js";
import { words as wordsOf, type Word } from "../../lib/words.js";
import type { CompiledPattern, SlotName } from "./dictionary.js";

/** Words a pattern may skip between two of its words ("pay an official visit to"). */
const MAX_GAP = 3;
/** A slot between two pattern words may hold a longer name ("accuse the Syrian government of"). */
const MAX_SLOT_GAP = 8;

const PLANNED = /^(?:will|would|shall|'ll|going|expected|plan|plans|planned|set|due|scheduled|intend|intends|aim|aims|hope|hopes)$/i;
const HYPOTHETICAL = /^(?:if|unless|could|might|may|should|whether)$/;
const NEGATION = /^(?:not|n't|never|no)$/i;
const CLAUSE_BREAK = /^[;:()"“”]$/;
/** Prepositions after which a place can stand for its state as a target ("arrived in Beijing"). */
const PLACE_PREPOSITIONS = new Set(["in", "to", "into", "at"]);
/** How many words may stand between a pattern's last word and its target ("met the visiting Chinese leader"). */
const TARGET_REACH = 5;
/** Words that make a following name an object or an oblique, not a subject. */
const OBJECT_LEAD = /^(VERB|ADP)$/;
/** Conjunctions that open a clause: the name after them is its subject ("As Xi arrived ..."). */
const CLAUSE_OPENERS = /^(?:as|while|when|whereas|after|before|since|because|although|though|once|until|if|unless|whether|that)$/i;
const SKIPPABLE = /^(DET|ADJ|NUM|PROPN|PUNCT|CCONJ|ADV|PART)$/;
const SUBJECT_PRONOUN = /^(?:he|she|they)$/i;
/** Cooperative roots whose joint subjects act on each other ("China and Russia signed"). */
const RECIPROCAL_ROOTS = /^0[3-6]/;

export interface ActorMention extends Span {
  actor: Actor;
  /** The mention names a place ("in Beijing") rather than the actor acting. */
  place: boolean;
  /** The mention is a verb's or preposition's object in its sentence (set by `markObjects`). */
  object?: boolean;
}

export interface CandidateEvent {
  code: string;
  pattern: string;
  sources: ActorMention[];
  targets: ActorMention[];
  trigger: Word;
  date: string | null;
  mode: "asserted" | "planned";
  negated: boolean;
  location: string | null;
  sentence: TextSpan;
  /** How many pattern words matched: more words, more certain. */
  strength: number;
  /** The trigger is a noun ("sanctions", "visit") rather than a verb. */
  nominal: boolean;
  /** Where the event's words and its target end. */
  reach: number;
}

interface Match {
  pattern: CompiledPattern;
  /** Token index of each pattern word. */
  at: number[];
}

function matchPattern(tokens: Word[], index: number, pattern: CompiledPattern): Match | null {
  if (pattern.pos && !(pattern.pos === "VERB" ? /^(VERB|AUX)$/ : /^(NOUN|PROPN)$/).test(tokens[index]!.pos)) return null;
  const at: number[] = new Array(pattern.words.length);
  at[pattern.trigger] = index;
  const gapAfter = (w: number) => (pattern.slots.some((s) => s.after === w + 1 && w + 1 < pattern.words.length) ? MAX_SLOT_GAP : MAX_GAP);
  for (let w = pattern.trigger + 1; w < pattern.words.length; w++) {
    const found = seek(tokens, at[w - 1]! + 1, 1, pattern.words[w]!, gapAfter(w - 1));
    if (found < 0) return null;
    at[w] = found;
  }
  for (let w = pattern.trigger - 1; w >= 0; w--) {
    const found = seek(tokens, at[w + 1]! - 1, -1, pattern.words[w]!, gapAfter(w));
    if (found < 0) return null;
    at[w] = found;
  }
  return { pattern, at };
}

function seek(tokens: Word[], from: number, step: 1 | -1, lemma: string, maxGap: number): number {
  for (let i = from, skipped = 0; i >= 0 && i < tokens.length && skipped <= maxGap; i += step, skipped++) {
    const token = tokens[i]!;
    if (token.lemma === lemma || token.text.toLowerCase() === lemma) return i;
    if (CLAUSE_BREAK.test(token.text) || token.text === ".") return -1;
  }
  return -1;
}

/** Mentions joined by "and" or commas form one group ("Russia and China", "Belarus, Germany and France"). */
function coordinated(mentions: ActorMention[], seed: ActorMention, body: string): ActorMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const at = sorted.indexOf(seed);
  const group = [seed];
  const joins = (a: ActorMention, b: ActorMention) => /^\s*(?:,|and|&|,\s*and|as well as)\s*$/.test(body.slice(a.end, b.start));
  for (let i = at - 1; i >= 0 && joins(sorted[i]!, sorted[i + 1]!); i--) group.unshift(sorted[i]!);
  for (let i = at + 1; i < sorted.length && joins(sorted[i - 1]!, sorted[i]!); i++) group.push(sorted[i]!);
  return group;
}

/** The token index where a mention starts. */
const tokenAt = (tokens: Word[], offset: number) => tokens.findIndex((t) => t.end > offset);

/** A name right after a verb or preposition (past articles and titles) is that word's object. */
function isObject(tokens: Word[], mention: ActorMention): boolean {
  for (let i = tokenAt(tokens, mention.start) - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (CLAUSE_OPENERS.test(token.text)) return false;
    if (OBJECT_LEAD.test(token.pos)) return true;
    if (!SKIPPABLE.test(token.pos) || token.text === ",") return false;
  }
  return false;
}

/**
 * The subject: the nearest name before the pattern that is no verb's or preposition's object,
 * else a pronoun ("he", "they") standing for the last person or group named before it.
 */
function subjectOf(body: string, tokens: Word[], first: Word, mentions: ActorMention[], clause: Span, earlier: ActorMention[]): ActorMention[] {
  const before = mentions.filter((m) => m.end <= first.start && m.start >= clause.start && !m.place);
  for (let k = before.length - 1; k >= 0; k--) {
    const candidate = before[k]!;
    if (!isObject(tokens, candidate)) return coordinated(before, candidate, body);
  }
  const pronoun = tokens.filter((t) => t.end <= first.start && t.start >= clause.start && SUBJECT_PRONOUN.test(t.text)).at(-1);
  if (!pronoun) return [];
  const wantsPerson = /^(?:he|she)$/i.test(pronoun.text);
  const antecedent = earlier.filter((m) => m.end <= pronoun.start && !m.place && !m.object && (wantsPerson ? m.actor.type === "person" : m.actor.type !== "person")).at(-1);
  return antecedent ? [antecedent] : [];
}

function slotFill(body: string, tokens: Word[], match: Match, slot: { name: SlotName; after: number }, mentions: ActorMention[], clause: Span, earlier: ActorMention[]): ActorMention[] {
  const { at } = match;
  const words = match.pattern.words.length;
  if (slot.after === 0) return subjectOf(body, tokens, tokens[at[0]!]!, mentions, clause, earlier);
  const previousIndex = at[slot.after - 1]!;
  const previous = tokens[previousIndex]!;
  const limit = slot.after < words ? tokens[at[slot.after]!]!.start : (tokens[previousIndex + TARGET_REACH + 1]?.end ?? clause.end);
  const placeOk = PLACE_PREPOSITIONS.has(match.pattern.words[slot.after - 1]!);
  const after = mentions.filter((m) => m.start >= previous.end && m.start < limit && m.end <= clause.end && (!m.place || placeOk));
  const nearest = after[0];
  return nearest ? coordinated(mentions.filter((m) => m.start >= previous.end && m.end <= clause.end), nearest, body) : [];
}

/** The clause around a token: from the last clause break before it to the next one after it. */
function clauseOf(tokens: Word[], index: number, sentence: Span): Span {
  let start = sentence.start, end = sentence.end;
  for (let i = index - 1; i >= 0; i--) if (CLAUSE_BREAK.test(tokens[i]!.text)) { start = tokens[i]!.end; break; }
  for (let i = index + 1; i < tokens.length; i++) if (CLAUSE_BREAK.test(tokens[i]!.text)) { end = tokens[i]!.start; break; }
  return { start, end };
}

function modality(tokens: Word[], match: Match): { mode: CandidateEvent["mode"]; negated: boolean; hypothetical: boolean } {
  const first = Math.min(...match.at);
  const before = tokens.slice(Math.max(0, first - 4), first);
  const trigger = tokens[match.at[match.pattern.trigger]!]!;
  const clauseStart = tokens.slice(0, first).map((t) => t.text).lastIndexOf(",");
  const lead = tokens.slice(Math.max(0, clauseStart + 1), first);
  return {
    mode: before.some((t) => PLANNED.test(t.lemma) || PLANNED.test(t.text)) ? "planned" : "asserted",
    negated: trigger.negated || before.some((t) => NEGATION.test(t.text)),
    hypothetical: lead.some((t) => HYPOTHETICAL.test(t.text)),
  };
}

/** The date the sentence gives nearest the event's words, else none (the caller falls back to publication). */
function dateNear(timexes: readonly Timex[], sentence: Span, trigger: Word): string | null {
  const concrete = timexes.filter((t) => t.start >= sentence.start && t.end <= sentence.end && (t.type === "date" || t.type === "time") && !/_REF$/.test(t.value) && !/^X/.test(t.value));
  concrete.sort((a, b) => Math.abs(a.start - trigger.start) - Math.abs(b.start - trigger.start));
  return concrete[0]?.value.slice(0, 10) ?? null;
}

/**
 * Codes one sentence. `mentions` are the sentence's actor mentions; `earlier` every mention of the
 * document up to the sentence's end, for pronouns.
 */
export function sentenceWords(body: string, sentence: Span): Word[] {
  return wordsOf(body.slice(sentence.start, sentence.end), sentence.start);
}

/** Marks the sentence's mentions that are objects, so that pronouns look past them. */
export function markObjects(tokens: Word[], mentions: ActorMention[]): void {
  for (const mention of mentions) mention.object = isObject(tokens, mention);
}

export function codeSentence(
  body: string,
  sentence: Span,
  tokens: Word[],
  mentions: ActorMention[],
  earlier: ActorMention[],
  timexes: readonly Timex[],
  index: Map<string, CompiledPattern[]>,
): CandidateEvent[] {
  const text = body.slice(sentence.start, sentence.end);
  const events: CandidateEvent[] = [];
  const used = new Set<number>();
  tokens.forEach((token, i) => {
    const patterns = index.get(token.lemma) ?? index.get(token.text.toLowerCase());
    if (!patterns || used.has(i)) return;
    let best: Match | null = null;
    for (const pattern of patterns) {
      const match = matchPattern(tokens, i, pattern);
      if (match && (!best || match.pattern.words.length > best.pattern.words.length)) best = match;
    }
    if (!best) return;
    const clause = clauseOf(tokens, i, sentence);
    const slots = best.pattern.slots.length ? best.pattern.slots : [];
    const sourceSlot = slots.find((s) => s.name === "SOURCE") ?? { name: "SOURCE" as const, after: 0 };
    const targetSlot = slots.find((s) => s.name === "TARGET") ?? { name: "TARGET" as const, after: best.pattern.words.length };
    const sources = slotFill(body, tokens, best, sourceSlot, mentions, clause, earlier);
    let targets = slotFill(body, tokens, best, targetSlot, mentions, { start: clause.start, end: sentence.end }, earlier);
    // "China and Russia signed three declarations": joint subjects of a cooperative act are each other's targets.
    if (!targets.length && sources.length >= 2 && RECIPROCAL_ROOTS.test(best.pattern.code)) targets = sources;
    if (!sources.length || !targets.length) return;
    const { mode, negated, hypothetical } = modality(tokens, best);
    if (hypothetical) return;
    for (const k of best.at) used.add(k);
    const placeMention = mentions.find((m) => m.place && m.start >= sentence.start && m.end <= sentence.end);
    events.push({
      code: best.pattern.code,
      pattern: best.pattern.text,
      sources,
      targets,
      trigger: token,
      date: dateNear(timexes, sentence, token),
      mode,
      negated,
      location: placeMention ? body.slice(placeMention.start, placeMention.end) : null,
      sentence: { start: sentence.start, end: sentence.end, text },
      strength: best.pattern.words.length,
      nominal: /^(NOUN|PROPN)$/.test(token.pos),
      reach: Math.max(...targets.map((t) => t.end), tokens[Math.max(...best.at)]!.end),
    });
  });
  return withoutObjectNouns(events);
}

/** "reject tough sanctions against Iran": a noun event inside a verb event's object is that verb's object, not an event of its own. */
function withoutObjectNouns(events: CandidateEvent[]): CandidateEvent[] {
  return events.filter((noun) => !noun.nominal || !events.some((verb) => !verb.nominal && verb.trigger.start < noun.trigger.start && noun.trigger.start < verb.reach));
}
