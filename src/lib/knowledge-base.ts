// Loads the actor knowledge base (data/actors/*.json) once and indexes every surface form
// (names, aliases, demonyms, capitals, abbreviations) by its tokens. It does not look at any text.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { tokenize, type Token } from "./tokens.js";

const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "data", "actors");

export interface Term {
  office: string;
  title?: string;
  country: string;
  start: string;
  end: string | null;
  role?: string;
}

export interface Disambiguation {
  term: string;
  requiresCue?: boolean;
  positiveCues?: string[];
  negativeCues?: string[];
}

export interface StateEntry {
  code: string;
  name: string;
  names: string[];
  demonyms?: string[];
  adjectives?: string[];
  metonyms?: string[];
  combiningForms?: string[];
  historical?: boolean;
  disambiguation?: Disambiguation[];
}

export interface IgoEntry {
  code: string;
  name: string;
  aliases?: string[];
  /** Names valid only after the organisation was named ("the Fund" after the IMF): not matched alone. */
  contextualAliases?: { term: string }[];
  abbreviations?: string[];
  metonyms?: string[];
}

export interface OrgEntry {
  id: string;
  name: string;
  aliases?: string[];
  type: string;
  country: string | null;
  cameoRole?: string;
  pattern?: boolean;
}

export interface PersonEntry {
  id: string;
  name: string;
  aliases?: string[];
  /** The name used on second reference; null for monarchs known only by regnal name. */
  surname?: string | null;
  gender?: string;
  country: string;
  nationality?: string;
  terms: Term[];
}

/** A city, region, territory or area below the level of states ("Kirkuk", "Darfur", "the West Bank"). */
export interface PlaceEntry {
  name: string;
  names: string[];
  /** The state it is coded under; null when divided between several (`countries`). */
  country: string | null;
  countries?: string[];
  /** Its own CAMEO actor code where CAMEO gives it one (Hong Kong HKG, Macau MAC). */
  code?: string;
  kind: string;
  adjectives?: string[];
  demonyms?: string[];
  /** Shared with other places or common words: used only when the document names its state. */
  ambiguous?: string;
}

/** How a surface form names its entry. */
export type SurfaceKind = "name" | "attribute" | "metonym" | "combining" | "abbreviation";

export type KbRef =
  | { type: "state"; entry: StateEntry; kind: SurfaceKind }
  | { type: "igo"; entry: IgoEntry; kind: SurfaceKind }
  | { type: "org"; entry: OrgEntry; kind: SurfaceKind }
  | { type: "person"; entry: PersonEntry; kind: SurfaceKind };

type TrieNode = Trie<KbRef>;

export interface KnowledgeBase {
  root: TrieNode;
  states: Map<string, StateEntry>;
  igos: Map<string, IgoEntry>;
  persons: PersonEntry[];
  /** Disambiguation rules by the surface they guard. */
  guards: Map<string, Disambiguation>;
  /** Places by their names, adjectives and demonyms: a trie of its own, so that a state, organisation or person's name wins. */
  places: PlaceTrie;
}

export interface PlaceRef {
  entry: PlaceEntry;
  kind: "name" | "attribute";
}

/** Names word by word; a node's refs are the entries whose name ends there. */
interface Trie<R> {
  next: Map<string, Trie<R>>;
  refs: R[];
}
type PlaceTrie = Trie<PlaceRef>;

function readArray<T>(file: string): T[] {
  return JSON.parse(readFileSync(file, "utf8")) as T[];
}

/**
 * "the Kremlin" is matched as "Kremlin": the article is not part of the name. But an
 * organisation's "the Fund", "the Senate" is a common noun without its article: it keeps it.
 */
function surfaces(surface: string, ref: KbRef): string[] {
  const bare = surface.replace(/^the\s+/i, "");
  const keepsArticle = bare !== surface && !/\s/.test(bare) && (ref.type === "igo" || ref.type === "org");
  return keepsArticle ? [`the ${bare}`, `The ${bare}`] : [bare];
}

function insert(root: TrieNode, surface: string, ref: KbRef): void {
  for (const form of surfaces(surface, ref)) insertTokens(root, tokenize(form).map((t) => t.text), ref);
}

function insertTokens<R extends { entry: unknown; kind: string }>(root: Trie<R>, tokens: string[], ref: R): void {
  if (!tokens.length) return;
  let node = root;
  for (const token of tokens) {
    let child = node.next.get(token);
    if (!child) node.next.set(token, (child = { next: new Map(), refs: [] }));
    node = child;
  }
  if (!node.refs.some((r) => r.entry === ref.entry && r.kind === ref.kind)) node.refs.push(ref);
}

function build(): KnowledgeBase {
  const root: TrieNode = { next: new Map(), refs: [] };
  const states = new Map<string, StateEntry>();
  const igos = new Map<string, IgoEntry>();
  const guards = new Map<string, Disambiguation>();

  for (const state of readArray<StateEntry>(join(DATA_DIR, "states.json"))) {
    states.set(state.code, state);
    for (const name of [state.name, ...state.names]) insert(root, name, { type: "state", entry: state, kind: "name" });
    for (const word of [...(state.demonyms ?? []), ...(state.adjectives ?? [])]) insert(root, word, { type: "state", entry: state, kind: "attribute" });
    for (const place of state.metonyms ?? []) insert(root, place, { type: "state", entry: state, kind: "metonym" });
    for (const form of state.combiningForms ?? []) insert(root, form.replace(/-$/, ""), { type: "state", entry: state, kind: "combining" });
    for (const rule of state.disambiguation ?? []) guards.set(`${state.code}:${rule.term}`, rule);
  }
  for (const igo of readArray<IgoEntry>(join(DATA_DIR, "igos.json"))) {
    igos.set(igo.code, igo);
    const contextual = new Set((igo.contextualAliases ?? []).map((a) => a.term));
    for (const name of [igo.name, ...(igo.aliases ?? [])].filter((n) => !contextual.has(n))) insert(root, name, { type: "igo", entry: igo, kind: "name" });
    for (const abbreviation of igo.abbreviations ?? []) insert(root, abbreviation, { type: "igo", entry: igo, kind: "abbreviation" });
    for (const place of igo.metonyms ?? []) insert(root, place, { type: "igo", entry: igo, kind: "metonym" });
  }
  for (const org of readArray<OrgEntry>(join(DATA_DIR, "organizations.json"))) {
    if (org.pattern) continue;
    for (const name of [org.name, ...(org.aliases ?? [])]) insert(root, name, { type: "org", entry: org, kind: "name" });
  }
  const persons: PersonEntry[] = [];
  const leaderDir = join(DATA_DIR, "leaders");
  for (const file of readdirSync(leaderDir).filter((f) => f.endsWith(".json")).sort()) {
    for (const person of readArray<PersonEntry>(join(leaderDir, file))) {
      persons.push(person);
      for (const name of [person.name, ...(person.aliases ?? [])]) insert(root, name, { type: "person", entry: person, kind: "name" });
    }
  }
  const places: PlaceTrie = { next: new Map(), refs: [] };
  const placesFile = join(DATA_DIR, "places.json");
  for (const place of existsSync(placesFile) ? readArray<PlaceEntry>(placesFile) : []) {
    for (const name of new Set([place.name, ...place.names])) insertTokens(places, tokenize(name).map((t) => t.text), { entry: place, kind: "name" });
    for (const word of new Set([...(place.adjectives ?? []), ...(place.demonyms ?? [])])) insertTokens(places, tokenize(word).map((t) => t.text), { entry: place, kind: "attribute" });
  }
  return { root, states, igos, persons, guards, places };
}

let loaded: KnowledgeBase | null = null;

export function knowledgeBase(): KnowledgeBase {
  loaded ??= build();
  return loaded;
}

/** A multi-word name may not be longer than this many tokens. */
const MAX_NAME_TOKENS = 10;

/** True when only spaces, hyphens or apostrophes stand between two tokens (they can be one name). */
export function joined(body: string, a: Token, b: Token): boolean {
  return /^[ \t\u00a0'’-]{0,2}$/.test(body.slice(a.end, b.start));
}

export interface NameMatch<R = KbRef> {
  /** Token indexes of the first and last word of the name. */
  first: number;
  last: number;
  refs: R[];
}

/** Every longest match of a known name over the tokens, left to right, not overlapping. */
export function matchNames(body: string, tokens: readonly Token[]): NameMatch[] {
  return longestMatches(knowledgeBase().root, body, tokens);
}

/** Every longest match of a place's name, adjective or demonym over the tokens. */
export function matchPlaces(body: string, tokens: readonly Token[]): NameMatch<PlaceRef>[] {
  return longestMatches(knowledgeBase().places, body, tokens);
}

function longestMatches<R>(root: Trie<R>, body: string, tokens: readonly Token[]): NameMatch<R>[] {
  const matches: NameMatch<R>[] = [];
  for (let i = 0; i < tokens.length; ) {
    let node = root;
    let best: NameMatch<R> | null = null;
    for (let j = i; j < tokens.length && j - i < MAX_NAME_TOKENS; j++) {
      if (j > i && !joined(body, tokens[j - 1]!, tokens[j]!)) break;
      const child = node.next.get(tokens[j]!.text);
      if (!child) break;
      node = child;
      if (node.refs.length) best = { first: i, last: j, refs: node.refs };
    }
    if (best) matches.push(best);
    i = best ? best.last + 1 : i + 1;
  }
  return matches;
}

/** The term a person held on a day (ISO date or year), preferring heads of state and government. */
export function termAt(person: PersonEntry, date: string | null): Term | null {
  if (!date) return null;
  const day = date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date.slice(0, 10);
  return senior(person.terms.filter((t) => t.start <= day && (t.end === null || day <= t.end)));
}

/** The most senior office a person ever held: who they are when a text gives no date. */
export function seniorTerm(person: PersonEntry): Term | null {
  return senior(person.terms);
}

function senior(terms: readonly Term[]): Term | null {
  const rank = (t: Term) => OFFICE_RANK.indexOf(t.office) < 0 ? OFFICE_RANK.length : OFFICE_RANK.indexOf(t.office);
  return [...terms].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/** Which office names a person first when several are held at once (Xi: president before party leader). */
const OFFICE_RANK = ["president", "monarch", "supreme-leader", "prime-minister", "chancellor", "premier", "general-secretary", "secretary-general", "foreign-minister", "vice-president"];
