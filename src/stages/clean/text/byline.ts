// Reads the names out of a byline line ("Author: Jane Doe / jd", "By A and B", "(Rewritten by X)").
// A line whose remainder is not a list of personal names is no byline ("By the end of May, ...").
import { BYLINE } from "./lexicon.js";

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|van|von|der|de|da|di|del|al|bin|ibn|la|le)$/u;
const NAME_SEPARATORS = /\s*(?:,|;|&|\/|\||\band\b|\bund\b|\bet\b|\by\b)\s*/u;
const MAX_NAME_WORDS = 4;

function isPersonName(candidate: string): boolean {
  const words = candidate.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return false;
  return words.every((w) => NAME_WORD.test(w)) && /^\p{Lu}/u.test(words.at(-1)!);
}

/** The personal names of a byline, or null when the line is not a byline. */
export function parseByline(line: string): string[] | null {
  const names = BYLINE.exec(line.trim())?.groups?.names;
  if (!names) return null;
  const pieces = names.replace(/\.$/, "").split(NAME_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  const persons = pieces.filter(isPersonName);
  // Lower-case leftovers are editors' initials ("/ als"); anything else means prose.
  const strangers = pieces.filter((p) => !isPersonName(p) && !/^\p{Ll}{1,4}$/u.test(p));
  return persons.length && !strangers.length ? persons : null;
}
