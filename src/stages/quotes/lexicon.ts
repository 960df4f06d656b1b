// Loads the word lists of data/*.json once into Sets, Maps and regex alternations for the quote rules.
// It holds no attribution logic; grammar.ts and the rules decide what the words mean.
import cues from "./data/cues.json" with { type: "json" };
import demonyms from "./data/demonyms.json" with { type: "json" };
import firstNames from "./data/first-names.json" with { type: "json" };
import speechVerbs from "./data/speech-verbs.json" with { type: "json" };
import titles from "./data/titles.json" with { type: "json" };
import words from "./data/words.json" with { type: "json" };
import type { Gender } from "./types.js";

type VerbUse = "direct" | "reported" | "framing";

const REGEX_SPECIALS = /[.*+?^${}()|[\]\\]/g;
const SPACES = / /g;
const escape = (s: string) => s.replace(REGEX_SPECIALS, "\\$&").replace(SPACES, "[ \\u00a0]+");
/** A regex alternation of phrases, longest first so that the longest phrase wins. */
export const alternation = (phrases: Iterable<string>): string =>
  [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escape).join("|");
/** The phrases as written and with a capital first letter (sentence-initial "The minister"). */
const withCapitals = (phrases: Iterable<string>): string[] =>
  [...phrases].flatMap((p) => [p, p.charAt(0).toUpperCase() + p.slice(1)]);
const lowerSet = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));

const verbForms = (use: VerbUse): string[] =>
  Object.values(speechVerbs.verbs).flatMap((verb) => ((verb.uses as string[]).includes(use) ? verb.forms : []));

/** Verb forms that attribute a direct quote ("...," she said; he told the agency: "..."). */
export const DIRECT_VERBS = alternation(verbForms("direct"));
/** Verb forms that introduce a reported clause (he said that ...). */
export const REPORTING_VERBS = alternation(verbForms("reported"));
/** Reporting verb forms whose clause must open with "that" ("told the agency" is an object, not a clause). */
export const NEEDS_THAT = new Set(
  speechVerbs.needsThat.flatMap((lemma) => speechVerbs.verbs[lemma as keyof typeof speechVerbs.verbs]?.forms ?? []),
);
/** Verb forms that make a quoted phrase later in the sentence the subject's words (described it as "..."). */
export const FRAMING_VERBS = alternation([...verbForms("framing"), ...verbForms("direct")]);

/** Plural of a role noun: "experts", "spokesmen", "secretaries". */
const pluralOf = (noun: string) =>
  noun.endsWith("man") ? `${noun.slice(0, -3)}men` : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;

const roleEntries = Object.entries(titles.roles) as [string, Gender | null][];
/** Lower-case role nouns (singular) with the gender they tell. */
export const ROLE_GENDER = new Map<string, Gender | null>(roleEntries);
/** Plural role nouns ("officials", "experts"): a group, never one person. */
export const PLURAL_ROLES = new Set(roleEntries.map(([noun]) => pluralOf(noun)));
/** Lower-case nouns for a body that speaks ("the defence ministry said"). */
export const ORG_NOUNS = new Set(titles.orgNouns);
/** Role nouns, singular and plural, and organisation nouns, as a regex alternation. */
export const ROLES = alternation([...ROLE_GENDER.keys(), ...PLURAL_ROLES, ...ORG_NOUNS]);

/** Honorifics (Mr, Ms, Dr) without their dot, with the gender they tell. */
export const HONORIFICS = new Map<string, Gender | null>(Object.entries(titles.honorifics) as [string, Gender | null][]);
export const HONORIFIC_ALTERNATION = alternation(HONORIFICS.keys());
/** Capitalised offices and their qualifiers, lower-cased: everything before the last of them in a name run is a title. */
export const TITLE_WORDS = lowerSet([...titles.titles, ...titles.titleParts]);
export const ORG_HEADS = new Set(titles.orgHeads);
/** Adjectives of nationality, region, faith and party: never a speaker's name on their own. */
export const DEMONYMS = new Set(demonyms.demonyms);

export const PRONOUNS = new Map<string, Gender | "other">(Object.entries(words.pronouns) as [string, Gender | "other"][]);
export const PRONOUN_ALTERNATION = alternation(withCapitals(PRONOUNS.keys()));
export const PREPOSITIONS = new Set(words.prepositions);
export const CONNECTORS = new Set(words.connectors);
export const CONNECTOR_ALTERNATION = alternation(withCapitals(words.connectors));
export const ADVERBS = alternation(words.adverbs);
export const NOT_NAMES = new Set(words.notNames);
export const APPOSITION_ENDS = alternation(words.appositionEnds);
export const DETERMINERS = new Set(words.determiners);
export const DETERMINER_ALTERNATION = alternation(withCapitals(words.determiners));
export const INDEFINITE_DETERMINERS = new Set(words.indefiniteDeterminers);
export const GROUP_DETERMINERS = new Set(words.groupDeterminers);

const FIRST_NAME_GENDER = new Map<string, Gender>([
  ...firstNames.male.map((n): [string, Gender] => [n, "male"]),
  ...firstNames.female.map((n): [string, Gender] => [n, "female"]),
]);
/** The gender a given name tells, or null when the list does not know it. */
export const genderOfFirstName = (name: string): Gender | null => FIRST_NAME_GENDER.get(name) ?? null;
export const isFirstName = (name: string): boolean => FIRST_NAME_GENDER.has(name);

export const SCARE_CUES = alternation(withCapitals(cues.before));
export const WORK_NOUNS = alternation(cues.works);
export const LABEL_NOUNS = alternation(cues.labels);
