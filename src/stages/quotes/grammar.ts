// The speaker grammar over masked text: a name, pronoun or role phrase next to a speech verb ("he said",
// "says Alexander Konovalov, president of ...", "the minister told reporters"). It resolves no one.
import type { Span } from "../../doc/model.js";
import {
  ADVERBS, CONNECTOR_ALTERNATION, CONNECTORS, DEMONYMS, DETERMINER_ALTERNATION, DETERMINERS, DIRECT_VERBS, FRAMING_VERBS, GROUP_DETERMINERS,
  HONORIFIC_ALTERNATION, INDEFINITE_DETERMINERS, ORG_NOUNS, PLURAL_ROLES, PREPOSITIONS, PRONOUN_ALTERNATION, PRONOUNS, REPORTING_VERBS, ROLE_GENDER, ROLES, alternation,
} from "./lexicon.js";
import { appositionAfter, descriptionBefore, isDescription, splitNameRun, wordsOf } from "./speaker-phrase.js";
import { MASK, type SpeakerPhrase } from "./types.js";

const SPACE = String.raw`[ \u00a0]+`;
const WORD_END = String.raw`(?![\p{L}\p{M}\p{N}'’-])`;
export const WORD_START = String.raw`(?<![\p{L}\p{M}\p{N}'’-])`;
const PARTICLE = String.raw`(?:al|el|bin|ibn|abu|ben|van|von|de|da|di|du|der|den|le|la|del|dos|das|zu|ter)`;
/** A capitalised word of a name, never a possessive ("Russia's" is not a speaker). */
const CAP_WORD = String.raw`(?:${PARTICLE}[- ]){0,2}\p{Lu}[\p{L}\p{M}'’-]*(?<![-'’]|['’]s)${WORD_END}`;
export const NAME_RUN = String.raw`(?:(?:${HONORIFIC_ALTERNATION})\.?${SPACE})?${CAP_WORD}(?:${SPACE}${CAP_WORD}){0,5}`;
const PRONOUN = String.raw`(?:${PRONOUN_ALTERNATION})${WORD_END}`;
/** What may say where a role stands, after it ("a diplomat in Moscow", "a source close to the talks"). */
const ROLE_PLACE = String.raw`${SPACE}(?:in|at|from|with|close${SPACE}to|familiar${SPACE}with)${SPACE}`;
/** A role with its modifiers and perhaps where it stands ("a Western diplomat in Moscow"). */
const ROLE_PHRASE = String.raw`(?:(?:${DETERMINER_ALTERNATION})${SPACE})?(?:[\p{L}\p{M}'’-]+${SPACE}){0,4}?(?:${ROLES})${WORD_END}(?:${ROLE_PLACE}(?:[\p{L}\p{M}'’-]+${SPACE}){0,3}?[\p{L}\p{M}'’-]+${WORD_END})?`;
const SUBJECT = String.raw`(?<pronoun>${PRONOUN})|(?<role>${ROLE_PHRASE})|(?<name>${NAME_RUN})`;
/** Punctuation between a closing mark and its attribution. */
const GAP = String.raw`[\s,;:\u2014\u2013-]*`;
/** Words between a speech verb and the name it introduces ("said Hong Kong-based journalist, Willy Lam"). */
const PRE_WORDS = String.raw`(?<pre>(?:[\p{L}\p{M}\p{N}'’-]+,?${SPACE}){0,6}?)`;
/** An apposition between a name and its verb ("Alexei Ivanov, chair of the committee, said"). */
const APPOSITION = String.raw`(?:,${SPACE}(?<appos>[^,${MASK}.;:!?]{2,120}?),)?`;
const VERB_GAP = String.raw`${SPACE}(?:(?:${ADVERBS})${SPACE}){0,3}`;
/** Where a name read after its verb may end: punctuation, the window's end, a preposition or a relative clause. */
const NAME_END = String.raw`(?=[ \u00a0]*(?:[,.;:!?)${MASK}\u2014\u2013]|$)|${SPACE}(?:${alternation([...PREPOSITIONS, "who", "whose", "which"])})${WORD_END})`;

const subjectVerb = (verbs: string) =>
  String.raw`(?:${SUBJECT})${APPOSITION},?${VERB_GAP}(?<verb>${verbs})${WORD_END}`;

/** "he said", "Hong Kong-based journalist Willy Lam noted", "the minister, a veteran diplomat, told", right at the window start. */
const SUBJECT_VERB_AT = new RegExp(
  String.raw`${GAP}(?:(?:${CONNECTOR_ALTERNATION})${SPACE})?${PRE_WORDS}${subjectVerb(DIRECT_VERBS)}`, "duy");
/** "says Alexander Konovalov", "said Hong Kong-based journalist, Willy Lam", right at the window start. */
const VERB_SUBJECT_AT = new RegExp(String.raw`${GAP}(?<verb>${DIRECT_VERBS})${SPACE}${PRE_WORDS}(?:${SUBJECT})${NAME_END}`, "duy");
/** "according to Alexei Ivanov", right at the window start. */
const ACCORDING_TO_AT = new RegExp(String.raw`${GAP}(?<verb>[Aa]ccording${SPACE}to)${SPACE}${PRE_WORDS}(?:${SUBJECT})${NAME_END}`, "duy");
/**
 * A pattern matched anywhere in a window, and the verb every match holds. About half the sentences of news
 * hold no such verb, and the whole pattern is slow to fail (it tries a subject at every word), so the verb is looked for first.
 */
interface ClausePattern {
  pattern: RegExp;
  verb: RegExp;
}

/** "According to Alexei Ivanov" anywhere. */
const ACCORDING_TO: ClausePattern = {
  pattern: new RegExp(String.raw`${WORD_START}(?<verb>[Aa]ccording${SPACE}to)${SPACE}${PRE_WORDS}(?:${SUBJECT})${NAME_END}`, "dgu"),
  verb: new RegExp(String.raw`[Aa]ccording${SPACE}to`, "u"),
};
/** A subject and a direct-speech verb anywhere ("Putin told the official agency:"). */
const DIRECT_CLAUSE: ClausePattern = {
  pattern: new RegExp(WORD_START + subjectVerb(DIRECT_VERBS), "dgu"),
  verb: new RegExp(String.raw`(?:${DIRECT_VERBS})${WORD_END}`, "u"),
};
/** A subject and a reporting verb anywhere ("Putin said in an interview that ..."). */
const REPORTING_CLAUSE: ClausePattern = {
  pattern: new RegExp(WORD_START + subjectVerb(REPORTING_VERBS), "dgu"),
  verb: new RegExp(String.raw`(?:${REPORTING_VERBS})${WORD_END}`, "u"),
};
/** Any direct-speech verb. */
const DIRECT_VERB = new RegExp(String.raw`${WORD_START}(?:${DIRECT_VERBS})${WORD_END}`, "u");
/** A verb that frames a quoted phrase later in the sentence as the subject's words. */
const FRAMING_VERB = new RegExp(String.raw`${WORD_START}(?:${FRAMING_VERBS})${WORD_END}`, "gu");
/** A name or a title alone before a colon, right before a quotation ("Lavrov: "). */
const NAME_COLON = new RegExp(String.raw`^[\s\p{P}]*(?:${SUBJECT})[ \u00a0]*:[ \u00a0]*$`, "du");
/** Any speaker phrase, for finding the subject before a framing verb. */
const ANY_SUBJECT = new RegExp(WORD_START + `(?:${SUBJECT})`, "dgu");
const LAST_WORD = /([\p{L}\p{M}'’-]+)[^\p{L}]*$/u;
const TRAILING_COMMA = /,$/u;
/** An apposition that is a relative clause ("Ivanov, who chairs the committee, said") names no role but keeps the attribution. */
const RELATIVE_CLAUSE = /^(?:who|whose)[ \u00a0]/u;
const TRAILING_SPACE_OR_COMMA = /[\s,]+$/u;
const POSSESSIVE_END = /['’]s?$/u;
/** Where a role stands, after it ("in Moscow"): not part of the role noun. */
const ROLE_TAIL = new RegExp(String.raw`${ROLE_PLACE}.*$`, "u");

export interface SpeechMatch {
  speaker: SpeakerPhrase;
  verb: Span;
  /** Where the attribution ends, its apposition included. */
  end: number;
}

type Indices = NonNullable<RegExpExecArray["indices"]>;

/** A role phrase ("the Chinese foreign minister", "officials") as a speaker. */
function rolePhrase(phrase: string, start: number): SpeakerPhrase {
  const text = phrase.replace(ROLE_TAIL, "");
  const words = wordsOf(text);
  const last = words.at(-1)?.text.toLowerCase() ?? "";
  const lastTwo = words.slice(-2).map((w) => w.text.toLowerCase()).join(" ");
  const noun = ROLE_GENDER.has(lastTwo) ? lastTwo : last;
  const determiner = words[0]?.text.toLowerCase() ?? "";
  // "a move officials described": a singular determiner before a plural role belongs to another phrase.
  const detached = INDEFINITE_DETERMINERS.has(determiner) && PLURAL_ROLES.has(noun);
  const description = descriptionBefore(text, { lenient: !detached });
  return {
    kind: "role",
    text,
    span: { start, end: start + text.length },
    description,
    role: noun,
    gender: ROLE_GENDER.get(noun) ?? null,
    // "a diplomat", "some officials": someone new and unnamed, never an earlier speaker.
    unnamed: PLURAL_ROLES.has(noun) || INDEFINITE_DETERMINERS.has(determiner) || GROUP_DETERMINERS.has(determiner),
    organisation: ORG_NOUNS.has(noun),
  };
}

const WHOLE_NAME = new RegExp(String.raw`^${NAME_RUN}$`, "u");
/** A name in apposition right after a role ("journalist, Willy Lam."). */
const NAME_AFTER_ROLE = new RegExp(String.raw`^,${SPACE}(${NAME_RUN})${NAME_END}`, "u");

/** The named speaker an apposition holds when it is nothing but a name ("Li Wenhua"), or null. */
function nameInApposition(appos: string, start: number): SpeakerPhrase | null {
  const parts = WHOLE_NAME.test(appos) ? splitNameRun(appos, start) : null;
  if (!parts?.name) return null;
  return {
    kind: "name", text: parts.name, span: parts.span, description: parts.title, role: null, gender: parts.gender, unnamed: false, organisation: parts.organisation,
  };
}

/**
 * The description words before a name: null when there are none (or only "but", "the", "Russia's"),
 * undefined when they are something else than a description, which rejects the attribution.
 */
function preDescription(pre: string): string | null | undefined {
  const words = wordsOf(pre);
  const isFiller = (word: string) => {
    const lower = word.replace(TRAILING_COMMA, "").toLowerCase();
    return DETERMINERS.has(lower) || CONNECTORS.has(lower) || POSSESSIVE_END.test(lower);
  };
  if (words.every((w) => isFiller(w.text))) return null;
  return descriptionBefore(pre.replace(TRAILING_SPACE_OR_COMMA, ""), { lenient: true, whole: true }) ?? undefined;
}

/** The speaker phrase of a match of SUBJECT, with what the attribution says about the speaker. */
function phraseOf(m: RegExpExecArray, base: number, masked: string): SpeakerPhrase | null {
  const groups = m.groups ?? {};
  const at = (m.indices as Indices).groups ?? {};
  const offset = (name: string) => base + (at[name]?.[0] ?? 0);
  if (groups.pronoun) {
    const gender = PRONOUNS.get(groups.pronoun.toLowerCase()) ?? "other";
    return {
      kind: "pronoun", text: groups.pronoun, span: { start: offset("pronoun"), end: offset("pronoun") + groups.pronoun.length },
      description: null, role: null, gender: gender === "other" ? null : gender, unnamed: gender === "other", organisation: false,
    };
  }
  if (groups.role) {
    // "the ambassador, Li Wenhua, said": the apposition names the speaker the role describes.
    const named = groups.appos === undefined ? null : nameInApposition(groups.appos, offset("appos"));
    const role = rolePhrase(groups.role, offset("role"));
    return named ? { ...named, description: role.description } : role;
  }
  if (!groups.name) return null;
  const parts = splitNameRun(groups.name, offset("name"));
  if (!parts || parts.name.split(" ").every((word) => DEMONYMS.has(word))) return null;
  if (!parts.name) return rolePhrase(parts.title ?? groups.name, offset("name"));
  // Read before the name itself, a description takes in the run's title ("Russian President", "ambassador to China").
  const before = groups.pre === undefined ? descriptionBefore(masked.slice(base, parts.span.start)) : null;
  const pre = groups.pre === undefined ? null : preDescription(groups.pre);
  if (pre === undefined) return null;
  const appos = groups.appos;
  const describes = appos !== undefined && isDescription(appos);
  if (appos !== undefined && !describes && !RELATIVE_CLAUSE.test(appos)) return null;
  return {
    kind: "name",
    text: parts.name,
    span: parts.span,
    description: (describes ? appos : null) ?? before ?? ([pre, parts.title].filter(Boolean).join(" ") || null),
    role: null,
    gender: parts.gender,
    unnamed: false,
    organisation: parts.organisation,
  };
}

function verbSpan(m: RegExpExecArray, base: number): Span {
  const [start, end] = (m.indices as Indices).groups?.verb ?? [0, 0];
  return { start: base + start, end: base + end };
}

/** Runs a sticky pattern at the start of masked[from, limit). */
function matchAt(pattern: RegExp, masked: string, from: number, limit: number): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return pattern.exec(masked.slice(from, limit));
}

/**
 * A speaker named after its verb takes the apposition that follows the name (", chair of ..."); a role takes
 * the name that follows it ("said Hong Kong-based journalist, Willy Lam").
 */
function attachApposition(speaker: SpeakerPhrase, masked: string, limit: number, matchEnd: number): { speaker: SpeakerPhrase; end: number } {
  const nameAfterRole = speaker.kind === "role" ? NAME_AFTER_ROLE.exec(masked.slice(speaker.span.end, limit)) : null;
  const named = nameAfterRole?.[1] && nameInApposition(nameAfterRole[1], speaker.span.end + nameAfterRole[0].length - nameAfterRole[1].length);
  if (named) return { speaker: { ...named, description: speaker.description }, end: named.span.end };
  const apposition = speaker.kind === "pronoun" ? null : appositionAfter(masked, speaker.span.end, limit);
  if (!apposition) return { speaker, end: matchEnd };
  return { speaker: { ...speaker, description: apposition.description }, end: apposition.end };
}

/** Reads a speaker introduced by a verb ("said X", "according to X") matched at the window start. */
function speakerAfterVerb(pattern: RegExp, masked: string, from: number, limit: number): SpeechMatch | null {
  const found = matchAt(pattern, masked, from, limit);
  const speaker = found && phraseOf(found, from, masked);
  if (!found || !speaker) return null;
  return { ...attachApposition(speaker, masked, limit, from + found[0].length), verb: verbSpan(found, from) };
}

/**
 * An attribution that begins at `from` (after a closing mark or a comma) and stays before `limit`:
 * "he said", "Willy Lam noted", "says Alexander Konovalov, president of ...". Null when none begins there.
 */
export function attributionAt(masked: string, from: number, limit: number): SpeechMatch | null {
  const subjectFirst = matchAt(SUBJECT_VERB_AT, masked, from, limit);
  if (subjectFirst) {
    const speaker = phraseOf(subjectFirst, from, masked);
    if (speaker) return { speaker, verb: verbSpan(subjectFirst, from), end: from + subjectFirst[0].length };
  }
  return speakerAfterVerb(VERB_SUBJECT_AT, masked, from, limit);
}

/** "according to X" beginning at `from`. */
export function accordingToAt(masked: string, from: number, limit: number): SpeechMatch | null {
  return speakerAfterVerb(ACCORDING_TO_AT, masked, from, limit);
}

/** Every "according to X" in masked[from, limit). */
export function accordingToIn(masked: string, from: number, limit: number): SpeechMatch[] {
  return [...clausesIn(ACCORDING_TO, masked, from, limit, true)];
}

/**
 * Every subject + speech verb in masked[from, limit), in order: direct-speech verbs, or verbs that report a
 * clause. Found as they are read, so a caller that stops at the first that serves never reads the rest.
 */
export function speechClausesIn(masked: string, from: number, limit: number, kind: "direct" | "reported"): Generator<SpeechMatch> {
  return clausesIn(kind === "direct" ? DIRECT_CLAUSE : REPORTING_CLAUSE, masked, from, limit, false);
}

/** Every match of a clause pattern; a speaker named after its verb (`verbFirst`) may take an apposition. */
function* clausesIn({ pattern, verb }: ClausePattern, masked: string, from: number, limit: number, verbFirst: boolean): Generator<SpeechMatch> {
  const window = masked.slice(from, limit);
  if (!verb.test(window)) return;
  for (const m of window.matchAll(pattern)) {
    const speaker = phraseOf(m, from, masked);
    if (!speaker) continue;
    const matchEnd = from + m.index + m[0].length;
    const attached = verbFirst ? attachApposition(speaker, masked, limit, matchEnd) : { speaker, end: matchEnd };
    yield { ...attached, verb: verbSpan(m, from) };
  }
}

/** The speaker when masked[from, to) is nothing but a name (or a role) and a colon, else null. */
export function nameBeforeColon(masked: string, from: number, to: number): SpeakerPhrase | null {
  const m = NAME_COLON.exec(masked.slice(from, to));
  return m ? phraseOf(m, from, masked) : null;
}

/** True when masked[from, to) holds a direct-speech verb: an attribution may be there even if unread. */
export function hasSpeechVerb(masked: string, from: number, to: number): boolean {
  return DIRECT_VERB.test(masked.slice(from, to));
}

/** The last verb in masked[from, to) that frames a later quoted phrase as someone's words, or null. */
export function lastFramingVerb(masked: string, from: number, to: number): Span | null {
  let last: Span | null = null;
  for (const m of masked.slice(from, to).matchAll(FRAMING_VERB)) last = { start: from + m.index, end: from + m.index + m[0].length };
  return last;
}

/**
 * The subject of a verb at `to`: the nearest speaker phrase in masked[from, to) that is not the object of a
 * preposition ("at a meeting with Xi"). Null when there is none.
 */
export function subjectBefore(masked: string, from: number, to: number): SpeakerPhrase | null {
  const window = masked.slice(from, to);
  let subject: SpeakerPhrase | null = null;
  for (const m of window.matchAll(ANY_SUBJECT)) {
    const wordBefore = LAST_WORD.exec(window.slice(0, m.index))?.[1]?.toLowerCase() ?? "";
    if (PREPOSITIONS.has(wordBefore)) continue;
    subject = phraseOf(m, from, masked) ?? subject;
  }
  return subject;
}
