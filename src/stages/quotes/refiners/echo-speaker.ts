// Refiner: a quotation left without a speaker whose words repeat part of an attributed quotation elsewhere in
// the article (a subheading or headline echoing a quote) takes that quotation's speaker. Labels stay unattributed.
import { wordCount } from "../position.js";
import type { Candidate, Refiner } from "../types.js";

/** An echo repeats at least a phrase: single quoted words ("observer") are labels, not echoes. */
const ECHO_MIN_WORDS = 2;
const NOT_LETTERS = /[^\p{L}\p{N}]+/gu;

const squash = (text: string) => text.toLowerCase().replace(NOT_LETTERS, " ").trim();

export const echoSpeaker: Refiner = (ctx, candidates) => {
  const textOf = (c: Candidate) => squash(c.spans.map((s) => ctx.body.slice(s.start, s.end)).join(" "));
  const attributed = candidates.filter((c) => c.direct && c.resolved?.name).map((c) => ({ candidate: c, text: ` ${textOf(c)} ` }));
  for (const candidate of candidates) {
    if (!candidate.direct || candidate.resolved || candidate.via !== "quotes/rules/unattributed") continue;
    const words = textOf(candidate);
    if (wordCount(words) < ECHO_MIN_WORDS) continue;
    const source = attributed.find((a) => a.text.includes(` ${words} `))?.candidate;
    if (!source) continue;
    candidate.resolved = source.resolved;
    candidate.via = "quotes/refiners/echo-speaker";
  }
  return candidates;
};
