// An extractive summary of a relationship over the corpus: the key timeline entries, the main
// quoted views and the figures with their conflicts. Every line is a sentence of a source, cited.
import type { Claim, ClaimReport } from "./claims.js";
import type { Timeline } from "./timeline.js";
import type { StoredQuote } from "../store/repo.js";

/** How many lines each part of the summary holds at most. */
export const SUMMARY_LIMITS = { entries: 8, quotes: 5, figures: 6 } as const;

export interface SummaryLine {
  text: string;
  document: string;
  date: string | null;
  note?: string;
}

export interface Summary {
  actors: string[];
  documents: number;
  from: string | null;
  to: string | null;
  sections: { heading: string; lines: SummaryLine[] }[];
}

export interface SummaryInput {
  actors: string[];
  timeline: Timeline;
  /** Quotes of the documents that name both actors. */
  quotes: StoredQuote[];
  /** Figures that concern both actors. */
  claims: Claim[];
  conflicts: ClaimReport["conflicts"];
  documents: number;
}

export function buildSummary(input: SummaryInput): Summary {
  const key = [...input.timeline.entries].sort((a, b) => b.significance - a.significance).slice(0, SUMMARY_LIMITS.entries).sort((a, b) => a.date.localeCompare(b.date));
  const entries: SummaryLine[] = key.map((entry) => ({ text: entry.evidence[0]?.text ?? entry.title, document: entry.evidence[0]?.document ?? entry.documents[0]!, date: entry.date, note: `${entry.title} (${entry.documents.length} source${entry.documents.length === 1 ? "" : "s"})` }));

  const seen = new Set<string>();
  const views: SummaryLine[] = [];
  for (const q of input.quotes.filter((q) => q.direct && q.speaker)) {
    if (seen.has(q.speaker!) || views.length >= SUMMARY_LIMITS.quotes) continue;
    seen.add(q.speaker!);
    views.push({ text: `“${q.text}”`, document: q.docId, date: q.published, note: `${q.speaker}${q.description ? `, ${q.description}` : ""}` });
  }

  const conflictLines: SummaryLine[] = input.conflicts.flatMap((group) =>
    group.claims.map((c) => ({ text: c.evidence, document: c.docId, date: c.published, note: `conflict on ${group.about} ${group.period}: ${c.text}` })),
  );
  const figures: SummaryLine[] = input.claims
    .filter((c) => c.about && !input.conflicts.some((g) => g.claims.includes(c)))
    .slice(0, SUMMARY_LIMITS.figures)
    .map((c) => ({ text: c.evidence, document: c.docId, date: c.published, note: `${c.about}${c.period ? ` ${c.period}` : ""}: ${c.text} (${c.kind})` }));

  const dates = input.timeline.entries.map((e) => e.date).sort();
  return {
    actors: input.actors,
    documents: input.documents,
    from: dates[0] ?? null,
    to: dates.at(-1) ?? null,
    sections: [
      { heading: "Key events", lines: entries },
      { heading: "Main quoted views", lines: views },
      { heading: "Figures and where sources disagree", lines: [...conflictLines, ...figures] },
    ],
  };
}

export function renderSummary(summary: Summary, markdown: boolean): string {
  const out: string[] = [];
  const pair = summary.actors.join(" – ");
  out.push(markdown ? `# ${pair}` : pair);
  out.push(`${summary.documents} document${summary.documents === 1 ? "" : "s"}${summary.from ? `, events from ${summary.from} to ${summary.to}` : ""}.`);
  for (const section of summary.sections) {
    out.push("", markdown ? `## ${section.heading}` : `${section.heading}:`);
    if (!section.lines.length) out.push(markdown ? "_Nothing in the corpus._" : "  (nothing in the corpus)");
    for (const line of section.lines) {
      const cite = `[${line.document}${line.date ? `, ${line.date}` : ""}]`;
      out.push(markdown ? `- ${line.note ? `**${line.note}.** ` : ""}${line.text} ${cite}` : `  - ${line.note ? `${line.note}: ` : ""}${line.text} ${cite}`);
    }
  }
  return `${out.join("\n")}\n`;
}
