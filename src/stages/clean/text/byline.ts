// Reads the names out of a byline line ("Author: Jane Doe / jd", "By A and B", "(Rewritten by X)").
// A line whose remainder is not a list of personal names is no byline ("By the end of May, ...").
import { BYLINE, EDITOR_LINE } from "./lexicon.js";

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|van|von|der|de|da|di|del|al|bin|ibn|la|le)$/u;
const NAME_SEPARATORS = /\s*(?:,|;|&|\/|\||\band\b|\bund\b|\bet\b|\by\b)\s*/u;
const MAX_NAME_WORDS = 4;

function isPersonName(candidate: string): boolean {
  const words = candidate.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return false;
  return words.every((w) => NAME_WORD.test(w)) && /^\p{Lu}/u.test(words.at(-1)!);
}

/**
 * Personal names in a list ("A and B / xx"); null unless every piece is a name or a one-word
 * desk code, initials or place ("/ als", "/ LD", ", Moscow"), so that prose never passes.
 */
function namesOf(list: string): string[] | null {
  const pieces = list.replace(/\.$/, "").split(NAME_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  const persons = pieces.filter(isPersonName);
  const strangers = pieces.filter((p) => !isPersonName(p) && /\s/.test(p));
  return persons.length && !strangers.length ? persons : null;
}

/** The personal names of a byline, or null when the line is not a byline. Editors after ";" are left out. */
export function parseByline(line: string): string[] | null {
  const names = BYLINE.exec(line.trim().replace(/;[^;]*$/u, (tail) => (EDITOR_LINE.test(tail.slice(1).trim()) ? "" : tail)))?.groups?.names;
  return names ? namesOf(names) : null;
}

/** A byline without a prefix, as wire copy prints it: "Jane Doe, Geneva" (one name, maybe a place). */
export function parseBareByline(line: string): string[] | null {
  const [name, place, ...rest] = line.trim().split(/\s*,\s*/);
  if (!name || rest.length || !isPersonName(name)) return null;
  if (place !== undefined && !/^\p{Lu}[\p{L}.'’ -]{1,30}$/u.test(place)) return null;
  return [name];
}
