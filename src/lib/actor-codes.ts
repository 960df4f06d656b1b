// CAMEO actor codes shared by the events stage, which writes them, and the corpus views, which read them.

/** CAMEO's sector for unidentified armed forces: who did an act no one claims, known only by where it happened. */
export const UNIDENTIFIED = "UAF";

/** An actor known only by the state where its act happened ("IRQUAF"): no side of a relationship. */
export const isUnidentified = (actor: { code: string; country: string | null }) => !!actor.country && actor.code === `${actor.country}${UNIDENTIFIED}`;
