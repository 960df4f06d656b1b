// Group actors: a state named by name or demonym and followed by a group noun acts as one sector of
// that state ("Chechen rebels" → RUSREB, "Peru's government" → PERGOV, "forces of Chad" → TCDMIL).
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { codeSector } from "../../lib/actor-codes.js";
import { knowledgeBase, type StateEntry } from "../../lib/knowledge-base.js";
import type { Word } from "../../lib/words.js";
import type { ActorMention } from "./code-events.js";

const DATA_FILE = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "data", "events", "groups.json");

/** Words that may stand between the state and its group noun ("Israeli intelligence officials", "Rwandan Patriotic Front"). */
const MAX_MODIFIERS = 2;
const MODIFIER_POS = /^(ADJ|NOUN|PROPN|NUM)$/;
const NOUN_POS = /^(NOUN|PROPN)$/;
const COORDINATION = /^\s*(?:,|and|,\s*and)\s*$/;
/** Prepositions before the place where a group is or an event happens ("students throughout Indonesia"). */
const VENUE = /^(?:in|across|throughout)$/i;

interface GroupData {
  stateSectors: string[];
  sectors: Record<string, string[]>;
}

let loaded: { sectorOf: Map<string, string>; stateSectors: Set<string> } | null = null;

function data(): NonNullable<typeof loaded> {
  if (!loaded) {
    const raw = JSON.parse(readFileSync(DATA_FILE, "utf8")) as GroupData;
    const sectorOf = new Map<string, string>();
    for (const [sector, nouns] of Object.entries(raw.sectors)) for (const noun of nouns) sectorOf.set(noun, sector);
    loaded = { sectorOf, stateSectors: new Set(raw.stateSectors) };
  }
  return loaded;
}

/** The CAMEO sector a noun names ("rebels" → REB), or null. */
function sectorOf(word: Word | undefined): string | null {
  if (!word || !NOUN_POS.test(word.pos)) return null;
  const text = word.text.toLowerCase();
  // The tagger leaves a capitalised plural unlemmatised ("Demonstrators in Baghdad").
  const singular = text.replace(/ies$/, "y").replace(/s$/, "");
  return data().sectorOf.get(word.lemma) ?? data().sectorOf.get(text) ?? data().sectorOf.get(singular) ?? null;
}

/** A noun that names people acting together ("heads of state attending", "protesters marching"). */
export function isGroupNoun(word: Word): boolean {
  return sectorOf(word) !== null;
}

/** The role an event actor plays in its country: "state" for the state and its organs, else its sector. */
export function roleOf(actor: { code: string; country: string | null }): string {
  const sector = actor.country ? codeSector(actor) : "";
  return !sector || data().stateSectors.has(sector) ? "state" : sector;
}

/** "Algerians", not "Algeria" nor "the Philippines": a state mention that is its plural demonym. */
function isPeople(mention: ActorMention, body: string): boolean {
  const text = body.slice(mention.start, mention.end);
  const state = mention.actor.type === "state" ? knowledgeBase().states.get(mention.actor.country!) : undefined;
  return !!state && /s$/.test(text) && !!state.demonyms?.includes(text) && !state.names.includes(text);
}

/** The index of the word before a mention, past an article ("of [the] Kenyan army"). */
function prepositionBefore(tokens: Word[], mention: ActorMention): number {
  const before = tokens.findLastIndex((t) => t.end <= mention.start);
  return tokens[before]?.text.toLowerCase() === "the" ? before - 1 : before;
}

function asGroup(mention: ActorMention, sector: string, start: number, end: number, body: string): ActorMention {
  const code = `${territoryCode(mention.actor)}${sector}`;
  const name = body.slice(start, end);
  const type = mention.actor.type === "location" ? "state" : mention.actor.type;
  return { start, end, place: false, actor: { ...mention.actor, type, id: code, code, name, mentions: [{ start, end, text: name }] } };
}

/** What a place's people and groups are coded under: its own CAMEO code (Hong Kong: HKG), else its state's. */
export function territoryCode(actor: ActorMention["actor"]): string {
  return actor.type === "location" && actor.code ? actor.code : actor.country!;
}

/** The state a mention names by its adjective or demonym ("Bosnian", "Serbs"), else undefined. */
function attributeOf(mention: ActorMention, body: string): StateEntry | undefined {
  const text = body.slice(mention.start, mention.end);
  const state = mention.actor.type === "state" && !mention.place ? knowledgeBase().states.get(mention.actor.country!) : undefined;
  return state && (state.adjectives?.includes(text) || state.demonyms?.includes(text)) ? state : undefined;
}

const isEthnic = (tokens: Word[], mention: ActorMention, body: string) =>
  !!attributeOf(mention, body) && tokens.findLast((t) => t.end <= mention.start)?.text.toLowerCase() === "ethnic";

/** The state or place of another country that the sentence puts a group in ("... in southeastern Serbia"). */
function residence(tokens: Word[], mentions: ActorMention[], group: ActorMention): ActorMention | undefined {
  return mentions.find((m) => {
    if (m.start < group.end || !m.actor.country || m.actor.country === group.actor.country || (m.actor.type !== "state" && !m.place)) return false;
    const lead = tokens.findLast((t) => t.end <= m.start && !/^(DET|ADJ)$/.test(t.pos));
    return !!lead && VENUE.test(lead.text);
  });
}

/**
 * "Bosnian Serbs", "Iraqi Kurds", "Bosnian Serb forces": a people qualified by the state they live in
 * belongs to that state. The state's adjective takes in the people's name, which is its society
 * unless a group noun follows.
 */
function withResidence(body: string, tokens: Word[], mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k]!, next = mentions[k + 1];
    // "ethnic Albanians demonstrated in Serbia": an ethnic group named by a demonym lives where the sentence places it.
    const home = isEthnic(tokens, mention, body) ? residence(tokens, mentions, mention) : undefined;
    if (home) {
      const resident = { ...mention, actor: { ...home.actor, type: "state" as const, code: home.actor.country! } };
      out.push(isPeople(mention, body) ? asGroup(resident, "CVL", mention.start, mention.end, body) : resident);
      continue;
    }
    if (!attributeOf(mention, body) || body.slice(mention.end, mention.end + 1) !== " ") {
      out.push(mention);
      continue;
    }
    const following = tokens.find((t) => t.start === mention.end + 1);
    const ofAnother = next && next.start === mention.end + 1 && next.actor.country !== mention.actor.country && attributeOf(next, body);
    // "Iraqi Kurds": a capitalised plural the knowledge base does not know names a people.
    // A people of no one state ("Kurds") may be a mention of its region, but not of a state.
    const people = !ofAnother && following && /^\p{Lu}\p{Ll}+s$/u.test(following.text) && following.pos === "PROPN" && !mentions.some((m) => m.start === following.start && m.actor.country);
    if (!ofAnother && !people) {
      out.push(mention);
      continue;
    }
    const end = ofAnother ? next.end : following!.end;
    const plural = people || isPeople(next!, body);
    out.push(plural && !sectorOf(tokens.find((t) => t.start > end)) ? asGroup(mention, "CVL", mention.start, end, body) : { ...mention, end });
    if (ofAnother) k++;
  }
  return out;
}

/**
 * The sentence's mentions with state and IGO mentions that head a group noun replaced by group
 * mentions spanning the whole phrase. A group noun right before a person's name is that person's
 * title ("Cuban leader Fidel Castro") and makes no group.
 */
export function withGroups(body: string, tokens: Word[], sentenceMentions: ActorMention[]): ActorMention[] {
  const mentions = withResidence(body, tokens, sentenceMentions);
  const startsMention = (word: Word | undefined) => !!word && mentions.some((m) => m.start === word.start);
  const inMention = (word: Word) => mentions.some((m) => word.start >= m.start && word.start < m.end);
  const out = mentions.map((mention) => {
    const { actor } = mention;
    // "Darfur rebels", "Chechen separatists": a place heads a group of its state, but "in Darfur" stays a place.
    if (!actor.country || (actor.type !== "state" && actor.type !== "igo" && actor.type !== "location")) return mention;
    let i = tokens.findIndex((t) => t.start >= mention.end);
    if (i < 0) return mention;
    if (tokens[i]!.text === "'s" || tokens[i]!.text === "’s") i++;
    for (let k = 0; k <= MAX_MODIFIERS && i + k < tokens.length; k++) {
      const word = tokens[i + k]!;
      if (inMention(word)) break;
      const sector = sectorOf(word);
      if (sector) {
        let last = i + k;
        // "rebel leaders", "government officials": a following group noun is the phrase's head.
        while (last + 1 < tokens.length && sectorOf(tokens[last + 1]) && !inMention(tokens[last + 1]!)) last++;
        if (startsMention(tokens[last + 1])) return mention;
        return asGroup(mention, sector, mention.start, tokens[last]!.end, body);
      }
      if (!MODIFIER_POS.test(word.pos)) break;
    }
    // "Algerians blocked roads": a people named by its plural demonym is the state's society, not the state.
    if (mention.place || actor.type === "location") return mention;
    if (isPeople(mention, body)) return asGroup(mention, "CVL", mention.start, mention.end, body);
    // "the government of Chad", "forces of the Kenyan army"
    const of = prepositionBefore(tokens, mention);
    const sector = tokens[of]?.text.toLowerCase() === "of" ? sectorOf(tokens[of - 1]) : null;
    return sector ? asGroup(mention, sector, tokens[of - 1]!.start, mention.end, body) : mention;
  });
  // "demonstrators in Baghdad", "rebels in the Ivory Coast": society belongs where it is; troops and
  // officials in a country are often another's, and "withdrew troops from Armenia" names where they left.
  for (let k = 0; k < out.length; k++) {
    const mention = out[k]!;
    if (mention !== mentions[k] || !mention.actor.country || !(mention.place || mention.actor.type === "state")) continue;
    const at = prepositionBefore(tokens, mention);
    const preposition = tokens[at]?.text.toLowerCase();
    // "opposition groups in Zimbabwe": the sector may be the head's modifier.
    const noun = sectorOf(tokens[at - 1]) ? tokens[at - 1] : tokens[at - 2];
    const sector = preposition && VENUE.test(preposition) ? sectorOf(noun) : null;
    if (!sector || !noun || data().stateSectors.has(sector) || out.some((m) => noun.start >= m.start && noun.start < m.end)) continue;
    out[k] = asGroup(mention, sector, noun.start, mention.end, body);
  }
  // "Slovak and Czech officials": a demonym coordinated with a group's state shares its noun.
  for (let k = out.length - 2; k >= 0; k--) {
    const mention = out[k]!, next = out[k + 1]!;
    const grouped = next !== mentions[k + 1] && next.start === mentions[k + 1]!.start;
    if (mention !== mentions[k] || !grouped || mention.place || !mention.actor.country || !COORDINATION.test(body.slice(mention.end, next.start))) continue;
    out[k] = asGroup(mention, next.actor.code!.slice(next.actor.country!.length), mention.start, mention.end, body);
  }
  return out;
}
