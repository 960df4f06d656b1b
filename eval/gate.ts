// The quality gate: compares a suite's figures with the floors the issues set (eval/floors.json).
// A figure below its floor, or missing, is a failure; it never edits the floors.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, type Metrics } from "./suites.js";

export type Floors = Record<string, Record<string, number | string>>;

export function loadFloors(): Floors {
  return JSON.parse(readFileSync(join(ROOT, "eval", "floors.json"), "utf8")) as Floors;
}

export interface FloorCheck {
  metric: string;
  floor: number;
  value: number | null;
  ok: boolean;
}

export function checkFloors(suite: string, metrics: Metrics, floors: Floors = loadFloors()): FloorCheck[] {
  return Object.entries(floors[suite] ?? {})
    .filter((entry): entry is [string, number] => !entry[0].startsWith("_") && typeof entry[1] === "number")
    .map(([metric, floor]) => {
      const value = metrics[metric] ?? null;
      return { metric, floor, value, ok: value !== null && value >= floor };
    });
}
