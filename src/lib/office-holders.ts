// Office holders named with their title ("Foreign Minister Jane Roe", "the chancellor, Max
// Muster"): the article was written while they held that office, which bounds its date.
import { knowledgeBase, matchNames, type PersonEntry } from "./knowledge-base.js";
import { tokenize } from "./tokens.js";

/** Titles and the offices of the knowledge base they name. */
const TITLE_OFFICES: { pattern: RegExp; office: string }[] = [
  { pattern: /\bprime minister\b|\bPM\b/i, office: "prime-minister" },
  { pattern: /\bvice[- ]president\b/i, office: "vice-president" },
  { pattern: /\bpresident\b/i, office: "president" },
  { pattern: /\bchancellor\b/i, office: "chancellor" },
  { pattern: /\bpremier\b/i, office: "premier" },
  { pattern: /\bforeign (?:minister|secretary)\b|\bsecretary of state\b|\btop diplomat\b/i, office: "foreign-minister" },
  { pattern: /\bsecretary[- ]general\b/i, office: "secretary-general" },
  { pattern: /\bgeneral secretary\b/i, office: "general-secretary" },
  { pattern: /\bsupreme leader\b/i, office: "supreme-leader" },
  { pattern: /\b(?:king|queen|emperor|emir)\b/i, office: "monarch" },
];
/** How far before a name its title may stand ("Germany's foreign minister, Jane Roe"). */
const TITLE_REACH = 40;
/** Titles held no longer: they bound nothing. */
const PAST_TITLE = /\b(?:former|ex-|then|late|previous|onetime|one-time)\b/i;

export interface OfficeMention {
  person: PersonEntry;
  office: string;
  /** First day of the first term in that office and last day of the last one (null: still in office). */
  from: string;
  until: string | null;
  start: number;
  end: number;
}

export function findOfficeHolders(body: string): OfficeMention[] {
  knowledgeBase();
  const tokens = tokenize(body);
  const found: OfficeMention[] = [];
  for (const match of matchNames(body, tokens)) {
    const ref = match.refs.find((r) => r.type === "person");
    if (!ref || ref.type !== "person") continue;
    const start = tokens[match.first]!.start;
    const before = body.slice(Math.max(0, start - TITLE_REACH), start);
    const lead = before.split(/[.;:!?"“”]/).at(-1) ?? "";
    if (PAST_TITLE.test(lead)) continue;
    const title = TITLE_OFFICES.find((t) => t.pattern.test(lead));
    const terms = title ? ref.entry.terms.filter((t) => t.office === title.office) : [];
    if (!title || !terms.length) continue;
    const ends = terms.map((t) => t.end);
    found.push({
      person: ref.entry,
      office: title.office,
      from: terms.map((t) => t.start).sort()[0]!,
      until: ends.includes(null) ? null : (ends as string[]).sort().at(-1)!,
      start,
      end: tokens[match.last]!.end,
    });
  }
  return found;
}
