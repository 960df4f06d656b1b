// The persons an article names outside its quotations, for resolving a speaker given by surname ("Lam" →
// "Willy Lam") or by pronoun (he → the last man named). It attributes no quote itself.
import { NAME_RUN, WORD_START } from "./grammar.js";
import { genderOfFirstName, isFirstName } from "./lexicon.js";
import { appositionAfter, descriptionBefore, splitNameRun } from "./speaker-phrase.js";
import type { Gender } from "./types.js";

export interface PersonMention {
  /** The name as written, without title ("Vladimir Putin", "Putin"). */
  name: string;
  start: number;
  title: string | null;
  gender: Gender | null;
}

const NAME_RUNS = new RegExp(WORD_START + NAME_RUN, "gu");
/** How far back a description before a name is looked for ("Hong Kong-based journalist Willy Lam"). */
const DESCRIPTION_REACH = 60;
/** How far an apposition after a name is read (", an expert on energy security at ..."). */
const APPOSITION_REACH = 200;

const surnameOf = (name: string) => name.split(" ").at(-1) ?? name;
const wordCount = (name: string) => name.split(" ").length;

/** Every run of capitalised words that names a person: a title, an honorific, a known given name or a role before it. */
export function findPersonMentions(masked: string): PersonMention[] {
  const mentions: PersonMention[] = [];
  for (const m of masked.matchAll(NAME_RUNS)) {
    const parts = splitNameRun(m[0], m.index);
    if (!parts?.name || parts.organisation) continue;
    const described = descriptionBefore(masked.slice(Math.max(0, m.index - DESCRIPTION_REACH), m.index).trimEnd(), false) ??
      appositionAfter(masked, m.index + m[0].length, Math.min(masked.length, m.index + m[0].length + APPOSITION_REACH))?.description ?? null;
    const firstWord = parts.name.split(" ")[0] ?? "";
    if (!parts.titled && !described && !(isFirstName(firstWord) && wordCount(parts.name) > 1)) continue;
    mentions.push({ name: parts.name, start: parts.span.start, title: parts.title ?? described, gender: parts.gender });
  }
  return mentions;
}

/** Lookups over the persons of one article; learns genders from resolved pronouns. */
export class Persons {
  private readonly learned = new Map<string, Gender>();
  private readonly canonical = new Map<PersonMention, string>();

  constructor(private readonly mentions: readonly PersonMention[]) {}

  /** The full name a mention stands for (memoised: every lookup below walks all mentions). */
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
    const fuller = (test: (m: PersonMention) => boolean) => {
      const matching = this.mentions.filter((m) => wordCount(m.name) > 1 && test(m));
      return matching.filter((m) => m.start < at).at(-1) ?? matching[0];
    };
    const bySurname = fuller((m) => surnameOf(m.name) === name);
    const byFamilyName = isFirstName(name) ? undefined : fuller((m) => m.name.split(" ")[0] === name);
    return (bySurname ?? byFamilyName)?.name ?? name;
  }

  /** True when the article names this person with a title, a role or a given name. */
  isKnown(fullName: string): boolean {
    return this.mentions.some((m) => this.fullNameOf(m) === fullName);
  }

  /** The gender the article tells for a person (honorific, given name, a pronoun already resolved), or null. */
  genderOf(fullName: string): Gender | null {
    const learned = this.learned.get(fullName);
    if (learned) return learned;
    const fromMention = this.mentions.find((m) => m.gender && this.fullNameOf(m) === fullName)?.gender;
    return fromMention ?? genderOfFirstName(fullName.split(" ")[0] ?? "");
  }

  learnGender(fullName: string, gender: Gender): void {
    if (!this.genderOf(fullName)) this.learned.set(fullName, gender);
  }

  /** The title the article first gives a person ("Russian President"), or null. */
  titleOf(fullName: string): string | null {
    return this.mentions.find((m) => m.title && this.fullNameOf(m) === fullName)?.title ?? null;
  }

  /** The last person named before `at` whose gender fits (and whose title holds `role`, when given), as a full name. */
  lastBefore(at: number, gender: Gender | null, role?: string): string | null {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const mention = this.mentions[i]!;
      if (mention.start >= at || (role && !mention.title?.toLowerCase().includes(role))) continue;
      const name = this.fullNameOf(mention);
      const known = this.genderOf(name);
      if (!gender || !known || known === gender) return name;
    }
    return null;
  }
}
