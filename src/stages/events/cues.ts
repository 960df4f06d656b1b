// Look-alike cues (data/events/negative-cues.json) and frame verbs (data/events/frames.json): a sport
// "attack" is no event, a "war of words" is criticism; "threatened to cut off" is a threat, not a cut.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Word } from "../../lib/words.js";

const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "data", "events");

interface CueEntry {
  code: string;
  words: string[];
  contextWords: string[];
  caseSensitive?: boolean;
  instead: string | null;
}

interface Cue {
  code: string;
  /** Trigger words of the cue, each as written in text. */
  words: Set<string>;
  /** Multi-word cues ("war of words") found anywhere in the sentence. */
  phrase: RegExp | null;
  context: RegExp | null;
  caseSensitive: boolean;
  instead: string | null;
}

export type FrameKind = "intent" | "threat" | "refusal" | "demand" | "appeal";

interface FrameData {
  frames: Record<FrameKind, string[]>;
  realising: string[];
  quantities: string[];
  recode: Record<"intent" | "threat" | "refusal" | "demand", Record<string, string>>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const anyOf = (words: string[], flags: string) => (words.length ? new RegExp(`\\b(?:${words.map(escape).join("|")})\\b`, flags) : null);

let cues: Cue[] | null = null;
let frames: { kindOf: Map<string, FrameKind>; recode: FrameData["recode"]; realising: Set<string>; quantities: Set<string> } | null = null;

function loadCues(): Cue[] {
  if (!cues) {
    const raw = JSON.parse(readFileSync(resolve(DATA_DIR, "negative-cues.json"), "utf8")) as CueEntry[];
    cues = raw.map((c) => {
      const flags = c.caseSensitive ? "" : "i";
      // A "*" cue (lower-case "china") applies wherever its word stands; others through the trigger or a phrase.
      const phrases = c.code === "*" ? c.words : c.words.filter((w) => /\s/.test(w));
      return { code: c.code, words: new Set(c.words.filter((w) => !/\s/.test(w))), phrase: anyOf(phrases, flags), context: anyOf(c.contextWords, flags), caseSensitive: !!c.caseSensitive, instead: c.instead };
    });
  }
  return cues;
}

/**
 * What a look-alike cue makes of a candidate code: the same code when no cue applies, another code
 * ("war of words" → 111), or null when the words are no event at all (a football "attack").
 */
export function afterCues(code: string, trigger: Word, sentence: string): string | null {
  for (const cue of loadCues()) {
    if (cue.code !== "*" && !code.startsWith(cue.code)) continue;
    const word = cue.caseSensitive ? trigger.text : trigger.text.toLowerCase();
    const hit = (cue.code !== "*" && (cue.words.has(word) || cue.words.has(trigger.lemma))) || !!cue.phrase?.test(sentence);
    if (!hit || (cue.context && !cue.context.test(sentence))) continue;
    return cue.instead;
  }
  return code;
}

function loadFrames(): NonNullable<typeof frames> {
  if (!frames) {
    const raw = JSON.parse(readFileSync(resolve(DATA_DIR, "frames.json"), "utf8")) as FrameData;
    const kindOf = new Map<string, FrameKind>();
    for (const [kind, lemmas] of Object.entries(raw.frames) as [FrameKind, string[]][]) for (const lemma of lemmas) kindOf.set(lemma, kind);
    frames = { kindOf, recode: raw.recode, realising: new Set(raw.realising), quantities: new Set(raw.quantities) };
  }
  return frames;
}

/** The frame a lemma opens before "to" ("threaten" → threat), or null. */
export function frameOf(lemma: string): FrameKind | null {
  return loadFrames().kindOf.get(lemma) ?? null;
}

/** A verb that carries out the noun event in its object ("imposed sanctions", "held talks"). */
export function isRealising(lemma: string): boolean {
  return loadFrames().realising.has(lemma);
}

/** A noun that counts or portions a noun event ("a series of air strikes"): it does not govern it. */
export function isQuantity(lemma: string): boolean {
  return loadFrames().quantities.has(lemma);
}

/** The entry of the longest prefix of `code` in a recode table, else its "default". */
function lookup(table: Record<string, string>, code: string): string {
  for (let k = code.length; k >= 2; k--) {
    const hit = table[code.slice(0, k)];
    if (hit) return hit === "keep" ? code : hit;
  }
  return table["default"] ?? code;
}

/** CAMEO roots from 10 on are conflictual: a promise of conflict is a threat. */
const CONFLICT_ROOT = 10;

/** The code of an event embedded in a frame: "offered to withdraw" → 0356, "threatened to attack" → 138. */
export function recode(kind: FrameKind, code: string): string {
  const { recode: tables } = loadFrames();
  if (kind === "appeal") return `02${lookup(tables.demand, code).slice(2)}`;
  if (kind === "intent" && Number(code.slice(0, 2)) >= CONFLICT_ROOT) return lookup(tables.threat, code);
  return lookup(tables[kind], code);
}
