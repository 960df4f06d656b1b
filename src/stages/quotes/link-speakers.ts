// Links each quote's speaker to the actor it names: the person with the speaker's surname, else the
// actor (a person, a state, an organisation) whose mention covers the speaker's words. Unknown ones stay null.
import type { Actor } from "../../doc/model.js";
import type { AttributedQuote } from "./types.js";

const surnameOf = (name: string) => name.split(/\s+/).at(-1)?.toLowerCase() ?? "";

export function linkSpeakers(quotes: AttributedQuote[], actors: readonly Actor[]): AttributedQuote[] {
  const persons = actors.filter((a) => a.type === "person");
  return quotes.map((quote) => {
    const speaker = quote.speaker;
    if (!speaker) return quote;
    const span = quote.speakerSpan;
    const byMention = span ? actors.find((a) => a.mentions.some((m) => m.start < span.end && span.start < m.end)) : undefined;
    const surname = speaker.name ? surnameOf(speaker.name) : "";
    const byName = surname ? persons.find((p) => surnameOf(p.name) === surname) : undefined;
    const actor = byName ?? byMention;
    return actor ? { ...quote, speaker: { ...speaker, actor: actor.id } } : quote;
  });
}
