import { describe, expect, it } from "vitest";
import type { RawInput } from "../src/doc/model.js";
import { analyzePipeline } from "../src/pipeline/analyze.js";
import { defineComponent, type Component } from "../src/pipeline/component.js";
import { ConfigError, InternalError, StageError } from "../src/pipeline/errors.js";
import { registry } from "../src/pipeline/registry.js";
import { runPipeline } from "../src/pipeline/run.js";

const input: RawInput = { id: "x", source: { path: null, url: null }, format: "text", bytes: Buffer.from("Some text here."), sidecar: null, contentHash: "0" };

describe("pipeline", () => {
  it("pipeline: rejects a stage whose requirements no earlier stage assigns", () => {
    expect(() => analyzePipeline([registry.meta as unknown as Component, registry.decode as unknown as Component])).toThrow(ConfigError);
    try {
      analyzePipeline([registry.segment as unknown as Component]);
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'segment: requires "body", which no earlier stage assigns',
        'segment: requires "paragraphs", which no earlier stage assigns',
      ]);
    }
  });

  it("pipeline: a stage that writes an undeclared layer is a bug", () => {
    const sneaky = defineComponent({ name: "sneaky", description: "", requires: [], assigns: ["text"], run: () => ({ text: "a", body: "b" }) as never });
    expect(() => runPipeline({ stages: [sneaky as unknown as Component], options: {} }, input)).toThrow(InternalError);
  });

  it("pipeline: a stage that throws becomes a StageError naming stage and document", () => {
    const broken = defineComponent({ name: "broken", description: "", requires: [], assigns: ["text"], run: () => { throw new TypeError("boom"); } });
    expect(() => runPipeline({ stages: [broken as unknown as Component], options: {} }, input)).toThrow(/stage broken failed on x: boom/);
    expect(() => runPipeline({ stages: [broken as unknown as Component], options: {} }, input)).toThrow(StageError);
  });

  it("pipeline: collects warnings per document", () => {
    const warns = defineComponent({ name: "warns", description: "", requires: [], assigns: ["text"], run: (_doc, ctx) => { ctx.warn("careful"); return { text: "t" }; } });
    expect(runPipeline({ stages: [warns as unknown as Component], options: {} }, input).warnings).toEqual(["careful"]);
  });
});
