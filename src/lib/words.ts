// One wink-nlp reading of a text: its sentences as wink splits them, and its words with part of
// speech, lemma, negation and offsets. The one place that turns wink's token stream into offsets.
import type { ItsFunction } from "wink-nlp";
import type { Word } from "../doc/model.js";
import { nlp } from "./nlp.js";

export type { Word };

export interface Reading {
  /** The text of each sentence wink-nlp finds, in order (sentence repairs are the segmenter's). */
  sentences: string[];
  /** Punctuation included, spaces not; offsets shifted by the reading's offset. */
  words: Word[];
}

/** Reads `text` once; every offset is shifted by `offset` (the text's place in the body). */
export function readText(text: string, offset = 0): Reading {
  const its = nlp().its;
  const doc = nlp().readDoc(text);
  // Whole-collection reads: one call per attribute instead of four per token.
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  // wink-nlp's typings refuse lemma (it takes the model's add-ons) for a collection; at run time it works.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const tags = tokens.out(its.pos) as string[];
  const negations = tokens.out(its.negationFlag) as boolean[];
  const words: Word[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const at = text.indexOf(value, cursor);
    if (at < 0) return;
    cursor = at + value.length;
    words.push({
      text: value,
      lemma: String(lemmas[i]).toLowerCase(),
      pos: tags[i]!,
      negated: Boolean(negations[i]),
      start: offset + at,
      end: offset + cursor,
    });
  });
  return { sentences: doc.sentences().out(), words };
}
