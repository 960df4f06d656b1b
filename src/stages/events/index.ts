// events: who did what to whom, when and where — CAMEO codes with Goldstein scores and PLOVER types,
// one record per source and target, a document's duplicates folded into one record citing each sentence.
import type { Actor, DyadEvent, EventActor, Sentence, Timex } from "../../doc/model.js";
import { defineComponent } from "../../pipeline/component.js";
import { codeSentence, markObjects, PROTEST_ROOT, TARGETLESS_ROOTS, type ActorMention, type CandidateEvent } from "./code-events.js";
import { dictionary, eventNouns } from "./dictionary.js";
import { roleOf, withGroups } from "./groups.js";
import { goldstein, ploverType } from "./ontology.js";
import { UNIDENTIFIED } from "../../lib/actor-codes.js";
import { countStartingBefore, SpanIndex } from "../../lib/spans.js";

/** Confidence of a one-word pattern; each further matched word adds CONFIDENCE_PER_WORD (calibrated by eye on the seeds). */
const BASE_CONFIDENCE = 0.5;
const CONFIDENCE_PER_WORD = 0.1;
const MAX_CONFIDENCE = 0.95;

/** The generic "make a statement" code: every "said" would be an event; it tells an analyst nothing. */
const GENERIC_STATEMENT = "010";

const STANCE = /\b(?:anti|pro)-$/i;

/** "Russian President Vladimir Putin": the demonym belongs to the person's title, not a second actor. */
const TITLE_GAP = /^(?:\s+(?:[A-Z][\p{L}.-]*|counterpart|leader|foreign|defence|defense|prime|minister))*\s+$/u;

export interface EventContext {
  id: string;
  body: string;
  sentences: readonly Sentence[];
  timexes: readonly Timex[];
  actors: readonly Actor[];
  published: string | null;
}

function actorMentions(body: string, actors: readonly Actor[]): ActorMention[] {
  const all: ActorMention[] = actors.flatMap((actor) => actor.mentions.map((m) => ({ start: m.start, end: m.end, actor, place: actor.type === "location" })));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  return all.filter((m, i) => {
    // "an anti-Syria journalist", "pro-Russian separatists": a stance towards a state, not a side of it.
    if (STANCE.test(body.slice(Math.max(0, m.start - 5), m.start))) return false;
    if (m.actor.type !== "state") return true;
    const next = all[countStartingBefore(all, m.end)];
    return !(next && next.actor.type === "person" && next.actor.country === m.actor.id && TITLE_GAP.test(body.slice(m.end, next.start)));
  });
}

function eventActor(mention: ActorMention): EventActor {
  const { actor } = mention;
  // A person of unknown allegiance has no code: their name says who acted.
  return { code: actor.code ?? actor.country ?? (actor.type === "organization" ? "NGO" : actor.type === "person" ? "" : actor.id), country: actor.country, name: actor.name, type: actor.type };
}

/** The side of an event that its sentence does not name: the target of "Hungarians marched", the perpetrator of "was killed in a bombing". */
const UNNAMED: EventActor = { code: "", country: null, name: "" };

/**
 * Who did an act no one claims: as in CAMEO coding, an unidentified actor of the state where it happened
 * ("killed by a roadside bomb near Basra" → IRQUAF; "prisoners rioted in Dili" → TLSCVL), else no one.
 * Relationship timelines and trends leave unidentified forces out.
 */
function unclaimed(scene: CandidateEvent["scene"], code: string): EventActor {
  if (!scene) return UNNAMED;
  return { code: `${scene.code}${PROTEST_ROOT.test(code) ? "CVL" : UNIDENTIFIED}`, country: scene.country, name: "", type: "unidentified" };
}

/** A side of known allegiance: a state's, or an organisation of its own (Amnesty International, the Red Cross). */
const known = (actor: EventActor) => !!actor.country || actor.type === "organization" || actor.type === "igo";

/**
 * Two sides make a dyad when they belong to different countries, or to one country in different
 * roles (the government and the rebels); a state acting on itself is not one.
 */
function isDyad(source: EventActor, target: EventActor): boolean {
  if (source === UNNAMED) return target !== UNNAMED && known(target);
  // "Archbishop Jane Roe called for sanctions against X": a named person of unknown allegiance still acts on a known side.
  if (!known(source)) return source.type === "person" && target !== UNNAMED && known(target);
  if (target === UNNAMED) return true;
  if (!known(target)) return false;
  if (!source.country || !target.country) return source.name !== target.name;
  if (source.country !== target.country) return true;
  const a = roleOf(source), b = roleOf(target);
  return a !== b;
}

export function findEvents({ id, body, sentences, timexes, actors, published }: EventContext): DyadEvent[] {
  const all = actorMentions(body, actors);
  const index = dictionary();
  const mentions = new SpanIndex(all);
  const tokenized = sentences.map((sentence) => {
    const tokens = sentence.words;
    const own = withGroups(body, tokens, mentions.inside(sentence));
    markObjects(tokens, own);
    return { sentence, tokens, own };
  });
  const nouns = eventNouns();
  // "In their joint communique, ..." with no date of its own is the declaration that an event dated earlier in the document named.
  const anchors = new Map<string, string>();
  // Every mention up to the end of the sentence being coded, grown sentence by sentence.
  const earlier: ActorMention[] = [];
  const dates = new SpanIndex(timexes);
  const candidates: CandidateEvent[] = tokenized.flatMap(({ sentence, tokens, own }) => {
    earlier.push(...own);
    const found = codeSentence(body, sentence, tokens, own, earlier, dates.inside(sentence), index, published);
    const named = tokens.filter((t) => /^(NOUN|PROPN)$/.test(t.pos) && nouns.has(t.lemma));
    const dated = found.find((c) => c.date)?.date;
    if (dated) for (const noun of named) anchors.set(noun.lemma, dated);
    const inherited = named.map((t) => anchors.get(t.lemma)).find(Boolean) ?? null;
    for (const candidate of found) if (!candidate.date && candidate.mode === "asserted") candidate.date = inherited;
    return found;
  });
  const events: DyadEvent[] = [];
  /** Each event by what makes two the same, with where its evidence and its twins' start. */
  const byKey = new Map<string, { event: DyadEvent; starts: Set<number> }>();
  for (const candidate of candidates) {
    if (candidate.code === GENERIC_STATEMENT) continue;
    const named = candidate.targets.map(eventActor);
    for (const source of candidate.sources.length ? candidate.sources.map(eventActor) : [unclaimed(candidate.scene, candidate.code)]) {
      // "Kyrgyzstan's president agreed to resign": an act that needs no target stands alone when its named target is its own side.
      const dyads = named.filter((target) => isDyad(source, target));
      const targets = dyads.length ? dyads : !named.length || TARGETLESS_ROOTS.test(candidate.code) ? [UNNAMED] : [];
      for (const target of targets) {
        if (!isDyad(source, target)) continue;
        const event = toEvent(candidate, source, target, published);
        const key = [event.source.country, roleOf(event.source), event.target.country, roleOf(event.target), event.cameo.slice(0, 2), event.date, event.negated].join("|");
        const twin = byKey.get(key);
        if (twin) {
          if (!twin.starts.has(event.evidence.start)) {
            twin.starts.add(event.evidence.start);
            (twin.event.evidenceMore ??= []).push(event.evidence);
          }
          continue;
        }
        byKey.set(key, { event, starts: new Set([event.evidence.start]) });
        events.push(event);
      }
    }
  }
  events.forEach((event, n) => (event.id = `${id}#e${n + 1}`));
  return events;
}

function toEvent(candidate: CandidateEvent, source: EventActor, target: EventActor, published: string | null): DyadEvent {
  const plover = ploverType(candidate.code);
  return {
    id: "",
    date: candidate.date ?? published,
    source,
    target,
    cameo: candidate.code,
    ...(plover ? { plover } : {}),
    goldstein: goldstein(candidate.code),
    location: candidate.location,
    negated: candidate.negated,
    mode: candidate.mode,
    evidence: candidate.sentence,
    confidence: Math.min(MAX_CONFIDENCE, BASE_CONFIDENCE + CONFIDENCE_PER_WORD * (candidate.strength - 1)),
    via: `events/patterns:${candidate.pattern}`,
  };
}

export const events = defineComponent({
  name: "events",
  description: "CAMEO-coded events (Goldstein, PLOVER) between actors, with date, place, mode and evidence",
  requires: ["body", "sentences", "timexes", "actors", "meta"],
  assigns: ["events"],
  run(doc) {
    return { events: findEvents({ id: doc.id, body: doc.body, sentences: doc.sentences, timexes: doc.timexes, actors: doc.actors, published: doc.meta.published }) };
  },
});
