// CAMEO actor codes shared by the events stage, which writes them, and the corpus views, which read them.

/** CAMEO's sector for unidentified armed forces: who did an act no one claims, known only by where it happened. */
export const UNIDENTIFIED = "UAF";

/** A territory with a CAMEO code of its own ("HKGCVL" for Hong Kong, of CHN): three letters, then the sector. */
const TERRITORY_CODE = /^[A-Z]{3}(?=[A-Z]{3})/;

/**
 * The sector part of an actor code: what follows its country ("RUSGOV" → GOV, "UNMIL" → MIL) or its
 * territory ("HKGCVL" → CVL); "" for a state, an organisation or a person coded by country alone.
 */
export function codeSector(actor: { code: string; country: string | null }): string {
  const base = actor.country && actor.code.startsWith(actor.country) ? actor.country : (TERRITORY_CODE.exec(actor.code)?.[0] ?? actor.code);
  return actor.code.slice(base.length, base.length + 3);
}

/** An actor known only by the place where its act happened ("IRQUAF"): no side of a relationship. */
export const isUnidentified = (actor: { code: string; country: string | null }) => !!actor.country && codeSector(actor) === UNIDENTIFIED;
