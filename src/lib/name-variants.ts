// Names the knowledge base knows in another spelling. Office holders ("President Mitterand", "Omar El
// Bashir", "Abdelaziz Bouteflicka"): the person whose name differs only by particles, diacritics,
// doubled letters or an edit or two, and who held the office the title names. States ("Afganistan").
import { distance } from "fastest-levenshtein";
import { knowledgeBase, type PersonEntry, type StateEntry } from "./knowledge-base.js";

/** Name particles that transliterations write, join or drop at will ("al-", "El", "dos"). */
const PARTICLES = new Set(["al", "el", "ul", "ad", "ed", "bin", "ibn", "abu", "de", "da", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den", "ter"]);
/** Edits allowed between two spellings of a name word, by the shorter word's length: none below 5 letters. */
const editsAllowed = (length: number) => (length >= 9 ? 2 : length >= 5 ? 1 : 0);

/** Lowercase words without diacritics, particles or doubled letters: "Omar al-Bashir" → [omar, bashir]. */
export function nameSkeleton(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !PARTICLES.has(w))
    .map((w) => w.replace(/(\p{L})\1+/gu, "$1"));
}

function alike(a: string, b: string): boolean {
  return a === b || distance(a, b) <= editsAllowed(Math.min(a.length, b.length));
}

/** Given names agree when alike or when one is the other's initial ("F. W." for Frederik Willem). */
const givenAlike = (a: string, b: string) => alike(a, b) || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));

interface Spelled {
  person: PersonEntry;
  names: string[][];
}

let index: Map<string, Spelled[]> | null = null;

/** Persons by the first letter of their surname's skeleton: misspellings keep the first letter. */
function spelledIndex(): Map<string, Spelled[]> {
  if (index) return index;
  index = new Map();
  for (const person of knowledgeBase().persons) {
    const names = [person.name, ...(person.aliases ?? [])].map(nameSkeleton).filter((n) => n.length >= 2);
    for (const initial of new Set(names.map((n) => n.at(-1)![0]!))) {
      index.set(initial, [...(index.get(initial) ?? []), { person, names }]);
    }
  }
  return index;
}

/**
 * The one known person a titled name spells ("President Francois Mitterand"), or null: the given name
 * and surname must each be alike, and one of the person's offices must carry the title word.
 */
export function personSpelledLike(name: string, title: string): PersonEntry | null {
  const words = nameSkeleton(name);
  if (words.length < 2) return null;
  const surname = words.at(-1)!, given = words[0]!;
  const titleWord = title.toLowerCase();
  const found = new Set<PersonEntry>();
  for (const { person, names } of spelledIndex().get(surname[0]!) ?? []) {
    if (!person.terms.some((t) => t.title?.toLowerCase().includes(titleWord))) continue;
    if (names.some((n) => alike(n.at(-1)!, surname) && givenAlike(n[0]!, given))) found.add(person);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** Shorter words are left alone: one edit turns too many of them into another word. */
const MIN_MISSPELT_STATE = 7;
/** States' single-word forms by their first letter: a misspelling keeps it. */
let stateForms: Map<string, (StateSpelling & { form: string })[]> | null = null;

export interface StateSpelling {
  state: StateEntry;
  /** A name of the state ("Afganistan"), or its demonym or adjective ("Ethopian"). */
  kind: "name" | "attribute";
}

/**
 * The one state whose single-word name, demonym or adjective a capitalised word misspells by one
 * edit ("Afganistan", "Ethopia", "Phillippines"), or null.
 */
export function stateSpelledLike(word: string): StateSpelling | null {
  if (word.length < MIN_MISSPELT_STATE) return null;
  if (!stateForms) {
    stateForms = new Map();
    for (const state of knowledgeBase().states.values()) {
      if (state.historical) continue;
      const forms = [...state.names.map((form) => ({ form, state, kind: "name" as const })), ...[...(state.demonyms ?? []), ...(state.adjectives ?? [])].map((form) => ({ form, state, kind: "attribute" as const }))];
      for (const spelling of forms.filter(({ form }) => !/\s/.test(form))) stateForms.set(spelling.form[0]!, [...(stateForms.get(spelling.form[0]!) ?? []), spelling]);
    }
  }
  const forms = stateForms.get(word[0]!) ?? [];
  // A name spelt right but left out ("Georgia" the US state) is no misspelling of a neighbouring form.
  if (forms.some(({ form }) => form === word)) return null;
  const found = forms.filter(({ form }) => Math.abs(form.length - word.length) <= 1 && distance(form, word) === 1);
  return new Set(found.map((f) => f.state)).size === 1 ? { state: found[0]!.state, kind: found[0]!.kind } : null;
}
