// The timex refiners in run order: drop page furniture, keep the longest of overlapping candidates, merge
// neighbours into one expression, then resolve anaphora (which needs the final order of dates).
import { RULES } from "../rules/index.js";
import type { Refiner } from "../types.js";
import { dropFurniture } from "./drop-furniture.js";
import { longestWins } from "./longest-wins.js";
import { mergeAdjacent } from "./merge-adjacent.js";
import { resolveAnaphora } from "./resolve-anaphora.js";

export const REFINERS: readonly Refiner[] = [
  dropFurniture, longestWins(RULES.map((r) => r.name)), mergeAdjacent, resolveAnaphora,
];
