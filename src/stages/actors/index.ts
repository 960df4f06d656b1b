// actors: who is named in the body — states, persons (with the office they held on the date),
// international organisations, organisations and places — with every mention's offsets.
// It finds and resolves names; what actors do to each other is the events stage.
import type { Actor, Span, TextSpan, Timex } from "../../doc/model.js";
import { defineComponent } from "../../pipeline/component.js";
import { knowledgeBase, seniorTerm, termAt, type KbRef } from "../../lib/knowledge-base.js";
import { TITLE_WORDS_LOWER } from "./lexicon.js";
import type { Candidate, SentenceTokens } from "./mentions.js";
import { findKnownNames } from "./rules/gazetteer.js";
import { findCounterparts, findPairs } from "./rules/pairs.js";
import { findCuedOrganizations } from "./rules/organizations.js";
import { findCuedPersons, findSurnames } from "./rules/persons.js";
import { SpanIndex } from "../../lib/spans.js";
import { tokenize } from "../../lib/tokens.js";

/** A state named this close before a person's name, with only title words between, is their state. */
const TITLE_REACH = 40;

/** An actor's mention; a person's carries the office held on the sentence's own date when that differs. */
type Mention = TextSpan & { role?: string };

export function findActors(body: string, sentences: readonly Span[], date: string | null, timexes: readonly Timex[] = []): Actor[] {
  const tokenized: SentenceTokens[] = sentences.map((sentence) => ({ sentence, tokens: tokenize(body.slice(sentence.start, sentence.end), sentence.start) }));
  const gazetteer = findKnownNames(body, tokenized);
  const organizations = findCuedOrganizations(body, tokenized, gazetteer);
  // "the Serbian Workers' Union": a state named inside an organisation's name is not a mention of its own.
  const namedInside = new SpanIndex(organizations);
  const known = [...gazetteer.filter((c) => !namedInside.overlapping(c).some((o) => c.start >= o.start && c.end <= o.end)), ...organizations];
  const persons = findCuedPersons(body, tokenized, known);
  const named = [...known, ...persons];
  const surnames = findSurnames(body, tokenized, named, date);
  const all = [...named, ...surnames];
  const contextual = [...findPairs(body, all), ...findCounterparts(body, all, date)];
  const dateOf = sentenceDates(sentences, timexes);
  return buildActors(body, [...all, ...contextual].sort((a, b) => a.start - b.start), date, dateOf);
}

/** The first concrete date each sentence gives ("in 2005", "on June 5"), for roles held then. */
function sentenceDates(sentences: readonly Span[], timexes: readonly Timex[]): (at: number) => string | null {
  const dates = new SpanIndex(timexes);
  const dated = new SpanIndex(sentences.map((s) => ({
    ...s,
    date: dates.inside(s).find((t) => t.type === "date" && /^\d{4}(-\d{2}){0,2}$/.test(t.value))?.value ?? null,
  })));
  return (at) => dated.overlapping({ start: at, end: at + 1 })[0]?.date ?? null;
}

function buildActors(body: string, candidates: Candidate[], date: string | null, dateOf: (at: number) => string | null): Actor[] {
  const actors = new Map<string, Actor>();
  /** Every actor's mentions so far, as "id start:end". */
  const mentioned = new Set<string>();
  /** The names around a person's, for the state in their title or their organisation's. */
  const around = new SpanIndex(candidates);
  for (const candidate of candidates) {
    const actor = describeActor(body, candidate, around, date);
    const existing = actors.get(actor.id);
    const mention: Mention = { start: candidate.start, end: candidate.end, text: body.slice(candidate.start, candidate.end) };
    const then = dateOf(candidate.start);
    if (then && candidate.target.type === "kb" && candidate.target.ref.type === "person") {
      const role = termAt(candidate.target.ref.entry, then)?.title;
      if (role && role !== actor.role) mention.role = role;
    }
    const key = `${actor.id} ${mention.start}:${mention.end}`;
    if (existing) {
      if (!mentioned.has(key)) existing.mentions.push(mention);
      existing.country ??= actor.country;
      existing.description ??= actor.description;
    } else {
      actors.set(actor.id, { ...actor, mentions: [mention] });
    }
    mentioned.add(key);
  }
  return [...actors.values()];
}

const slug = (name: string) => name.toLowerCase().normalize("NFKD").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
const isStateCode = (code: string | null | undefined): code is string => !!code && knowledgeBase().states.has(code);

function describeActor(body: string, candidate: Candidate, around: SpanIndex<Candidate>, date: string | null): Omit<Actor, "mentions"> {
  const target = candidate.target;
  switch (target.type) {
    case "kb":
      return candidate.as === "location" && target.ref.type === "state"
        ? { id: `place:${slug(body.slice(candidate.start, candidate.end))}`, name: body.slice(candidate.start, candidate.end), type: "location", country: target.ref.entry.code }
        : describeKnown(target.ref, date);
    case "person": {
      // Title and apposition stand beside the full name only, never beside a later surname.
      const country = target.country ?? (candidate.as === "name" ? (stateBefore(body, candidate, around) ?? affiliationCountry(candidate, target.description, around)) : null);
      return {
        id: slug(target.name),
        name: target.name,
        type: "person",
        country,
        ...(target.role ? { role: target.role } : {}),
        ...(target.code ? { code: target.code } : country ? { code: country } : {}),
        ...(target.description ? { description: target.description } : {}),
      };
    }
    case "organization":
      return { id: slug(target.name), name: target.name, type: "organization", country: target.country, ...(target.country ? { code: `${target.country}${target.role}` } : {}) };
    case "location":
      return { id: `place:${slug(target.name)}`, name: target.name, type: "location", country: target.country, ...(target.code ? { code: target.code } : {}) };
  }
}

function describeKnown(ref: KbRef, date: string | null): Omit<Actor, "mentions"> {
  switch (ref.type) {
    case "state":
      return { id: ref.entry.code, name: ref.entry.name, type: "state", country: ref.entry.code, code: ref.entry.code };
    case "igo":
      return { id: ref.entry.code, name: ref.entry.name, type: "igo", country: ref.entry.code, code: ref.entry.code };
    case "org": {
      const country = ref.entry.country;
      return { id: ref.entry.id, name: ref.entry.name, type: "organization", country, ...(country ? { code: `${country}${ref.entry.cameoRole ?? ""}` } : {}) };
    }
    case "person": {
      const term = termAt(ref.entry, date);
      // Undated, a head of state is still a government actor, a secretary-general the organisation's;
      // which term is unknown, so no role title.
      const office = term ?? (date ? null : seniorTerm(ref.entry));
      const country = office?.country ?? ref.entry.nationality ?? ref.entry.country;
      return {
        id: ref.entry.id,
        name: ref.entry.name,
        type: "person",
        country,
        ...(term?.title ? { role: term.title } : {}),
        code: office && office.country === country ? `${country}${isStateCode(country) ? (office.role ?? "GOV") : ""}` : country,
      };
    }
  }
}

/** "Syrian President Jane Roe": a state named just before the title, nothing but title words between. */
function stateBefore(body: string, person: Candidate, around: SpanIndex<Candidate>): string | null {
  const onlyTitles = (gap: string) => gap.split(/[\s.]+/).filter(Boolean).every((w) => TITLE_WORDS_LOWER.has(w.toLowerCase()));
  const state = around.overlapping({ start: person.start - TITLE_REACH - 1, end: person.start }).find((c) => c.end <= person.start && person.start - c.end <= TITLE_REACH && c.target.type === "kb" && c.target.ref.type === "state" && onlyTitles(body.slice(c.end, person.start)));
  return state && state.target.type === "kb" ? (state.target.ref.type === "state" ? state.target.ref.entry.code : null) : null;
}

/** "an analyst at the Moscow-based Institute X": the state of the organisation the description names. */
function affiliationCountry(person: Candidate, description: string | null, around: SpanIndex<Candidate>): string | null {
  if (!description) return null;
  const reach = person.end + description.length + 4;
  for (const c of around.overlapping({ start: person.end, end: reach + 1 })) {
    if (c.start < person.end || c.start > reach || c.target.type !== "kb" || c.target.ref.type !== "org") continue;
    if (isStateCode(c.target.ref.entry.country)) return c.target.ref.entry.country;
  }
  return null;
}

export const actors = defineComponent({
  name: "actors",
  description: "states, persons with dated roles, international organisations, organisations and places, with every mention",
  requires: ["body", "sentences", "meta", "timexes"],
  assigns: ["actors"],
  run(doc) {
    return { actors: findActors(doc.body, doc.sentences, doc.meta.published, doc.timexes) };
  },
});
