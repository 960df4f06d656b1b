// Refiner: turns each speaker phrase into a speaker in document order (surname → full name, he/she and "the expert" → the latest
// fitting speaker or sentence subject), carrying descriptions over. It drops nothing and finds no attribution.
import { findPersonMentions, Persons } from "../persons.js";
import type { Candidate, Gender, Refiner, ResolvedSpeaker, SpeakerPhrase } from "../types.js";

interface NamedSpeaker {
  name: string;
  /** Where the attribution names the speaker. */
  at: number;
  /** A person (not an organisation, not a bare place name): a possible antecedent of he/she. */
  person: boolean;
  description: string | null;
}

export const resolveSpeakers: Refiner = (ctx, candidates) => {
  const persons = new Persons(findPersonMentions(ctx.masked, (offset) => ctx.sentenceAt(offset).start));
  const history: NamedSpeaker[] = [];
  const descriptions = new Map<string, string>();
  const fits = (name: string, gender: Gender | null) => {
    const known = persons.genderOf(name);
    return !gender || !known || known === gender;
  };

  /**
   * The named speaker a pronoun or a role noun stands for: a person with that role if there is one; else the
   * latest of the last fitting quote speaker and the last fitting person who was a sentence's subject; else
   * the last fitting person named at all.
   */
  const antecedent = (phrase: SpeakerPhrase): string | null => {
    const at = phrase.span.start;
    const speaker = history.findLast((h) => h.person && fits(h.name, phrase.gender));
    const noun = phrase.role;
    const sameRole = noun
      ? history.findLast((h) => h.person && h.description?.toLowerCase().includes(noun))?.name ??
        persons.lastBefore(at, phrase.gender, { role: noun })?.name
      : undefined;
    const subject = persons.lastBefore(at, phrase.gender, { subjectsOnly: true });
    const latest = subject && (!speaker || subject.start > speaker.at) ? subject.name : speaker?.name;
    const named = sameRole ?? latest ?? persons.lastBefore(at, phrase.gender)?.name ?? null;
    if (named && phrase.gender) persons.learnGender(named, phrase.gender);
    return named;
  };

  const resolve = (phrase: SpeakerPhrase): ResolvedSpeaker => {
    const namesNoOne = phrase.unnamed || (phrase.kind === "role" && phrase.organisation);
    const name = namesNoOne ? null : phrase.kind === "name" ? persons.fullName(phrase.text, phrase.span.start) : antecedent(phrase);
    if (name && phrase.kind === "name" && phrase.description && !descriptions.has(name)) descriptions.set(name, phrase.description);
    const known = name ? descriptions.get(name) ?? persons.titleOf(name) : null;
    // A bare title repeated later ("Journalist Lam") does not replace the fuller description given first.
    const repeatsKnown = !!known && !!phrase.description && known.toLowerCase().includes(phrase.description.toLowerCase());
    const description = phrase.kind === "name" && !repeatsKnown ? phrase.description ?? known : known ?? (name ? null : phrase.description);
    if (name) {
      const person = !phrase.organisation && (name.includes(" ") || persons.isKnown(name) || phrase.gender !== null || description !== null);
      history.push({ name, at: phrase.span.start, person, description: description ?? null });
    }
    return { name, description: description ?? null, span: phrase.span };
  };

  for (const candidate of candidates) {
    if (candidate.sameAs) candidate.resolved = candidate.sameAs.resolved;
    else if (candidate.speaker) candidate.resolved = resolve(candidate.speaker);
  }
  return candidates;
};
