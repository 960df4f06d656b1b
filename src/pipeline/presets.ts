// Named pipelines; each is one literal list of stage names in run order.
import type { StageName } from "./registry.js";

export const presets = {
  default: ["decode", "clean", "meta", "segment", "pubdate", "timex", "actors", "quantities", "events", "quotes"],
} as const satisfies Record<string, readonly StageName[]>;

export type PresetName = keyof typeof presets;
