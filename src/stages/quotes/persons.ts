// The persons an article names outside its quotations, for resolving a speaker given by surname ("Lam" →
// "Willy Lam") or by pronoun (he → the last man named). It attributes no quote itself.
import { countStartingBefore } from "../../lib/spans.js";
import { NAME_RUN, WORD_START } from "./grammar.js";
import { CONNECTORS, genderOfFirstName, isFirstName, NOT_NAMES } from "./lexicon.js";
import { wordCount } from "./position.js";
import { appositionAfter, descriptionBefore, splitNameRun, type NameParts } from "./speaker-phrase.js";
import type { Gender } from "./types.js";

export interface PersonMention {
  /** The name as written, without title ("Vladimir Putin", "Putin"). */
  name: string;
  start: number;
  title: string | null;
  gender: Gender | null;
  /** The name opens its sentence (after connectors and a title): the sentence is about this person. */
  subject: boolean;
}

interface NameRun {
  parts: NameParts;
  runStart: number;
  runEnd: number;
}

const NAME_RUNS = new RegExp(WORD_START + NAME_RUN, "gu");
/** How far back a description before a name is looked for ("Hong Kong-based journalist Willy Lam"). */
const DESCRIPTION_REACH = 60;
/** How far an apposition after a name is read (", an expert on energy security at ..."). */
const APPOSITION_REACH = 200;
const WORDS = /[\p{L}\p{N}'’-]+/gu;

const surnameOf = (name: string) => name.split(" ").at(-1) ?? name;
const firstWordOf = (name: string) => name.split(" ")[0] ?? name;

/**
 * Every run of capitalised words that names a person: one with a title, an honorific, a role or a known given
 * name, and then any single word that repeats the surname (or family name) of such a person ("Lam said").
 * `sentenceStart` gives where the sentence holding an offset begins.
 */
export function findPersonMentions(masked: string, sentenceStart: (offset: number) => number): PersonMention[] {
  const runs = [...masked.matchAll(NAME_RUNS)].flatMap((m): NameRun[] => {
    const parts = splitNameRun(m[0], m.index);
    return parts?.name && !parts.organisation ? [{ parts, runStart: m.index, runEnd: m.index + m[0].length }] : [];
  });
  const evidenced = new Set<NameRun>();
  const mentions: PersonMention[] = [];
  const add = (run: NameRun, title: string | null) => {
    const before = masked.slice(sentenceStart(run.runStart), run.runStart);
    const description = descriptionBefore(before);
    const lead = description ? before.slice(0, before.lastIndexOf(description)) : before;
    const subject = (lead.match(WORDS) ?? []).every((w) => NOT_NAMES.has(w) || CONNECTORS.has(w.toLowerCase()));
    mentions.push({ name: run.parts.name, start: run.parts.span.start, title, gender: run.parts.gender, subject });
  };
  for (const run of runs) {
    const nameStart = run.parts.span.start;
    const described = descriptionBefore(masked.slice(Math.max(0, nameStart - DESCRIPTION_REACH), nameStart)) ??
      appositionAfter(masked, run.runEnd, Math.min(masked.length, run.runEnd + APPOSITION_REACH))?.description ?? null;
    if (!run.parts.titled && !described && !(isFirstName(firstWordOf(run.parts.name)) && wordCount(run.parts.name) > 1)) continue;
    evidenced.add(run);
    add(run, described ?? run.parts.title);
  }
  const shortForms = new Set(mentions.filter((m) => wordCount(m.name) > 1).flatMap((m) => [surnameOf(m.name), firstWordOf(m.name)]));
  for (const run of runs) {
    if (!evidenced.has(run) && wordCount(run.parts.name) === 1 && shortForms.has(run.parts.name) && !isFirstName(run.parts.name)) add(run, null);
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Lookups over the persons of one article; learns genders from resolved pronouns. */
export class Persons {
  private readonly learned = new Map<string, Gender>();
  private readonly canonical = new Map<PersonMention, string>();
  /** Mentions of more than one word by surname and by first word, in reading order: the fuller forms of a short name. */
  private readonly bySurname = new Map<string, PersonMention[]>();
  private readonly byFirstWord = new Map<string, PersonMention[]>();
  /** Per full name, the first mention telling a gender and the first giving a title (built at first use). */
  private named: Map<string, { gender: Gender | null; title: string | null }> | undefined;

  /** `mentions`: in reading order, as findPersonMentions gives them. */
  constructor(private readonly mentions: readonly PersonMention[]) {
    for (const mention of mentions) {
      if (wordCount(mention.name) < 2) continue;
      push(this.bySurname, surnameOf(mention.name), mention);
      push(this.byFirstWord, firstWordOf(mention.name), mention);
    }
  }

  /** The full name a mention stands for (memoised). */
  private fullNameOf(mention: PersonMention): string {
    let name = this.canonical.get(mention);
    if (name === undefined) {
      name = this.fullName(mention.name, mention.start);
      this.canonical.set(mention, name);
    }
    return name;
  }

  /**
   * The full name behind a short one: the nearest fuller mention before `at` (else the first after) whose
   * surname, or whose first word for family-name-first names ("Xi" → "Xi Jinping"), is `name`.
   */
  fullName(name: string, at: number): string {
    if (wordCount(name) > 1) return name;
    const fuller = (matching: readonly PersonMention[] | undefined) => (matching ? (matching[countStartingBefore(matching, at) - 1] ?? matching[0]) : undefined);
    const bySurname = fuller(this.bySurname.get(name));
    const byFamilyName = isFirstName(name) ? undefined : fuller(this.byFirstWord.get(name));
    return (bySurname ?? byFamilyName)?.name ?? name;
  }

  /** What the article's mentions tell of each full name, read once. */
  private namedPersons(): Map<string, { gender: Gender | null; title: string | null }> {
    if (!this.named) {
      this.named = new Map();
      for (const mention of this.mentions) {
        const fullName = this.fullNameOf(mention);
        const person = this.named.get(fullName) ?? { gender: null, title: null };
        if (!person.gender && mention.gender) person.gender = mention.gender;
        if (!person.title && mention.title) person.title = mention.title;
        this.named.set(fullName, person);
      }
    }
    return this.named;
  }

  /** True when the article names this person with a title, a role or a given name. */
  isKnown(fullName: string): boolean {
    return this.namedPersons().has(fullName);
  }

  /** The gender the article tells for a person (honorific, given name, a pronoun already resolved), or null. */
  genderOf(fullName: string): Gender | null {
    const learned = this.learned.get(fullName);
    if (learned) return learned;
    const fromMention = this.namedPersons().get(fullName)?.gender;
    return fromMention ?? genderOfFirstName(firstWordOf(fullName));
  }

  learnGender(fullName: string, gender: Gender): void {
    if (!this.genderOf(fullName)) this.learned.set(fullName, gender);
  }

  /** The title the article first gives a person ("Russian President"), or null. */
  titleOf(fullName: string): string | null {
    return this.namedPersons().get(fullName)?.title ?? null;
  }

  /**
   * The last person named before `at` whose gender fits, as a full name and where it was named; only sentence
   * subjects when `subjectsOnly`, only those whose title holds `role` when given.
   */
  lastBefore(at: number, gender: Gender | null, options: { subjectsOnly?: boolean; role?: string } = {}): { name: string; start: number } | null {
    for (let i = countStartingBefore(this.mentions, at) - 1; i >= 0; i--) {
      const mention = this.mentions[i]!;
      if (options.subjectsOnly && !mention.subject) continue;
      if (options.role && !mention.title?.toLowerCase().includes(options.role)) continue;
      const name = this.fullNameOf(mention);
      const known = this.genderOf(name);
      if (!gender || !known || known === gender) return { name, start: mention.start };
    }
    return null;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
