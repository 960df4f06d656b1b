import { describe, expect, it } from "vitest";
import type { RawInput } from "../src/doc/model.js";
import { createAnalyser } from "../src/pipeline/pool.js";
// @ts-expect-error: a plain ES module, loaded by worker threads as is
import { CAPPED_BELOW } from "./support/fragile-worker.mjs";

const FRAGILE_WORKER = new URL("./support/fragile-worker.mjs", import.meta.url).href;
const input = (id: string): RawInput => ({ id, source: { path: `${id}.txt`, url: null }, format: "text", bytes: Buffer.from("Text."), sidecar: null, contentHash: id });

describe("pool", () => {
  it("pool: an input that ends its worker fails alone, with the reason; the inputs queued beside it are analysed", async () => {
    const analyser = createAnalyser(2, FRAGILE_WORKER);
    try {
      const ids = ["a", "b", "exits", "c", "d", "e"];
      const analyses = await Promise.all(ids.map((id) => analyser.analyse(input(id))));
      expect(analyses.map((a) => a.ok)).toEqual([true, true, false, true, true, true]);
      expect(analyses[2]).toMatchObject({ ok: false, reason: expect.stringMatching(/worker thread stopped on this input: .*exited with code: 3/) });
    } finally {
      await analyser.close();
    }
  });

  it("pool: an input too large for a worker's capped heap is analysed again alone, without the cap", async () => {
    const analyser = createAnalyser(2, FRAGILE_WORKER);
    try {
      const analyses = await Promise.all(["a", "large", "b"].map((id) => analyser.analyse(input(id))));
      const heapLimits = analyses.map((a) => (a.ok ? (a.record as unknown as { heapLimit: number }).heapLimit : 0));
      expect(heapLimits[0]).toBeLessThan(CAPPED_BELOW);
      expect(heapLimits[1]).toBeGreaterThanOrEqual(CAPPED_BELOW);
      expect(heapLimits[2]).toBeLessThan(CAPPED_BELOW);
    } finally {
      await analyser.close();
    }
  }, 60_000);
});
