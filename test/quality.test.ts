// The quality gate in npm test: every suite in eval/floors.json is run with the built CLI and
// each figure must reach its floor. Floors come from the issues; they are never lowered here.
import { describe, expect, it } from "vitest";
import { checkFloors, loadFloors } from "../eval/gate.js";
import { suites, type SuiteName } from "../eval/suites.js";

const floors = loadFloors();

describe("quality", () => {
  const hasFloors = (suite: string) => Object.keys(floors[suite] ?? {}).some((k) => !k.startsWith("_"));
  for (const name of Object.keys(floors).filter((k) => !k.startsWith("_") && hasFloors(k)) as SuiteName[]) {
    it(`quality: ${name} reaches its floors`, () => {
      const result = suites[name]();
      const failures = checkFloors(name, result.metrics).filter((c) => !c.ok);
      expect(failures, result.report).toEqual([]);
    });
  }
});
