// Checks the promises every layer makes about its spans: in bounds of `body`, start ≤ end,
// and `text === body.slice(start, end)` wherever an item carries its text. Reports; never repairs.
import type { Doc, Span } from "./model.js";

type Spanned = Span & { text?: string };

function check(body: string, where: string, span: Spanned, problems: string[]): void {
  if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= body.length)) {
    problems.push(`${where}: span ${span.start}-${span.end} outside body of ${body.length}`);
  } else if (typeof span.text === "string" && body.slice(span.start, span.end) !== span.text) {
    problems.push(`${where}: text "${span.text.slice(0, 30)}" is not body[${span.start}:${span.end}]`);
  }
}

export function spanProblems(doc: Partial<Doc>): string[] {
  const body = doc.body ?? "";
  const problems: string[] = [];
  doc.paragraphs?.forEach((s, i) => check(body, `paragraphs[${i}]`, s, problems));
  doc.sentences?.forEach((s, i) => {
    check(body, `sentences[${i}]`, s, problems);
    s.words.forEach((w, j) => check(body, `sentences[${i}].words[${j}]`, w, problems));
  });
  doc.timexes?.forEach((t, i) => check(body, `timexes[${i}]`, t, problems));
  doc.actors?.forEach((a, i) => a.mentions.forEach((m, j) => check(body, `actors[${i}].mentions[${j}]`, m, problems)));
  doc.quotes?.forEach((q, i) => check(body, `quotes[${i}]`, { start: q.start, end: q.end }, problems));
  doc.quantities?.forEach((q, i) => check(body, `quantities[${i}]`, q, problems));
  doc.events?.forEach((e, i) => check(body, `events[${i}].evidence`, e.evidence, problems));
  return problems;
}
