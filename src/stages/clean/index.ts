// clean: the article text without boilerplate (paragraphs joined by a blank line) and the
// metadata clues seen on the page. HTML goes through the main-content extractor, text through the line classifier.
import type { Span } from "../../doc/model.js";
import { defineComponent } from "../../pipeline/component.js";
import { extractHtmlArticle } from "./html/extract-article.js";
import { cleanText } from "./text/clean-text.js";

export const PARAGRAPH_SEPARATOR = "\n\n";

/** Joins paragraphs into the body and records each paragraph's span in it. */
export function joinParagraphs(texts: readonly string[]): { body: string; paragraphs: Span[] } {
  const paragraphs: Span[] = [];
  let body = "";
  for (const text of texts) {
    if (body) body += PARAGRAPH_SEPARATOR;
    paragraphs.push({ start: body.length, end: body.length + text.length });
    body += text;
  }
  return { body, paragraphs };
}

export const clean = defineComponent({
  name: "clean",
  description: "main text without menus, captions, share prompts and related links; page clues for metadata",
  requires: ["text"],
  assigns: ["body", "paragraphs", "clues"],
  run(doc, ctx) {
    const { paragraphs, clues } = doc.input.format === "html" ? extractHtmlArticle(doc.text, doc.input.source.url) : cleanText(doc.text);
    const joined = joinParagraphs(paragraphs.map((p) => p.trim()).filter(Boolean));
    if (!joined.body) ctx.warn("no article text found");
    return { ...joined, clues };
  },
});
