// The actor stage's word lists (data/cues.json) compiled once into sets.
import cues from "./data/cues.json" with { type: "json" };

const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));

export const TITLES = new Set(cues.titles);
/** Every word of a title ("Secretary of State" gives "secretary" and "state"), without the small words. */
export const TITLE_WORDS_LOWER = new Set([...lower(cues.titles.flatMap((t) => t.split(/\s+/)))].filter((w) => !["of", "the", "and"].includes(w)));
export const APPOSITION_HEADS = lower(cues.appositionHeads);
export const SPEECH_VERBS = lower(cues.speechVerbs);
export const LOCATION_PREPOSITIONS = lower(cues.locationPrepositions);
export const NAME_PARTICLES = new Set(cues.nameParticles);
export const NOT_NAME_WORDS = new Set(cues.notNameWords);
export const ORGANISATION_HEADS = new Set(cues.organisationHeads);
export const ORGANISATION_CONNECTORS = new Set(cues.organisationConnectors);
/** The CAMEO sector of an unknown organisation by its head noun ("Ministry" → GOV). */
export const ORGANISATION_ROLES = new Map(Object.entries(cues.organisationRoles).flatMap(([role, heads]) => heads.map((head) => [head, role] as const)));
export const PAIR_PHRASES = cues.pairPhrases;
export const COUNTERPART_WORDS = lower(cues.counterpart);
