// Reads the parts of a speaker phrase: a name run split into title and name ("Russian President" +
// "Vladimir Putin"), a description before the name or in apposition after it. It finds no attributions.
import type { Span } from "../../doc/model.js";
import {
  APPOSITION_ENDS, CONNECTORS, DETERMINERS, DIRECT_VERBS, genderOfFirstName, HONORIFICS, isFirstName, NOT_NAMES, ORG_HEADS, ORG_NOUNS, PLURAL_ROLES, PREPOSITIONS, PRONOUNS, ROLE_GENDER, TITLE_WORDS,
} from "./lexicon.js";
import { MASK, type Gender } from "./types.js";

interface Word extends Span {
  text: string;
}

const WORD = /[^\s,]+/gu;
const HAS_UPPER_START = /^\p{Lu}/u;
const HYPHENATED = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u;
const POSSESSIVE = /^[\p{L}\p{N}.-]+['’]s?$/u;
const TRAILING_DOT = /\.$/u;
const LOWER_WORD = /^[\p{Ll}]+$/u;
const TRAILING_SPACE_OR_COMMA = /[\s,]+$/u;
/** Where an apposition stops: the sentence ends, a quotation or a new clause begins (", who served ...", " said"). */
const APPOSITION_STOP = new RegExp(
  String.raw`[.;!?](?=\s|$)|${MASK}|,[ \u00a0]+(?:${APPOSITION_ENDS})(?![\p{L}])|[ \u00a0]+(?:${DIRECT_VERBS})(?![\p{L}])`,
  "u",
);
/** The most words a description may run to before it needs a role or title word ("an expert on Russia at ..."). */
const ROLE_WORD_WINDOW = 6;
/** A place or body after a role ("ambassador to China", "envoy to the United Nations"). */
const SERVED_PLACE = /[ \u00a0]+(?:to|of|for|at|in)[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*)*$/u;
/** "a hydrologist at ...", "an adviser to ...": an indefinite noun phrase with where or whom it serves. */
const INDEFINITE_NOUN_PHRASE = /^(?:a|an)[ \u00a0]+(?:[\p{L}'’-]+[ \u00a0]+){0,3}?[\p{Ll}-]+[ \u00a0]+(?:at|of|with|for|to|from|in|on)[ \u00a0]/u;
/** What opens an apposition: a comma, or a space before "of"/"from"/"with". */
const APPOSITION_LEAD = /^,[ \u00a0]+|^[ \u00a0]+(?=(?:of|from|with)[ \u00a0])/u;
/** An apposition that begins with a preposition and an organisation ("Cyril Bret of the Jacques Delors Institute"). */
const OF_ORGANISATION = /^(?:of|from|with)[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}/u;

export function wordsOf(text: string, base = 0): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: base + m.index, end: base + m.index + m[0].length }));
}

const bare = (word: string) => word.replace(TRAILING_DOT, "");
const isHonorific = (word: string): boolean => HONORIFICS.has(bare(word));
/** A role noun, singular or plural, any case ("expert", "officials", "Journalist"). */
const isRoleWord = (word: string): boolean => ROLE_GENDER.has(word.toLowerCase()) || PLURAL_ROLES.has(word.toLowerCase());
/** A title, its qualifier or a role, any case ("President", "foreign", "Mr.", "Journalist"). */
const isTitleWord = (word: string) => TITLE_WORDS.has(bare(word).toLowerCase()) || isHonorific(word) || isRoleWord(word);

export interface NameParts {
  /** The name without its title; empty when the run is all title ("The President"). */
  name: string;
  span: Span;
  /** Offices before the name, honorifics left out ("Russian President"), or null. */
  title: string | null;
  gender: Gender | null;
  organisation: boolean;
  /** An honorific or an office came with the name: it names a person. */
  titled: boolean;
}

/**
 * Splits a run of capitalised words into title and name: everything up to the last title word is the title
 * ("Russian President Vladimir Putin"), unless the run names an organisation ("the Foreign Ministry").
 */
export function splitNameRun(run: string, start: number): NameParts | null {
  const words = wordsOf(run, start);
  let first = 0;
  while (first < words.length && NOT_NAMES.has(words[first]!.text)) first++;
  const kept = words.slice(first);
  const last = kept.at(-1);
  if (!last) return null;
  const organisation = ORG_HEADS.has(last.text);
  // The last word is the name even when it could be a title ("Martin Luther King"), unless every word is one.
  let nameFrom = kept.every((w) => isTitleWord(w.text)) ? kept.length : 0;
  for (let i = kept.length - 2; i >= 0 && !organisation && nameFrom === 0; i--) {
    if (isTitleWord(kept[i]!.text)) nameFrom = i + 1;
  }
  // A known given name inside the run starts the name ("ambassador to China Ashok Kantha").
  const givenAt = kept.findIndex((w, i) => i > nameFrom && i < kept.length - 1 && isFirstName(w.text));
  if (givenAt > 0 && !kept.slice(nameFrom, givenAt).some((w) => isFirstName(w.text))) nameFrom = givenAt;
  const titleWords = kept.slice(0, nameFrom);
  const nameWords = kept.slice(nameFrom);
  const honorific = titleWords.find((w) => isHonorific(w.text));
  const title = titleWords.filter((w) => !isHonorific(w.text)).map((w) => w.text).join(" ") || null;
  const nameStart = nameWords[0]?.start ?? last.end;
  return {
    name: nameWords.map((w) => w.text).join(" "),
    span: { start: nameStart, end: last.end },
    title,
    gender: (honorific ? HONORIFICS.get(bare(honorific.text)) : null) ?? genderOfFirstName(nameWords[0]?.text ?? ""),
    organisation,
    titled: titleWords.length > 0,
  };
}

/** A word that may belong to a compact description before a name ("Hong Kong-based journalist"). */
const isDescriptionWord = (word: string, lenient: boolean) =>
  isRoleWord(word) || isTitleWord(word) || HYPHENATED.test(word) || POSSESSIVE.test(word) ||
  (HAS_UPPER_START.test(word) && !NOT_NAMES.has(word)) ||
  (lenient && LOWER_WORD.test(word) && !PREPOSITIONS.has(word) && !CONNECTORS.has(word) && !DETERMINERS.has(word) && !PRONOUNS.has(word));

/**
 * The description that ends `text` right before a name, or null: a compact noun phrase whose last word is a
 * role or a title ("Hong Kong-based journalist", "Russia's foreign minister"), read backwards from the end.
 * `lenient` lets in any lower-case content word ("chief cabinet secretary"); `whole` demands that the phrase
 * cover all of `text` but a leading determiner or connector (the words between a verb and a name).
 */
export function descriptionBefore(untrimmed: string, { lenient = false, whole = false } = {}): string | null {
  const text = untrimmed.trimEnd();
  const words = wordsOf(text);
  const lastWord = words.at(-1);
  // "ambassador to China": a role may end with where or whom it serves.
  const served = SERVED_PLACE.exec(text);
  const headIndex = served ? wordsOf(text.slice(0, served.index)).length - 1 : words.length - 1;
  const head = words[headIndex];
  if (!lastWord || !head || !(isRoleWord(head.text) || isTitleWord(head.text) || ORG_NOUNS.has(head.text)) || isHonorific(head.text)) return null;
  let from = headIndex;
  while (from > 0 && isDescriptionWord(words[from - 1]!.text, lenient)) from--;
  const lead = words.slice(0, from);
  if (whole && !lead.every((w) => DETERMINERS.has(w.text.toLowerCase()) || CONNECTORS.has(w.text.toLowerCase()))) return null;
  return text.slice(words[from]!.start, lastWord.end);
}

/**
 * True when a phrase describes a person: a role or title among its first words, an indefinite noun phrase
 * ("a hydrologist at Addis Ababa University": no role list can hold every trade) or "of the <Organisation>".
 */
export function isDescription(phrase: string): boolean {
  if (OF_ORGANISATION.test(phrase) || INDEFINITE_NOUN_PHRASE.test(phrase)) return true;
  return wordsOf(phrase).slice(0, ROLE_WORD_WINDOW).some((w) => isRoleWord(w.text) || (isTitleWord(w.text) && !isHonorific(w.text)));
}

export interface Apposition {
  description: string;
  end: number;
}

/**
 * The apposition that follows a name in `masked` from `at` up to `limit`: ", chair of the committee" or
 * " of the Jacques Delors Institute". Null when what follows does not describe a person.
 */
export function appositionAfter(masked: string, at: number, limit: number): Apposition | null {
  const rest = masked.slice(at, limit);
  const lead = APPOSITION_LEAD.exec(rest);
  if (!lead) return null;
  const body = rest.slice(lead[0].length);
  const stop = APPOSITION_STOP.exec(body);
  const phrase = body.slice(0, stop ? stop.index : body.length).replace(TRAILING_SPACE_OR_COMMA, "");
  if (!phrase || !isDescription(phrase)) return null;
  if (lead[0].startsWith(" ") && !OF_ORGANISATION.test(phrase)) return null;
  return { description: phrase, end: at + lead[0].length + phrase.length };
}
