// Word tokens of a sentence with part of speech, lemma, negation and offsets, from wink-nlp.
// The one place that turns wink's token stream into offsets into the body.
import { nlp } from "./nlp.js";

export interface Word {
  text: string;
  lemma: string;
  pos: string;
  negated: boolean;
  start: number;
  end: number;
}

/** The words of `text` (offsets shifted by `offset`); punctuation included, spaces not. */
export function words(text: string, offset = 0): Word[] {
  const its = nlp().its;
  const doc = nlp().readDoc(text);
  const out: Word[] = [];
  let cursor = 0;
  doc.tokens().each((token: any) => {
    const value = token.out() as string;
    const at = text.indexOf(value, cursor);
    if (at < 0) return;
    cursor = at + value.length;
    out.push({
      text: value,
      lemma: String(token.out(its.lemma)).toLowerCase(),
      pos: token.out(its.pos) as string,
      negated: Boolean(token.out(its.negationFlag)),
      start: offset + at,
      end: offset + cursor,
    });
  });
  return out;
}
