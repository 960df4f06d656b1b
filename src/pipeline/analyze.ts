// Checks a pipeline before it runs: every layer a stage requires must be assigned by an
// earlier stage. Reports every problem at once as a ConfigError.
import type { Layer } from "../doc/model.js";
import type { Component } from "./component.js";
import { ConfigError } from "./errors.js";

export interface StageRow {
  name: string;
  description: string;
  requires: readonly Layer[];
  assigns: readonly Layer[];
}

export function analyzePipeline(stages: readonly Component[]): StageRow[] {
  const available = new Set<Layer>();
  const problems: string[] = [];
  for (const stage of stages) {
    for (const layer of stage.requires) {
      if (!available.has(layer)) problems.push(`${stage.name}: requires "${layer}", which no earlier stage assigns`);
    }
    for (const layer of stage.assigns) available.add(layer);
  }
  if (problems.length) throw new ConfigError(problems);
  return stages.map(({ name, description, requires, assigns }) => ({ name, description, requires, assigns }));
}
