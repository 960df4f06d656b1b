// Refiner: drops reported speech whose speaker names no one ("officials say ...", "experts believe ..."):
// without a speaker a reported clause is just narrative. Direct quotes are kept whatever their speaker.
import type { Refiner } from "../types.js";

export const dropAnonymousReported: Refiner = (_ctx, candidates) =>
  candidates.filter((c) => c.direct || c.resolved?.name);
