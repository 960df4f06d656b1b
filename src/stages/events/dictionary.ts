// The verb and noun patterns of data/events/verbs.json compiled once into matchers indexed by
// their trigger lemma: "pay a visit to TARGET" → words [pay, a, visit, to] with a TARGET slot after "to".
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isCameoCode } from "./ontology.js";

const DATA_FILE = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "data", "events", "verbs.json");

export type SlotName = "SOURCE" | "TARGET" | "PLACE";

export interface CompiledPattern {
  code: string;
  text: string;
  /** Lemmas in order, without the slots. */
  words: string[];
  /** The index in `words` of the lemma the pattern is looked up by. */
  trigger: number;
  /** Each slot and the number of words before it (0: before the first word). */
  slots: { name: SlotName; after: number }[];
  /** The trigger must be used as this part of speech: a one-word noun pattern's noun, a verb pattern's leading verb. */
  pos: "VERB" | "NOUN" | null;
}

interface Entry {
  code: string;
  lemma?: string;
  noun?: string;
  patterns: string[];
}

const SLOT = /^(SOURCE|TARGET|PLACE)$/;

export function compile(entries: readonly Entry[]): Map<string, CompiledPattern[]> {
  const index = new Map<string, CompiledPattern[]>();
  for (const entry of entries) {
    const head = (entry.lemma ?? entry.noun ?? "").toLowerCase();
    if (!head || !isCameoCode(entry.code)) continue;
    for (const text of entry.patterns) {
      const words: string[] = [];
      const slots: CompiledPattern["slots"] = [];
      for (const part of text.split(/\s+/).filter(Boolean)) {
        if (SLOT.test(part)) slots.push({ name: part as SlotName, after: words.length });
        else words.push(part.toLowerCase().replace(/^'s$/, "'s"));
      }
      const headWords = head.split(/\s+/);
      const trigger = words.findIndex((_, i) => headWords.every((h, j) => words[i + j] === h));
      const at = trigger >= 0 ? trigger : words.findIndex((w) => w.length > 2);
      if (at < 0) continue;
      // A verb pattern led by its verb needs that word used as a verb ("fear that", not "fears that ... may").
      const pos = entry.noun ? (words.length === 1 ? "NOUN" : null) : at === 0 && trigger <= 0 ? "VERB" : null;
      const pattern: CompiledPattern = { code: entry.code, text, words, trigger: at, slots, pos };
      const key = words[at]!;
      index.set(key, [...(index.get(key) ?? []), pattern]);
    }
  }
  return index;
}

let loaded: { index: Map<string, CompiledPattern[]>; nouns: Set<string> } | null = null;

function load(): NonNullable<typeof loaded> {
  if (!loaded) {
    const raw = JSON.parse(readFileSync(DATA_FILE, "utf8")) as Entry[] | { entries?: Entry[]; verbs?: Entry[]; nouns?: Entry[] };
    const entries = Array.isArray(raw) ? raw : [...(raw.entries ?? []), ...(raw.verbs ?? []), ...(raw.nouns ?? [])];
    const nouns = new Set(entries.flatMap((e) => (e.noun && !/\s/.test(e.noun) ? [e.noun.toLowerCase()] : [])));
    loaded = { index: compile(entries), nouns };
  }
  return loaded;
}

export function dictionary(): Map<string, CompiledPattern[]> {
  return load().index;
}

/** The one-word heads of the noun entries ("visit", "summit", "declaration"): nouns that name an event. */
export function eventNouns(): Set<string> {
  return load().nouns;
}
