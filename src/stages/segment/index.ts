// segment: sentences over the body, paragraph by paragraph (sentences never cross a paragraph),
// with wink-nlp's splitter and two repairs for news text, each with its words from the same reading.
import type { Sentence, Span, Word } from "../../doc/model.js";
import { readText } from "../../lib/words.js";
import { defineComponent } from "../../pipeline/component.js";

/** A "sentence" that starts in lower case continues the one before (`?" he says.`). */
const CONTINUATION = /^[\p{Ll},;:)\]”’"']/u;

/**
 * The words within each span, in order. A paragraph is read as a whole: wink-nlp gives its
 * sentences the same words, tags and lemmas as when each is read alone (checked on every seed,
 * example and benchmark page), so later stages never read the text again.
 */
function withWords(spans: readonly Span[], words: readonly Word[]): Sentence[] {
  let next = 0;
  return spans.map((span) => {
    while (next < words.length && words[next]!.start < span.start) next++;
    const first = next;
    while (next < words.length && words[next]!.end <= span.end) next++;
    return { ...span, words: words.slice(first, next) };
  });
}

export function splitSentences(body: string, paragraphs: readonly Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    const text = body.slice(paragraph.start, paragraph.end);
    const reading = readText(text, paragraph.start);
    let cursor = 0;
    const found: Span[] = [];
    for (const out of reading.sentences) {
      const at = text.indexOf(out, cursor);
      if (at < 0) continue;
      cursor = at + out.length;
      const span = { start: paragraph.start + at, end: paragraph.start + cursor };
      const previous = found.at(-1);
      if (previous && CONTINUATION.test(out)) previous.end = span.end;
      else found.push(span);
    }
    if (!found.length && text.trim()) found.push({ ...paragraph });
    sentences.push(...withWords(found, reading.words));
  }
  return sentences;
}

export const segment = defineComponent({
  name: "segment",
  description: "sentences within paragraphs, with their words, parts of speech and lemmas (wink-nlp, with news-text repairs)",
  requires: ["body", "paragraphs"],
  assigns: ["sentences"],
  run(doc) {
    return { sentences: splitSentences(doc.body, doc.paragraphs) };
  },
});
