// Organisations the knowledge base does not know, typed by the shape of their name: capitalised
// words, joined by "of", "for", "and", ending in a head noun such as Union, Committee or Party
// ("the Serbian Workers' Union", "the Ceasefire Violations Committee"). A state or place named
// inside is the organisation's country; the head noun gives its CAMEO sector.
import { NOT_NAME_WORDS, ORGANISATION_CONNECTORS, ORGANISATION_HEADS, ORGANISATION_ROLES } from "../lexicon.js";
import { SpanIndex } from "../../../lib/spans.js";
import { isCapitalised, type Candidate, type SentenceTokens } from "../mentions.js";
import type { Token } from "../../../lib/tokens.js";

/** Longer capitalised runs are titles of things, not names. */
const MAX_NAME_TOKENS = 8;
/** With no state or place inside, a two-word name ("Defence Ministry") is too generic to stand for one body. */
const MIN_STATELESS_TOKENS = 3;
/** The sector of an organisation whose head noun has no role of its own. */
const DEFAULT_ROLE = "NGO";

const isNameWord = (t: Token) => isCapitalised(t.text) && !NOT_NAME_WORDS.has(t.text);
/** "Workers' Union", "Doctors' Association": a plural possessive stays inside the name. */
const isApostrophe = (t: Token) => /^['’]s?$/.test(t.text);

export function findCuedOrganizations(body: string, sentences: readonly SentenceTokens[], known: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const covered = new SpanIndex(known);
  for (const { tokens } of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      if (!isNameWord(tokens[i]!)) continue;
      const end = nameEnd(tokens, i);
      const head = tokens[end]!;
      if (end === i || !ORGANISATION_HEADS.has(head.text)) {
        i = Math.max(i, end);
        continue;
      }
      const span = { start: tokens[i]!.start, end: head.end };
      const inside = covered.overlapping(span);
      // Only states and places may stand inside: any other known name (an IGO, an organisation, a person) is the name.
      const named = inside.some((c) => countryOf(c) === undefined || c.start < span.start || c.end > span.end);
      const country = inside.map(countryOf).find(Boolean) ?? null;
      if (!named && (country || end - i + 1 >= MIN_STATELESS_TOKENS)) {
        const name = body.slice(span.start, span.end);
        found.push({ ...span, target: { type: "organization", name, country, role: ORGANISATION_ROLES.get(head.text) ?? DEFAULT_ROLE }, as: "name", via: "actors/rules/organizations:head" });
      }
      i = end;
    }
  }
  return found;
}

/** The last token of a run of name words joined by connectors, possessives and hyphens. */
function nameEnd(tokens: Token[], first: number): number {
  let end = first;
  for (let k = first + 1; k < tokens.length && k - first < MAX_NAME_TOKENS; k++) {
    const token = tokens[k]!;
    if (isNameWord(token)) end = k;
    else if (!ORGANISATION_CONNECTORS.has(token.text) && !isApostrophe(token) && token.text !== "-") break;
  }
  return end;
}

/** The country a state or place candidate names; undefined for any other. */
function countryOf(candidate: Candidate): string | null | undefined {
  const { target } = candidate;
  if (target.type === "location") return target.country;
  return target.type === "kb" && target.ref.type === "state" ? target.ref.entry.code : undefined;
}
