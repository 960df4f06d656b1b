// Persons the knowledge base does not know, typed by their cues: a title before the name, a
// speech verb beside it, or an apposition after it ("Jane Roe, an analyst at ..."). Takes the
// description the article gives. A titled name the knowledge base knows in another spelling
// ("President Mitterand") is that known person.
import { joined, knowledgeBase, type PersonEntry, type Term } from "../../../lib/knowledge-base.js";
import { personSpelledLike } from "../../../lib/name-variants.js";
import { APPOSITION_HEADS, NAME_PARTICLES, NOT_NAME_WORDS, SPEECH_VERBS, TITLE_WORDS_LOWER } from "../lexicon.js";
import { SpanIndex } from "../../../lib/spans.js";
import { isCapitalised, type Candidate, type SentenceTokens } from "../mentions.js";
import type { Token } from "../../../lib/tokens.js";

/** Names of more tokens are rare; longer capitalised runs are titles of things. */
const MAX_NAME_TOKENS = 4;
/** Descriptions longer than this are clauses, not appositions. */
const MAX_DESCRIPTION_LENGTH = 160;

const isTitleWord = (t: Token) => TITLE_WORDS_LOWER.has(t.text.toLowerCase());
const isNameWord = (t: Token) => (isCapitalised(t.text) && !NOT_NAME_WORDS.has(t.text) && !/^\p{Lu}+$/u.test(t.text)) || NAME_PARTICLES.has(t.text);

export function findCuedPersons(body: string, sentences: readonly SentenceTokens[], known: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const covered = new SpanIndex(known);
  const isCovered = (t: Token) => covered.overlapsAny(t);
  for (const { sentence, tokens } of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i]!;
      if (!isNameWord(first) || NAME_PARTICLES.has(first.text) || isCovered(first) || isTitleWord(first)) continue;
      let end = i;
      while (end + 1 < tokens.length && end + 1 - i < MAX_NAME_TOKENS && isNameWord(tokens[end + 1]!) && !isCovered(tokens[end + 1]!) && joined(body, tokens[end]!, tokens[end + 1]!)) end++;
      while (end > i && NAME_PARTICLES.has(tokens[end]!.text)) end--;
      // "Commerce Minister Wang Lei": the name starts after the last title word of the run.
      let start = i;
      for (let k = i; k < end; k++) if (isTitleWord(tokens[k]!)) start = k + 1;
      if (start > i) {
        i = start - 1;
        continue;
      }
      if (end === i) continue;
      const span = { start: first.start, end: tokens[end]!.end };
      // "Hong Kong-based", "Berlin-born": a compound modifier, not a name.
      if (/^-\p{Ll}/u.test(body.slice(span.end, span.end + 2))) {
        i = end;
        continue;
      }
      const cue = personCue(body, tokens, i, end, sentence.end);
      // "President Francois Mitterand": a titled name the knowledge base knows in another spelling.
      const respelled = cue?.kind === "title" && cue.role ? personSpelledLike(body.slice(span.start, span.end), cue.role) : null;
      if (respelled) {
        found.push({ ...span, target: { type: "kb", ref: { type: "person", entry: respelled, kind: "name" } }, as: "name", via: "actors/rules/persons:spelling" });
      } else if (cue) {
        found.push({
          ...span,
          target: { type: "person", name: body.slice(span.start, span.end), country: null, role: cue.role, description: cue.description },
          as: "name",
          via: `actors/rules/persons:${cue.kind}`,
        });
      }
      i = end;
    }
  }
  return found;
}

interface Cue {
  kind: "title" | "speech" | "apposition";
  role: string | null;
  description: string | null;
}

function personCue(body: string, tokens: Token[], first: number, last: number, sentenceEnd: number): Cue | null {
  const before = tokens[first - 1];
  const gapBefore = before ? body.slice(before.end, tokens[first]!.start) : "";
  const after = body.slice(tokens[last]!.end, sentenceEnd);
  const apposition = /^,\s+([\p{L}-]+)/u.exec(after);
  const description = apposition && APPOSITION_HEADS.has(apposition[1]!.toLowerCase()) ? describe(after.slice(1)) : null;
  if (before && isTitleWord(before) && /^[ ,]{1,2}$/.test(gapBefore)) {
    return { kind: "title", role: before.text, description: description ?? leadingDescription(body, tokens, first - 1) };
  }
  if (description) return { kind: "apposition", role: null, description };
  if (/^\s+of\s+the\s+\p{Lu}/u.test(after)) return { kind: "apposition", role: null, description: describe(after.replace(/^\s+/, "")) };
  const next = /^,?\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
  if ((before && SPEECH_VERBS.has(before.text.toLowerCase()) && /^\s$/.test(gapBefore)) || (next && SPEECH_VERBS.has(next))) {
    return { kind: "speech", role: null, description: null };
  }
  return null;
}

/** Where an apposition stops: sentence punctuation, a quotation mark, or a new clause. */
const CLAUSE_END = /[.;:!?](?:\s|$)|["“”]|,\s+(?:who|which|said|says|told|added|and\s+(?:is|was|has))\b/u;

/** The apposition up to the end of its clause: ", an analyst at the Institute (XI)." → "an analyst at the Institute (XI)". */
function describe(text: string): string | null {
  const clause = text.replace(/^\s+/, "").split(CLAUSE_END)[0]!.trim();
  const cleaned = clause.replace(/[,.;:\s"“”]+$/u, "");
  return cleaned && cleaned.length <= MAX_DESCRIPTION_LENGTH ? cleaned : null;
}

/** "said Hong Kong-based journalist, Willy Lam": the words of the title phrase before the name. */
function leadingDescription(body: string, tokens: Token[], titleIndex: number): string | null {
  let start = titleIndex;
  while (start > 0) {
    const previous = tokens[start - 1]!;
    const gap = body.slice(previous.end, tokens[start]!.start);
    if (!/^[ -]$/.test(gap) || SPEECH_VERBS.has(previous.text.toLowerCase()) || NOT_NAME_WORDS.has(previous.text)) break;
    start--;
  }
  return start < titleIndex ? body.slice(tokens[start]!.start, tokens[titleIndex]!.end) : null;
}

/**
 * Surnames alone ("Lam said", "Mr. Xi"): of a person named in full earlier in the document, or
 * of a head of state or government (see `leadersInOffice`), when the surname is distinctive.
 */
export function findSurnames(body: string, sentences: readonly SentenceTokens[], known: readonly Candidate[], date: string | null): Candidate[] {
  const bySurname = new Map<string, Candidate["target"]>();
  for (const c of known) {
    if (c.target.type === "person") bySurname.set(lastWord(c.target.name), c.target);
    else if (c.target.type === "kb" && c.target.ref.type === "person") bySurname.set(c.target.ref.entry.surname ?? lastWord(c.target.ref.entry.name), c.target);
  }
  for (const [surname, target] of leadersInOffice(date)) if (!bySurname.has(surname)) bySurname.set(surname, target);
  const found: Candidate[] = [];
  const covered = new SpanIndex(known);
  for (const { tokens } of sentences) {
    for (const token of tokens) {
      const target = bySurname.get(token.text);
      if (!target || covered.overlapsAny(token)) continue;
      found.push({ start: token.start, end: token.end, target, as: "surname", via: "actors/rules/persons:surname" });
    }
  }
  return found;
}

/** Leaders' surnames known without a first mention: only distinctive ones (not "Li", "Xi", "Kim"). */
const MIN_BARE_SURNAME_LENGTH = 4;
const BARE_SURNAME_OFFICES = new Set(["president", "prime-minister", "chancellor", "monarch", "supreme-leader", "premier"]);

interface BareSurnameLeader {
  surname: string;
  person: PersonEntry;
  /** Only the terms in offices whose holders are called by surname alone. */
  terms: Term[];
}

let bareSurnameLeaders: BareSurnameLeader[] | null = null;

/** Who may ever be named by surname alone, found once: a document only checks their dates. */
function leadersWithBareSurnames(): BareSurnameLeader[] {
  bareSurnameLeaders ??= knowledgeBase().persons.flatMap((person) => {
    // A monarch known by regnal name ("Elizabeth II") has no surname to be called by.
    if (person.surname === null) return [];
    const surname = person.surname ?? lastWord(person.name);
    const terms = person.terms.filter((t) => BARE_SURNAME_OFFICES.has(t.office));
    return surname.length >= MIN_BARE_SURNAME_LENGTH && terms.length ? [{ surname, person, terms }] : [];
  });
  return bareSurnameLeaders;
}

/**
 * Heads of state and government whose surname alone names them: those in office on the date, or,
 * in an undated document, any who ever held such an office and share the surname with no other.
 * A surname that several leaders of one state share names that state's government ("President Bush").
 */
function leadersInOffice(date: string | null): Map<string, Candidate["target"]> {
  const day = date ? date.slice(0, 10).padEnd(10, "-01").slice(0, 10) : null;
  let leaders = leadersByDay.get(day);
  if (!leaders) {
    if (leadersByDay.size >= REMEMBERED_DAYS) leadersByDay.clear();
    leadersByDay.set(day, (leaders = surnamesInOffice(day)));
  }
  return leaders;
}

/** A corpus's documents share their days: the leaders in office are worked out once per day (a few hundred kept). */
const REMEMBERED_DAYS = 512;
const leadersByDay = new Map<string | null, Map<string, Candidate["target"]>>();

function surnamesInOffice(day: string | null): Map<string, Candidate["target"]> {
  const leaders = new Map<string, Candidate["target"]>();
  const holders = new Map<string, { person: PersonEntry; terms: Term[] }[]>();
  for (const { surname, person, terms } of leadersWithBareSurnames()) {
    if (day && !terms.some((t) => t.start <= day && (t.end === null || day <= t.end))) continue;
    holders.set(surname, [...(holders.get(surname) ?? []), { person, terms }]);
  }
  for (const [surname, people] of holders) {
    if (people.length === 1) {
      leaders.set(surname, { type: "kb", ref: { type: "person", entry: people[0]!.person, kind: "name" } });
      continue;
    }
    // "President Bush": which of two leaders of one state is unknown, the state's government is not.
    const countries = new Set(people.flatMap(({ terms }) => terms.map((t) => t.country)));
    const [country] = countries;
    if (countries.size === 1 && country) leaders.set(surname, { type: "person", name: surname, country, role: null, description: null, code: `${country}GOV` });
  }
  return leaders;
}

function lastWord(name: string): string {
  return name.split(/[\s-]+/).filter(Boolean).at(-1) ?? name;
}
