// Sentence-level event coding: patterns over lemmas find what happened, the actors around them who
// did it to whom, the sentence's dates, modality, negation and frames when and how.
import type { Actor, Span, TextSpan, Timex } from "../../doc/model.js";
import type { Word } from "../../lib/words.js";
import { afterCues, frameOf, isQuantity, isRealising, recode } from "./cues.js";
import type { CompiledPattern, SlotName } from "./dictionary.js";
import { isGroupNoun, roleOf, territoryCode } from "./groups.js";

/** Pattern words after an inner slot that identify the act without a name in the slot. */
const TELLING_TAIL = 3;
/** Words a pattern may skip between two of its words ("pay an official visit to"). */
const MAX_GAP = 3;
/** A slot between two pattern words may hold a longer name ("accuse the Syrian government of"). */
const MAX_SLOT_GAP = 8;

const PLANNED = /^(?:will|would|shall|'ll|going|expected|plan|plans|planned|set|due|scheduled|intend|intends|aim|aims|hope|hopes)$/i;
const HYPOTHETICAL = /^(?:if|unless|could|might|may|should|must|whether)$/;
/** "resolutions that would place sanctions": a modal right after a relative pronoun describes, it does not report. */
const RELATIVE = /^(?:that|which|who)$/i;
const RELATIVE_MODAL = /^(?:would|could|might|may|will)$/i;
/** A noun event so qualified has not happened ("the proposed deal", "a possible summit"). */
const NOT_REALISED = /^(?:proposed|planned|possible|potential|prospective|stalled|mooted|hypothetical|would-be|future)$/i;
/** Roots an event may have with no target: promises, concessions, threats, protest, force posture, coercion, bombings and mass violence. */
export const TARGETLESS_ROOTS = /^(?:03|08|12|13|14|15|17|18|20)/;
/**
 * Protest, coercion and violence, recorded against their named target even when the sentence does not
 * say who acted ("prisoners rioted in Dili", "a missionary was arrested in Lebanon", "killed in a bombing").
 */
const UNKNOWN_PERPETRATOR_ROOTS = /^(?:14|17|18|19|20)/;
const NEGATION = /^(?:not|n't|never|no)$/i;
const CLAUSE_BREAK = /^[;:()]$/;
const CLAUSE_BOUNDARY = /^[;:]$/;
const APOSTROPHE = /[’‘`]/g;
const PARTICIPLE = /ing$/i;
const ARTICLE = /^(?:a|an|the)$/;
/** Words between a subject and its verb ("has also", "will not"). */
const VERB_LEAD = /^(AUX|ADV|PART)$/;
const PAST_FORM = /ed$/i;
/** Endings of English inflections and what replaces them in the base form. */
/** "committed" → commit, "shipping" → ship. */
const DOUBLED = /([bdgklmnprtz])\1(?:ed|ing)$/;
const INFLECTIONS: [string, string][] = [["s", ""], ["es", ""], ["ies", "y"], ["d", ""], ["ed", ""], ["ied", "y"], ["ing", ""], ["ing", "e"]];
/** Dates written as year, month or day compare as strings; weeks, quarters and seasons are left alone. */
const CALENDAR = /^\d{4}(?:-\d{2}){0,2}$/;
const CONJUNCTION = /\b(?:and|as well as)\b|&/;
/** What may join two names of one list: a comma or "and", then an article, a possessive and titles ("and his Chinese counterpart"). */
const COORDINATION = /^\s*(?:,|and|&|,\s*and|as well as)\s*(?:the\s+)?(?:(?:his|her|its|their)\s+)?(?:(?:\p{Lu}[\p{L}.-]*|counterpart|foreign|prime|minister),?\s+)*$/u;
const FIGURE_PERIOD = /(?:\d|billion|million|trillion|bn|percent|%)\s+(?:in|by|for)\s+$/i;
/** How many characters before a date to look for the figure it belongs to. */
const FIGURE_LOOKBACK = 20;
/** Prepositions after which a place can stand for its state as a target ("arrived in Beijing"). */
const PLACE_PREPOSITIONS = new Set(["in", "to", "into", "at"]);
/** How many words may stand between a pattern's last word and its target ("met the visiting Chinese leader"). */
const TARGET_REACH = 5;
/** Words that make a following name an object or an oblique, not a subject. */
const OBJECT_LEAD = /^(VERB|ADP)$/;
/** Conjunctions that open a clause: the name after them is its subject ("As Xi arrived ..."). */
const CLAUSE_OPENERS = /^(?:as|while|when|whereas|after|before|since|because|although|though|once|until|if|unless|whether|that)$/i;
const SKIPPABLE = /^(DET|ADJ|NUM|PROPN|NOUN|PUNCT|CCONJ|ADV|PART)$/
const SUBJECT_PRONOUN = /^(?:he|she|they)$/i;
/**
 * Cooperative roots whose joint subjects act on each other ("China and Russia signed", "met", "agreed").
 * Praise and support are not mutual unless the sentence says so ("supported each other").
 */
const RECIPROCAL_ROOTS = /^(?:0[346]|05[07])/;
const MUTUAL_OBJECT = /^\s+(?:each\s+other|one\s+another)\b/i;
/** Auxiliaries of the passive voice ("was allowed", "have been indicted", "got arrested"). */
const PASSIVE_AUXILIARY = /^(?:be|get)$/;
/** Conflict roots whose joint subjects, with no other target, act against each other ("brought both sides to the brink of war"). */
const MUTUAL_CONFLICT_ROOTS = /^(?:1[5-9]|20)/;
/**
 * Acts announced for the future are promises or threats of them: "will provide aid" → 033, "would
 * boycott" → 1312. Meetings and visits keep their code as planned; shows of force are often routine (drills).
 */
const PROMISED_ROOTS = /^(?:0[5-8]|14|1[6-9]|20)/;
/** Words opening the condition of a threat ("unless Baghdad accepts", "if the United States goes ahead"). */
const CONDITION = /^(?:unless|if)$/i;
/** "will withdraw unless ...": a plan on this condition is an ultimatum; "will buy more if ..." may be an offer. */
const ULTIMATUM = /^unless$/i;
const THREAT_ROOT = /^13/;
/** Modals of possibility: "may halt" is hypothetical unless a condition makes it a threat. */
const POSSIBILITY = /^(?:may|might|could)$/i;
/** Acts whose announcement on a condition threatens: reducing relations, sanctions, coercion and force. */
const CONFLICT_ACT = /^(?:1[5-9]|20)/;
/** Cooperative roots whose refusal is a rejection: promises, meetings, support, cooperation, aid and concessions. */
const REFUSABLE_ROOTS = /^0[3-8]/;
/** How far before "to" a frame word may stand ("threatened on Monday to", "urged the Chadian government to"). */
const FRAME_REACH = 6;
/** Prepositions that make a later name the oblique target of an event ("buy jets worth $8 billion from France"); an "of" phrase qualifies a noun. */
const OBLIQUE = /^(?:to|from|with|against|on|at|for|into|toward|towards|over)$/i;
/** Words inside a noun phrase before its head ("tough new sanctions"). */
const NOUN_PHRASE = /^(DET|ADJ|NUM|NOUN|PROPN|PART)$/;
const PREPOSITION = /^(?:to|from|with|against|on|at|for|of|into|toward|towards|over|in|between|by|about|upon|among)$/i;
/** Words that end a verb's object before a name: an infinitive's "to", a clause's "that", another verb's auxiliary. */
const NOT_DIRECT = /^(AUX|SCONJ|ADP)$/;
const OBJECT_END = /^(?:to|that)$/i;
const PARTITIVE_HEAD = /^(NUM|NOUN|PROPN)$/;
const NOUN_QUALIFIER = /^(?:of|for|from)$/i;
/** Prepositions that make a noun phrase a noun's complement ("investigation into", "report on"). */
const NOUN_COMPLEMENT = /^(?:of|into|on|about|over)$/i;
/** Two words that bound a number ("up to 16", "more than 100"). */
const QUANTIFIER = /^(?:up to|more than|less than|fewer than|at least|at most)$/i;
/** Domestic roots and aid whose target, when unnamed, is the state where they happen ("marched in Romania", "delivered food in Chad"). */
const PLACE_TARGET_ROOTS = /^(?:04|07|08|14|1[7-9]|20)/;
/** Meetings, visits and attendance in a place with no named host are with that place's government. */
const HOSTED_ROOT = /^04/;
export const PROTEST_ROOT = /^14/;
const AIMED_ROOTS = /^(?:1[3467])/;
const COMPLAINT_ROOT = /^114/;
/** Verbs that state what a protest wants. */
const DEMAND_VERB = /^(?:demand|protest|call|urge|press)$/;
/** Prepositions that say where something happened. */
const LOCATING = /^(?:in|near|outside|at|around|across|throughout)$/i;
/** A place governed by a preposition or a verb is where something happens ("arrived in", "visited"); one that heads the clause acts. */
const PLACE_LEAD = /^(ADP|VERB)$/;
/** Protest, concessions and coercion with no target named act on the source's own country; a resignation acts on no one. */
const DOMESTIC_ROOTS = /^(?:08(?!31)|14|17)/;
/** Appeals and demands. */
const CLAIM_ROOTS = /^(?:02|10)/;

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
  /** Token index of each matched pattern word. */
  at: number[];
  date: string | null;
  mode: "asserted" | "planned";
  negated: boolean;
  location: string | null;
  sentence: TextSpan;
  /** How many pattern words matched: more words, more certain. */
  strength: number;
  /** The pattern is a noun phrase ("sanctions", "Macron's visit"), not led by a verb ("commit atrocities"). */
  nominal: boolean;
  /** Where the event's words and its target end. */
  reach: number;
  /** Where an act no one claims happened (its state, and the code its actors take there), for its unidentified perpetrator. */
  scene: { country: string; code: string } | null;
}

interface Match {
  pattern: CompiledPattern;
  /** Token index of each pattern word. */
  at: number[];
}

/**
 * The base forms a word may stand for: its lemma, its text, and its text without an inflection the
 * lemmatiser missed ("airstrikes" → airstrike, "staged" → stage, not only "stag").
 */
function formsOf(token: Word): string[] {
  const text = token.text.toLowerCase().replace(APOSTROPHE, "'");
  const forms = [token.lemma, text];
  for (const [ending, base] of INFLECTIONS) if (text.endsWith(ending) && text.length > ending.length + 2) forms.push(text.slice(0, -ending.length) + base);
  if (DOUBLED.test(text)) forms.push(text.replace(DOUBLED, "$1"));
  return forms;
}

/**
 * The patterns a word may trigger: its lemma's and its text's together ("be concerned about" is keyed by
 * the text, "concern TARGET" by the lemma); else those of a form without an inflection the lemmatiser
 * missed. A noun's lemma ("meeting") never falls back to its verb ("meet").
 */
function patternsFor(token: Word, index: Map<string, CompiledPattern[]>): CompiledPattern[] {
  const [lemma, text, ...stripped] = formsOf(token);
  const exact = [...new Set([...(index.get(lemma!) ?? []), ...(index.get(text!) ?? [])])];
  return exact.length ? exact : (stripped.map((form) => index.get(form)).find(Boolean) ?? []);
}

/** A verb, or a past form the tagger took for a noun ("militiamen abducted engineers"). */
const isVerb = (token: Word) => /^(VERB|AUX)$/.test(token.pos) || (PAST_FORM.test(token.text) && token.lemma === token.text.toLowerCase());

function matchPattern(tokens: Word[], index: number, pattern: CompiledPattern): Match | null {
  if (pattern.pos && !(pattern.pos === "VERB" ? isVerb(tokens[index]!) : /^(NOUN|PROPN)$/.test(tokens[index]!.pos))) return null;
  const at: number[] = new Array(pattern.words.length);
  at[pattern.trigger] = index;
  const gapAfter = (w: number) => (pattern.slots.some((s) => s.after === w + 1 && w + 1 < pattern.words.length) ? MAX_SLOT_GAP : MAX_GAP);
  // An article of the pattern may be missing or another in the text ("lift the curfew" ~ "lifted a night curfew").
  // An article stands right after the word before it, or is missing: it never reaches into a later phrase.
  // After a slot the article follows the slot's name ("give TARGET a grant"), not the word before it.
  const articleGap = (w: number) => (pattern.slots.some((s) => s.after === w) ? MAX_SLOT_GAP : 0);
  for (let w = pattern.trigger + 1; w < pattern.words.length; w++) {
    const found = seek(tokens, at[w - 1]! + 1, 1, pattern.words[w]!, ARTICLE.test(pattern.words[w]!) ? articleGap(w) : gapAfter(w - 1));
    if (found < 0 && !ARTICLE.test(pattern.words[w]!)) return null;
    at[w] = found < 0 ? at[w - 1]! : found;
  }
  for (let w = pattern.trigger - 1; w >= 0; w--) {
    const found = seek(tokens, at[w + 1]! - 1, -1, pattern.words[w]!, gapAfter(w));
    if (found < 0 && !ARTICLE.test(pattern.words[w]!)) return null;
    at[w] = found < 0 ? at[w + 1]! : found;
  }
  return { pattern, at };
}

/** A parenthesis ("Association of Southeast Asian Nations (ASEAN) summit") is skipped as one word. */
const PAREN = { 1: ["(", ")"], [-1]: [")", "("] } as const;

/** "rules banning the party": a participle after a common noun describes the noun, it reports no act. */
function isModifier(tokens: Word[], i: number, mentions: ActorMention[]): boolean {
  const token = tokens[i]!, previous = tokens[i - 1];
  // "the besieged town", "evacuated the wounded": a past form right after an article describes or names, it reports no act.
  if (PAST_FORM.test(token.text) && previous && ARTICLE.test(previous.text.toLowerCase())) return true;
  return token.pos === "VERB" && PARTICIPLE.test(token.text) && previous?.pos === "NOUN" && !isGroupNoun(previous) && !mentions.some((m) => previous.start >= m.start && previous.end <= m.end);
}

/**
 * More pattern words win; of as many, the tighter match ("called for a deadline": "call for", not "call
 * TARGET a"); of as tight, the one naming a filled inner slot ("agree to TARGET mediation").
 */
function better(a: Match, b: Match): boolean {
  const span = (m: Match) => Math.max(...m.at) - Math.min(...m.at);
  const inner = (m: Match) => m.pattern.slots.filter((s) => s.after > 0 && s.after < m.pattern.words.length).length;
  if (a.pattern.words.length !== b.pattern.words.length) return a.pattern.words.length > b.pattern.words.length;
  return span(a) < span(b) || (span(a) === span(b) && inner(a) > inner(b));
}

/**
 * A slot between two pattern words ("accuse TARGET of") must hold a name, unless the words after it are
 * telling enough on their own ("hold TARGET as human shield" with unnamed hostages).
 */
function innerSlotsFilled(tokens: Word[], match: Match, mentions: ActorMention[]): boolean {
  return match.pattern.slots.every((slot) => {
    if (slot.after === 0 || slot.after >= match.pattern.words.length) return true;
    if (match.pattern.words.length - slot.after >= TELLING_TAIL) return true;
    const previous = match.at[slot.after - 1]!;
    const from = tokens[previous]!.end, to = tokens[match.at[slot.after]!]!.start;
    return mentions.some((m) => m.start >= from && m.end <= to && fillsAfter(tokens, previous, m));
  });
}

/** A hyphen or a name glued to one by a hyphen ("China-Russia strategic partnership") does not lengthen a gap. */
const isGlue = (tokens: Word[], i: number) => tokens[i]!.text === "-" || tokens[i - 1]?.text === "-";

function seek(tokens: Word[], from: number, step: 1 | -1, lemma: string, maxGap: number): number {
  for (let i = from, skipped = 0; i >= 0 && i < tokens.length && skipped <= maxGap; i += step, skipped += isGlue(tokens, i - step) ? 0 : 1) {
    const token = tokens[i]!;
    if (formsOf(token).includes(lemma)) return i;
    if (token.text === PAREN[step][0]) {
      const close = tokens.findIndex((t, k) => (step === 1 ? k > i : k < i) && t.text === PAREN[step][1] && Math.abs(k - i) <= maxGap + 1);
      if (close >= 0) { i = close; continue; }
    }
    if (CLAUSE_BREAK.test(token.text) || token.text === ".") return -1;
  }
  return -1;
}

/** Mentions joined by "and" or commas form one group ("Russia and China", "Belarus, Germany and France"). */
function coordinated(mentions: ActorMention[], seed: ActorMention, body: string): ActorMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const at = sorted.indexOf(seed);
  const group = [seed];
  // One phrase may name two actors ("the two countries"): mentions of the same span are joint too.
  const joins = (a: ActorMention, b: ActorMention) => (a.start === b.start && a.end === b.end) || COORDINATION.test(body.slice(a.end, b.start));
  for (let i = at - 1; i >= 0 && joins(sorted[i]!, sorted[i + 1]!); i--) group.unshift(sorted[i]!);
  for (let i = at + 1; i < sorted.length && joins(sorted[i - 1]!, sorted[i]!); i++) group.push(sorted[i]!);
  // Commas alone make an apposition ("to calm Ankara, Macron, ..."), not a list: a list ends in "and".
  const conjoined = (k: number) => group[k]!.start === group[k - 1]!.start || CONJUNCTION.test(body.slice(group[k - 1]!.end, group[k]!.start));
  // "the US and NATO, the China-Russia declaration": after its "and", a comma ends the list.
  let from = 0, to = group.length;
  for (let k = 1, closed = false; k < group.length; k++) {
    if (conjoined(k)) closed = true;
    else if (closed) {
      if (k <= group.indexOf(seed)) { from = k; closed = false; }
      else { to = k; break; }
    }
  }
  const list = group.slice(from, to);
  return list.some((_, k) => k > 0 && conjoined(from + k)) ? list : [seed];
}

/** The token index where a mention starts. */
const tokenAt = (tokens: Word[], offset: number) => tokens.findIndex((t) => t.end > offset);

/** A name right after a verb or preposition (past articles and titles) is that word's object. */
function isObject(tokens: Word[], mention: ActorMention): boolean {
  for (let i = tokenAt(tokens, mention.start) - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (CLAUSE_OPENERS.test(token.text)) return false;
    // "thousands of Georgian students", "a camp for Congolese refugees", "activists from Fatah": "of", "for"
    // or "from" after a noun keeps the name in its noun phrase.
    if (NOUN_QUALIFIER.test(token.text) && PARTITIVE_HEAD.test(tokens[i - 1]?.pos ?? "")) continue;
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
  // "Shevardnadze resigned as the opposition threatened": the verb's own adverbial clause, a conjunction and a
  // noun phrase, has its subject after the conjunction ("announced that it will" still reports the speaker's act).
  const firstIndex = tokenAt(tokens, first.start);
  const openerAt = tokens.findLastIndex((t, k) => k < firstIndex && t.start >= clause.start && (t.pos === "SCONJ" || CLAUSE_OPENERS.test(t.text)) && t.text.toLowerCase() !== "that");
  const between = tokens.slice(openerAt + 1, firstIndex);
  const ownClause = openerAt >= 0 && between.some((t) => /^(NOUN|PROPN|PRON)$/.test(t.pos)) && between.every((t) => NOUN_PHRASE.test(t.pos) || VERB_LEAD.test(t.pos) || t.pos === "PRON");
  const from = ownClause ? tokens[openerAt]!.end : clause.start;
  const before = mentions.filter((m) => m.end <= first.start && m.start >= from && !m.place);
  // "said Burundi committed", "about 200 ethnic Hungarians marched": the name right before the verb is its subject.
  const firstAt = tokenAt(tokens, first.start);
  const adjacent = before.find((m) => tokens.slice(tokenAt(tokens, m.end - 1) + 1, firstAt).every((t) => VERB_LEAD.test(t.pos)));
  if (adjacent) return coordinated(before, adjacent, body);
  for (let k = before.length - 1; k >= 0; k--) {
    const candidate = before[k]!;
    if (!isObject(tokens, candidate)) return coordinated(before, candidate, body);
  }
  const pronoun = tokens.filter((t) => t.end <= first.start && t.start >= from && SUBJECT_PRONOUN.test(t.text)).at(-1);
  if (!pronoun) return [];
  const wantsPerson = /^(?:he|she)$/i.test(pronoun.text);
  const antecedent = earlier.findLast((m) => m.end <= pronoun.start && !m.place && !m.object && (wantsPerson ? m.actor.type === "person" : m.actor.type !== "person"));
  return antecedent ? [antecedent] : [];
}

function slotFill(body: string, tokens: Word[], match: Match, slot: { name: SlotName; after: number }, mentions: ActorMention[], clause: Span, earlier: ActorMention[]): ActorMention[] {
  const { at } = match;
  const words = match.pattern.words.length;
  if (slot.after === 0) {
    // "Iraq's invasion of Kuwait": a spelled-out SOURCE is the name right before the pattern.
    const first = at[0]!;
    const adjacent = match.pattern.slots.some((s) => s.name === "SOURCE" && s.after === 0)
      ? mentions.filter((m) => m.end <= tokens[first]!.start && !m.place && tokens.slice(tokenAt(tokens, m.end - 1) + 1, first).every((t) => NOUN_PHRASE.test(t.pos))).at(-1)
      : undefined;
    return adjacent ? coordinated(mentions, adjacent, body) : subjectOf(body, tokens, tokens[first]!, mentions, clause, earlier);
  }
  const previousIndex = at[slot.after - 1]!;
  const previous = tokens[previousIndex]!;
  const limit = slot.after < words ? tokens[at[slot.after]!]!.start : (tokens[previousIndex + TARGET_REACH + 1]?.end ?? clause.end);
  const placeOk = PLACE_PREPOSITIONS.has(match.pattern.words[slot.after - 1]!);
  const trailing = slot.after === words;
  // A trailing target stops at a comma; after a verb it is the verb's direct object ("help TARGET", not "help to build ... to Tunisia").
  const comma = trailing ? tokens.find((t, k) => k > previousIndex && t.text === ",")?.start ?? limit : limit;
  const after = mentions.filter((m) => m.start >= previous.end && m.start < Math.min(limit, comma) && m.end <= clause.end && (!m.place || placeOk) && fillsAfter(tokens, previousIndex, m));
  // Past the reach, a longer pattern's target may still stand later in the clause as an oblique ("agreed to buy jets ... from France").
  const nearest = after[0] ?? (trailing && words > 1 ? obliqueAfter(tokens, previousIndex, mentions, clause) : undefined);
  return nearest ? coordinated(mentions.filter((m) => m.start >= previous.end && m.end <= clause.end), nearest, body) : [];
}

/** "prisoners rioted", not "the visits demonstrate": the noun before a protest names people. */
function peopleBefore(tokens: Word[], first: number): boolean {
  const noun = tokens.slice(0, first).findLast((t) => /^(NOUN|PROPN)$/.test(t.pos));
  return !!noun && isGroupNoun(noun);
}

/** A pattern led by its verb, used in the passive voice: a form of "be" or "get" before a past participle. */
function isPassive(tokens: Word[], match: Match): boolean {
  const first = Math.min(...match.at);
  if (first !== match.at[match.pattern.trigger] || match.pattern.pos !== "VERB") return false;
  const verb = tokens[first]!;
  if (verb.text.toLowerCase() === verb.lemma || PARTICIPLE.test(verb.text)) return false;
  // "were engaged in", "is opposed to": a prepositional verb's participle with its preposition describes a state.
  if (match.pattern.words.length > 1 && PREPOSITION.test(match.pattern.words[1]!) && match.at[1] === first + 1) return false;
  for (let i = first - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (PASSIVE_AUXILIARY.test(token.lemma)) return true;
    if (!/^(ADV|PART)$/.test(token.pos)) return false;
  }
  return false;
}

/** The agent of a passive verb: the name after "by" in its clause ("was indicted by the tribunal"). */
function agentOf(tokens: Word[], verb: number, mentions: ActorMention[], clause: Span, body: string): ActorMention[] {
  const agent = nameInPhrase(tokens, verb, "by", mentions, clause);
  return agent ? coordinated(mentions, agent, body) : [];
}

/** The name heading the first phrase that a preposition opens after a token, in its clause ("by the tribunal", "against Israeli policies"). */
function nameInPhrase(tokens: Word[], index: number, preposition: string, mentions: ActorMention[], clause: Span): ActorMention | undefined {
  const at = tokens.findIndex((t, k) => k > index && t.start < clause.end && t.text.toLowerCase() === preposition);
  if (at < 0) return undefined;
  return mentions.find((m) => !m.place && m.start >= tokens[at]!.end && m.end <= clause.end && tokens.slice(at + 1, tokenAt(tokens, m.start)).every((t) => NOUN_PHRASE.test(t.pos)));
}

/**
 * A slot after a preposition of the pattern takes that preposition's object; after any other word, its
 * direct object ("meet TARGET on the sidelines" is not "a meeting in Uzbekistan on the sidelines").
 */
function fillsAfter(tokens: Word[], previous: number, mention: ActorMention): boolean {
  return PREPOSITION.test(tokens[previous]!.text) || isDirect(tokens, previous, mention);
}

/** No infinitive, clause, auxiliary or preposition but "of" stands between a verb and its object ("condemned the manoeuvres of X", not "helped to build ... to X"). */
function isDirect(tokens: Word[], verb: number, mention: ActorMention): boolean {
  const at = tokenAt(tokens, mention.start);
  // "kidnapped up to 16 Russian advisers", "arrested more than 100 Palestinians": such words before a number count, they open no phrase.
  const pair = (k: number) => `${tokens[k]?.text} ${tokens[k + 1]?.text}`;
  const counting = (k: number) => (QUANTIFIER.test(pair(k)) && tokens[k + 2]?.pos === "NUM") || (QUANTIFIER.test(pair(k - 1)) && tokens[k + 1]?.pos === "NUM");
  return tokens.slice(verb + 1, at).every((t, k) => t.text.toLowerCase() === "of" || counting(verb + 1 + k) || (!NOT_DIRECT.test(t.pos) && !OBJECT_END.test(t.text)));
}

/** A sector of the state a place names, as a target: its people for coercion ("in Cairo" → EGYCVL), its government for protest. */
function venueActor(mention: ActorMention, sector: string): ActorMention {
  const code = `${territoryCode(mention.actor)}${sector}`;
  return { ...mention, place: false, actor: { ...mention.actor, id: code, code, type: "state" } };
}

/** The first name, not a place, after a demand that follows a token in its clause ("... to demand the release of X"). */
function demandedOf(tokens: Word[], index: number, mentions: ActorMention[], clause: Span): ActorMention[] {
  const demand = tokens.findIndex((t, k) => k > index && t.start < clause.end && DEMAND_VERB.test(t.lemma) && t.pos === "VERB");
  if (demand < 0) return [];
  const named = mentions.find((m) => !m.place && m.start >= tokens[demand]!.end && m.end <= clause.end);
  return named ? [named] : [];
}

/** The first state or place in a clause that a locating preposition introduces ("near the Iraqi city of Basra"). */
function located(tokens: Word[], mentions: ActorMention[], clause: Span): ActorMention | undefined {
  return mentions.find((m) => m.start >= clause.start && m.end <= clause.end && !!m.actor.country && (m.actor.type === "state" || m.place) && LOCATING.test(leadOf(tokens, m)?.text ?? ""));
}

/** The word that governs a mention's noun phrase ("in" for "in the northern city of Kirkuk"), if any. */
function leadOf(tokens: Word[], mention: ActorMention): Word | undefined {
  return tokens.slice(0, tokenAt(tokens, mention.start)).findLast((t) => !NOUN_PHRASE.test(t.pos) && t.text.toLowerCase() !== "of");
}

/** The first name after a token, up to the clause's end, that a preposition introduces. */
function obliqueAfter(tokens: Word[], index: number, mentions: ActorMention[], clause: Span): ActorMention | undefined {
  // ", a spokeswoman for the US embassy said": past a comma the clause tells who reports, not to whom.
  const end = tokens.find((t, k) => k > index && t.text === ",")?.start ?? clause.end;
  return mentions.find((m) => {
    if (m.place || m.start < tokens[index]!.end || m.end > Math.min(end, clause.end)) return false;
    const at = tokenAt(tokens, m.start);
    const lead = tokens.slice(index + 1, at).reverse().find((t) => !SKIPPABLE.test(t.pos) || OBLIQUE.test(t.text));
    return !!lead && OBLIQUE.test(lead.text);
  });
}

/** The first name after a token and before `end` that is not one of the sources; a place stands for its state. */
function nameAfter(tokens: Word[], index: number, mentions: ActorMention[], end: number, sources: ActorMention[]): ActorMention | undefined {
  const next = mentions.find((m) => m.start >= tokens[index]!.end && m.end <= end && !sources.some((s) => s.actor.id === m.actor.id));
  return next?.place ? (next.actor.country ? venueActor(next, "") : undefined) : next;
}

/**
 * The name in a prepositional phrase right after a verb's object ("rejected calls by Belarus's rulers",
 * "suspended aid deliveries in Baghdad"), not one of the sources; a place stands for its state.
 */
function nameAfterObject(tokens: Word[], index: number, mentions: ActorMention[], clause: Span, sources: ActorMention[]): ActorMention[] {
  const next = nameAfter(tokens, index, mentions, clause.end, sources);
  if (!next) return [];
  const between = tokens.slice(index + 1, tokenAt(tokens, next.start));
  // "rejected calls by": a plural right after the verb is its object even when the tagger read a verb.
  const nounLike = (t: Word, k: number) => /^(NOUN|PROPN)$/.test(t.pos) || (k === 0 && t.pos === "VERB" && /s$/.test(t.text));
  const prepositions = between.filter((t) => t.pos === "ADP");
  const objectFirst = between.findIndex(nounLike);
  const preposition = between.findIndex((t) => t.pos === "ADP");
  if (prepositions.length !== 1 || !PREPOSITION.test(prepositions[0]!.text) || objectFirst < 0 || objectFirst > preposition) return [];
  // "providing photographs and other intelligence to Macedonia": coordinated objects are one object.
  return between.every((t, k) => /^(ADP|ADV|PRON|CCONJ)$/.test(t.pos) || NOUN_PHRASE.test(t.pos) || nounLike(t, k)) ? [next] : [];
}

/**
 * The first name after an act in its own clause, up to a comma, a verb or a word opening another
 * clause ("insists that no deal is near during Xi's visit" names no target); a place stands for its state.
 */
function nextNameInClause(tokens: Word[], index: number, mentions: ActorMention[], clause: Span, sources: ActorMention[]): ActorMention[] {
  const stop = tokens.find((t, k) => k > index && (t.text === "," || /^(SCONJ|VERB|AUX)$/.test(t.pos) || CLAUSE_OPENERS.test(t.text) || RELATIVE.test(t.text)))?.start ?? clause.end;
  const next = nameAfter(tokens, index, mentions, Math.min(stop, clause.end), sources);
  return next ? [next] : [];
}

/**
 * The clause around a token: from the last semicolon or colon before it to the next one after it.
 * A parenthesis stays inside ("The Asia-Pacific Economic Cooperation (APEC) forum has agreed").
 */
function clauseOf(tokens: Word[], index: number, sentence: Span): Span {
  let start = sentence.start, end = sentence.end;
  for (let i = index - 1; i >= 0; i--) if (CLAUSE_BOUNDARY.test(tokens[i]!.text)) { start = tokens[i]!.end; break; }
  for (let i = index + 1; i < tokens.length; i++) if (CLAUSE_BOUNDARY.test(tokens[i]!.text)) { end = tokens[i]!.start; break; }
  return { start, end };
}

/** A verb or noun of demand or appeal ("demanded", "urged", "its demand"). */
function isDemandWord(word: Word | undefined): boolean {
  const kind = word ? (frameOf(word.lemma) ?? frameOf(word.text.toLowerCase())) : null;
  return kind === "demand" || kind === "appeal";
}

function modality(tokens: Word[], match: Match): { mode: CandidateEvent["mode"]; negated: boolean; hypothetical: boolean; possible: boolean } {
  const first = Math.min(...match.at);
  const before = tokens.slice(Math.max(0, first - 4), first);
  const trigger = tokens[match.at[match.pattern.trigger]!]!;
  const clauseStart = tokens.slice(0, first).map((t) => t.text).lastIndexOf(",");
  const lead = tokens.slice(Math.max(0, clauseStart + 1), first);
  const relative = before.some((t, k) => RELATIVE.test(t.text) && RELATIVE_MODAL.test(before[k + 1]?.text ?? ""));
  // "demanded that the US cancel plans to sell arms": what a demand's "that" clause asks for has not happened.
  const demanded = tokens.slice(0, first).some((t, k) => t.text.toLowerCase() === "that" && isDemandWord(tokens[k - 1]));
  const unrealised = /^(NOUN|PROPN)$/.test(trigger.pos) && NOT_REALISED.test(tokens[match.at[match.pattern.trigger]! - 1]?.text ?? "");
  return {
    mode: before.some((t) => PLANNED.test(t.lemma) || PLANNED.test(t.text)) ? "planned" : "asserted",
    negated: trigger.negated || before.some((t) => NEGATION.test(t.text)),
    hypothetical: lead.some((t) => HYPOTHETICAL.test(t.text)) || relative || unrealised || demanded,
    // "may halt": only a modal of possibility makes it hypothetical, no "if" of its own.
    possible: lead.some((t) => POSSIBILITY.test(t.text)) && !lead.some((t) => CONDITION.test(t.text) || /^(?:whether|should)$/i.test(t.text)) && !relative && !unrealised,
  };
}

/** The date the sentence gives nearest the event's words, else none (the caller falls back to publication). */
/** `timexes`: the sentence's. */
function dateNear(body: string, timexes: readonly Timex[], sentence: Span, trigger: Word, notAfter: string | null): string | null {
  // What has happened cannot carry a later date ("vowed to lift exports to $5 billion by 2030").
  const past = (value: string) => !notAfter || !CALENDAR.test(value) || value <= notAfter || notAfter.startsWith(value);
  // "$83.5 billion in 2011" dates the figure, not the event.
  const figure = (t: Timex) => FIGURE_PERIOD.test(body.slice(Math.max(sentence.start, t.start - FIGURE_LOOKBACK), t.start));
  const concrete = timexes.filter((t) => (t.type === "date" || t.type === "time") && !/_REF$/.test(t.value) && !/^X/.test(t.value) && past(t.value) && !figure(t));
  // "... in 1996, and the partnership was upgraded ... in 2011": a date of the event's own coordinate clause comes first.
  const segment = coordinateClause(body, sentence, trigger.start);
  const own = concrete.filter((t) => t.start >= segment.start && t.end <= segment.end);
  const candidates = own.length ? own : concrete;
  candidates.sort((a, b) => Math.abs(a.start - trigger.start) - Math.abs(b.start - trigger.start));
  return candidates[0]?.value.slice(0, 10) ?? null;
}

/** Where coordinate clauses of a sentence meet: ", and", ", but", "; ". */
const COORDINATE_BREAK = /,\s+(?:and|but|while|whereas|yet)\s+|;\s+/g;

function coordinateClause(body: string, sentence: Span, at: number): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (const match of body.slice(sentence.start, sentence.end).matchAll(COORDINATE_BREAK)) {
    const breakAt = sentence.start + match.index;
    if (breakAt < at) start = breakAt + match[0].length;
    else if (breakAt < end) end = breakAt;
  }
  return { start, end };
}

/** Marks the sentence's mentions that are objects, so that pronouns look past them. */
export function markObjects(tokens: Word[], mentions: ActorMention[]): void {
  for (const mention of mentions) mention.object = isObject(tokens, mention);
}

/**
 * Codes one sentence. `mentions` are the sentence's actor mentions; `earlier` every mention of the
 * document up to the sentence's end, for pronouns.
 */
export function codeSentence(
  body: string,
  sentence: Span,
  tokens: Word[],
  mentions: ActorMention[],
  earlier: ActorMention[],
  /** The sentence's date expressions. */
  timexes: readonly Timex[],
  index: Map<string, CompiledPattern[]>,
  published: string | null,
): CandidateEvent[] {
  const text = body.slice(sentence.start, sentence.end);
  const events: CandidateEvent[] = [];
  const used = new Set<number>();
  tokens.forEach((token, i) => {
    const patterns = patternsFor(token, index);
    if (!patterns.length || used.has(i) || isModifier(tokens, i, mentions)) return;
    let best: Match | null = null;
    for (const pattern of patterns) {
      const match = matchPattern(tokens, i, pattern);
      if (match && innerSlotsFilled(tokens, match, mentions) && (!best || better(match, best))) best = match;
    }
    if (!best) return;
    const code = afterCues(best.pattern.code, token, text);
    if (!code) return;
    // "tried to secure favour": a one-word verb reading followed by an infinitive is a control verb, not the act.
    const infinitive = tokens[i + 1]?.text.toLowerCase() === "to" && tokens[i + 2]?.pos === "VERB";
    if (best.pattern.words.length === 1 && best.pattern.pos === "VERB" && infinitive && !frameOf(token.lemma)) return;
    const clause = clauseOf(tokens, i, sentence);
    const slots = best.pattern.slots.length ? best.pattern.slots : [];
    const sourceSlot = slots.find((s) => s.name === "SOURCE") ?? { name: "SOURCE" as const, after: 0 };
    const targetSlot = slots.find((s) => s.name === "TARGET") ?? { name: "TARGET" as const, after: best.pattern.words.length };
    let sources = slotFill(body, tokens, best, sourceSlot, mentions, clause, earlier);
    // "Kabul was allowed to attend", "the minister was indicted by the court": the subject undergoes the act.
    const passive = !best.pattern.slots.some((s) => s.name === "SOURCE") && isPassive(tokens, best);
    let undergoer: ActorMention[] = [];
    if (passive) {
      undergoer = sources;
      sources = agentOf(tokens, i, mentions, clause, body);
      if (!sources.length && !UNKNOWN_PERPETRATOR_ROOTS.test(code)) return;
    }
    // "X and Y established a partnership in 1996, and the partnership was upgraded in 2011": a clause with
    // no actor of its own continues the sentence's previous event, with its participants.
    const previous = events.at(-1);
    // "... as protesters threatened": a clause whose subject is an unnamed group is not the previous actor's.
    const continues = !sources.length && !passive && sourceSlot.after === 0 && previous !== undefined && !peopleBefore(tokens, Math.min(...best.at));
    if (continues) sources = previous.sources;
    // "Poland and Lithuania signed two accords": joint subjects of a cooperative act with no target slot are each other's targets.
    const mutual = MUTUAL_OBJECT.test(body.slice(tokens[Math.max(...best.at)]!.end, clause.end));
    const reciprocal = sources.length >= 2 && (RECIPROCAL_ROOTS.test(code) || mutual) && !slots.some((s) => s.name === "TARGET");
    let targets = passive ? undergoer : reciprocal ? sources : slotFill(body, tokens, best, targetSlot, mentions, { start: clause.start, end: sentence.end }, earlier);
    if (!targets.length && sources.length >= 2 && (RECIPROCAL_ROOTS.test(code) || MUTUAL_CONFLICT_ROOTS.test(code))) targets = sources;
    if (!targets.length && continues) targets = previous.targets;
    const placeMention = mentions.find((m) => m.place && m.actor.country && m.start >= clause.start && m.end <= clause.end && PLACE_LEAD.test(leadOf(tokens, m)?.pos ?? ""));
    // "expelled two Dutch diplomats", "freed 12 Nepali prisoners": a name inside the pattern is its target.
    if (!targets.length) targets = mentions.filter((m) => m.start > tokens[Math.min(...best!.at)]!.start && m.end <= tokens[Math.max(...best!.at)]!.end && !sources.includes(m));
    // "imposed a curfew in Cairo": unnamed, the target of domestic coercion is the people where it happens; of protest, their government.
    const venue = placeMention ?? located(tokens, mentions, clause);
    // "a roadside bomb near the Iraqi city of Basra killed two soldiers": where an unclaimed act happened.
    const scene = sources.length ? null : venue;
    const domesticSector = PROTEST_ROOT.test(code) || HOSTED_ROOT.test(code) ? "GOV" : "CVL";
    // "riots against Israeli military policies", "restrictions against German goods": a protest, threat, sanction
    // or coercion is aimed at the name its "against" phrase holds.
    if (!targets.length && AIMED_ROOTS.test(code)) targets = [nameInPhrase(tokens, Math.max(...best.at), "against", mentions, clause)].filter((m) => m !== undefined);
    // "complained to the United Nations over Israeli air raids": the complaint is about whom its "over" phrase names, not its addressee.
    if (COMPLAINT_ROOT.test(code) && targets.every((t) => t.actor.type === "igo")) {
      const about = ["over", "about", "against"].map((word) => nameInPhrase(tokens, Math.max(...best!.at), word, mentions, clause)).find((m) => m && m.actor.type !== "igo");
      if (about) targets = [about];
    }
    // "a hunger strike to demand the resignation of President X": a protest is aimed at whom its demand names.
    if (!targets.length && PROTEST_ROOT.test(code)) targets = demandedOf(tokens, Math.max(...best.at), mentions, clause);
    if (!targets.length && venue && PLACE_TARGET_ROOTS.test(code)) targets = [venueActor(venue, domesticSector)];
    // "rejected calls by Belarus's rulers": past the pattern's reach, a name that qualifies the verb's object.
    if (!targets.length && isVerb(tokens[Math.max(...best.at)]!)) targets = nameAfterObject(tokens, Math.max(...best.at), mentions, clause, sources);
    // "fired shells at targets in Jericho", "complained to the UN over Israeli raids": else the next name in the act's clause.
    // Not for joint subjects: "both Russia and China reject tough sanctions against Iran" states a shared position (measured on the seeds).
    if (!targets.length && sources.length === 1 && !TARGETLESS_ROOTS.test(code)) targets = nextNameInClause(tokens, Math.max(...best.at), mentions, clause, sources);
    // "students staged demonstrations", "the authorities imposed a curfew": with no place named, at home.
    const home = sources.find((m) => m.actor.country && m.actor.type !== "igo");
    if (!targets.length && home && DOMESTIC_ROOTS.test(code)) targets = [venueActor(home, domesticSector)];
    // "the teachers' union demanded higher wages": society's demands and appeals, unaddressed, are made of its own government.
    if (!targets.length && home && CLAIM_ROOTS.test(code) && roleOf({ code: home.actor.code ?? "", country: home.actor.country }) !== "state") targets = [venueActor(home, "GOV")];
    // With no target, only a promise, a concession, a protest, a show of force or coercion stands alone.
    // "three civilians were killed in a car bombing": the act is recorded against its victims when no one claims it.
    if (!sources.length && !(UNKNOWN_PERPETRATOR_ROOTS.test(code) && targets.length && (!PROTEST_ROOT.test(code) || peopleBefore(tokens, Math.min(...best.at))))) return;
    if (!targets.length && !TARGETLESS_ROOTS.test(code)) return;
    const { mode, negated, hypothetical, possible } = modality(tokens, best);
    // "may halt its mediation if the fighting goes on": a conflictual act held out on a condition is a threat.
    const threat = possible && CONFLICT_ACT.test(code) && conditionAfter(tokens, best.at) >= 0;
    if (hypothetical && !threat) return;
    for (const k of best.at) used.add(k);
    events.push({
      code: threat ? recode("threat", code) : code,
      pattern: best.pattern.text,
      sources,
      targets,
      trigger: token,
      at: best.at,
      date: dateNear(body, timexes, sentence, token, mode === "asserted" ? published : null),
      mode,
      negated,
      location: placeMention ? body.slice(placeMention.start, placeMention.end) : null,
      scene: scene?.actor.country ? { country: scene.actor.country, code: territoryCode(scene.actor) } : null,
      sentence: { start: sentence.start, end: sentence.end, text },
      strength: best.pattern.words.length,
      nominal: !isVerb(tokens[Math.min(...best.at)]!),
      reach: Math.max(...targets.map((t) => t.end), tokens[Math.max(...best.at)]!.end),
    });
  });
  return framed(tokens, mentions, longestMatches(withoutObjectNouns(tokens, events)));
}

/** "oppose harsh sanctions against Cuba": a noun event inside a verb event's object is that verb's object, not an event of its own. */
function withoutObjectNouns(tokens: Word[], events: CandidateEvent[]): CandidateEvent[] {
  // "announced a suspension of flights": a verb that carries out or makes known its object leaves the noun's event standing.
  const swallows = (verb: CandidateEvent, noun: CandidateEvent) => !verb.nominal && !isRealising(verb.trigger.lemma) && verb.trigger.start < noun.trigger.start && noun.trigger.start < verb.reach;
  return events.filter((noun) => !noun.nominal || (!governed(tokens, Math.min(...noun.at)) && !events.some((verb) => swallows(verb, noun))));
}

/**
 * The noun phrase starting at a token is the object of a verb that does not carry it out ("oppose harsh
 * sanctions"), or of a noun ("an investigation of illegal arms sales", "reports on the visit").
 */
function governed(tokens: Word[], first: number): boolean {
  for (let i = first - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.pos === "VERB") return !isRealising(token.lemma);
    const head = tokens[i - 1];
    if (NOUN_COMPLEMENT.test(token.text) && head && /^(NOUN|PROPN)$/.test(head.pos) && !isQuantity(head.lemma)) return true;
    if (!NOUN_PHRASE.test(token.pos)) return false;
  }
  return false;
}

/** Of two patterns sharing a word ("agree to" and "agree to buy"), the longer one holds. */
function longestMatches(events: CandidateEvent[]): CandidateEvent[] {
  const kept: CandidateEvent[] = [];
  for (const event of [...events].sort((a, b) => b.strength - a.strength)) {
    if (!kept.some((k) => k.at.some((i) => event.at.includes(i)))) kept.push(event);
  }
  return events.filter((e) => kept.includes(e));
}

/** The frame word before an event's "to" ("threatened on Monday to cut"), as its token index. */
function frameBefore(tokens: Word[], first: number): number {
  if (tokens[first - 1]?.text.toLowerCase() !== "to") return -1;
  for (let i = first - 2; i >= 0 && i >= first - 1 - FRAME_REACH; i--) {
    const token = tokens[i]!;
    // "was invited to sit", "was asked to leave": a passive frame's subject does the act.
    const kind = frameOf(token.lemma) ?? frameOf(token.text.toLowerCase());
    // "was asked to leave": the subject of a passive demand or appeal does the act; "is prepared to impose" stays a promise.
    if (kind) return tokens[i - 1]?.lemma === "be" && token.pos === "VERB" && (kind === "demand" || kind === "appeal") ? -1 : i;
    if (CLAUSE_BREAK.test(token.text) || (token.pos === "VERB" && token.lemma !== "be")) return -1;
  }
  return -1;
}

/** "under (increasing) pressure": the frame word is the object of "under". */
function underPressure(tokens: Word[], at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (/^(ADJ|ADV|DET)$/.test(tokens[i]!.pos) || PARTICIPLE.test(tokens[i]!.text))) i--;
  return tokens[i]?.text.toLowerCase() === "under";
}

/**
 * Events embedded in a frame take the frame's meaning: "threatened to cut off" is a threat, "agreed
 * to withdraw" a promise, "refused to meet" a rejection; "urged Iran to release" stays the appeal.
 * Material cooperation announced for the future ("will provide aid") is a promise of it.
 */
function framed(tokens: Word[], mentions: ActorMention[], events: CandidateEvent[]): CandidateEvent[] {
  const dropped = new Set<CandidateEvent>();
  for (const event of events) {
    const at = frameBefore(tokens, Math.min(...event.at));
    if (at < 0) {
      // "will not accept refugees", "would not meet their demands": cooperation refused for the future is a rejection.
      if (event.negated && event.mode === "planned" && REFUSABLE_ROOTS.test(event.code)) {
        event.code = recode("refusal", event.code);
        event.negated = false;
      } else if (event.mode === "planned" && conditionAfter(tokens, event.at, ULTIMATUM) >= 0) {
        // "will withdraw its force unless the president holds elections": an act announced on a condition is a threat.
        event.code = recode("threat", event.code);
      } else if (event.mode === "planned" && PROMISED_ROOTS.test(event.code)) event.code = recode("intent", event.code);
      continue;
    }
    const word = tokens[at]!;
    const kind = frameOf(word.lemma) ?? frameOf(word.text.toLowerCase())!;
    const frame = events.find((e) => e !== event && e.at.includes(at));
    // "came under pressure to support": others press; the embedded act is neither done nor demanded by the subject.
    if (underPressure(tokens, at)) {
      dropped.add(event);
      continue;
    }
    if ((kind === "demand" || kind === "appeal") && frame) {
      dropped.add(event);
      continue;
    }
    if (frame) dropped.add(frame);
    event.code = recode(kind, event.code);
    event.strength += 1;
    if (kind === "demand" || kind === "appeal") {
      const addressee = mentions.find((m) => !m.place && m.start >= word.end && m.end <= tokens[Math.min(...event.at) - 1]!.start);
      if (addressee) event.targets = [addressee];
    }
  }
  const kept = events.filter((e) => !dropped.has(e));
  for (const event of kept) if (THREAT_ROOT.test(event.code)) threatened(tokens, mentions, event);
  return kept;
}

/** The token index of a condition's first word after an event's words in its sentence, else -1. */
function conditionAfter(tokens: Word[], at: number[], condition = CONDITION): number {
  const last = Math.max(...at);
  return tokens.findIndex((t, k) => k > last && condition.test(t.text));
}

/**
 * With no target named, a threat is aimed at whoever must meet its condition ("threatened to strike
 * unless Israel withdrew"), else at where the threatened act would happen: another state, or the
 * source's own people ("threatened to impose a curfew in Algiers").
 */
function threatened(tokens: Word[], mentions: ActorMention[], event: CandidateEvent): void {
  if (event.targets.length) return;
  const at = conditionAfter(tokens, event.at);
  const subject = at < 0 ? undefined : mentions.find((m) => !m.place && m.start >= tokens[at]!.end && tokens.slice(at + 1, tokenAt(tokens, m.start)).every((t) => NOUN_PHRASE.test(t.pos)));
  if (subject && !event.sources.some((s) => s.actor.id === subject.actor.id)) {
    event.targets = [subject];
    return;
  }
  const sentence = { start: tokens[0]!.start, end: tokens.at(-1)!.end };
  const scene = located(tokens, mentions.filter((m) => m.start > event.trigger.end), sentence);
  if (!scene) return;
  const home = event.sources.some((s) => s.actor.country === scene.actor.country);
  event.targets = [venueActor(scene, home ? "CVL" : "")];
}
