// segment: sentence spans over the body, paragraph by paragraph (sentences never cross a
// paragraph), with wink-nlp's splitter and two repairs for news text. No tokens are kept.
import type { Span } from "../../doc/model.js";
import { nlp } from "../../lib/nlp.js";
import { defineComponent } from "../../pipeline/component.js";

/** A "sentence" that starts in lower case continues the one before (`?" he says.`). */
const CONTINUATION = /^[\p{Ll},;:)\]”’"']/u;

export function splitSentences(body: string, paragraphs: readonly Span[]): Span[] {
  const sentences: Span[] = [];
  for (const paragraph of paragraphs) {
    const text = body.slice(paragraph.start, paragraph.end);
    let cursor = 0;
    const found: Span[] = [];
    for (const out of nlp().readDoc(text).sentences().out()) {
      const at = text.indexOf(out, cursor);
      if (at < 0) continue;
      cursor = at + out.length;
      const span = { start: paragraph.start + at, end: paragraph.start + cursor };
      const previous = found.at(-1);
      if (previous && CONTINUATION.test(out)) previous.end = span.end;
      else found.push(span);
    }
    if (!found.length && text.trim()) found.push({ ...paragraph });
    sentences.push(...found);
  }
  return sentences;
}

export const segment = defineComponent({
  name: "segment",
  description: "sentence spans within paragraphs (wink-nlp, with news-text repairs)",
  requires: ["body", "paragraphs"],
  assigns: ["sentences"],
  run(doc) {
    return { sentences: splitSentences(doc.body, doc.paragraphs) };
  },
});
