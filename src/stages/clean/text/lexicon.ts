// Compiles the boilerplate lexicon (data/boilerplate.json) once into line matchers.
// Only phrase data lives in the JSON; how lines are judged lives in classify-lines.ts.
import lexicon from "../data/boilerplate.json" with { type: "json" };

export type PhraseKind = keyof typeof lexicon.lineKinds;

/** Bullets and list numbers before a phrase ("6. Choose from 30 languages"). */
const LEADING = String.raw`[\s•·|>«‹*-]*(?:\d{1,2}[.)]\s+)?`;
const TRAILING = String.raw`\s*[:.!…»>›→|–—-]*\s*(\(\d+\))?\s*`;

/** One regex per kind, matching a whole trimmed line. */
export const PHRASE_MATCHERS: { kind: PhraseKind; pattern: RegExp }[] = Object.entries(lexicon.lineKinds).map(
  ([kind, phrases]) => ({
    kind: kind as PhraseKind,
    pattern: new RegExp(`^${LEADING}(?:${phrases.join("|")})${TRAILING}$`, "iu"),
  }),
);

const alternation = (words: string[]) => words.map((w) => w.replace(/ /g, "\\s+")).join("|");

/** "Author: Name / xx", "By Name", "(Rewritten by Name)", "Compiled and edited by Name." */
export const BYLINE = new RegExp(
  `^\\(?\\s*(?:${alternation(lexicon.bylinePrefixes)})\\s*[:\\-–—]?\\s+(?<names>[^()]{3,120}?)\\s*\\)?\\.?$`,
  "iu",
);

/** "Editor: Name", "Edited by Name": a person of the page who is not an author. */
export const EDITOR_LINE = new RegExp(
  `^\\(?\\s*(?:${alternation(lexicon.editorPrefixes)})\\s*[:\\-–—]?\\s+[^()]{3,120}\\)?\\.?$`,
  "iu",
);

/** A photo credit or copyright mark inside a caption line. */
export const CREDIT_MARK = new RegExp(`(?:^|\\s)(?:${alternation(lexicon.creditPrefixes)})\\s*:?\\s+\\S`, "iu");

export const WIRE_AGENCIES: readonly string[] = lexicon.wireAgencies;
