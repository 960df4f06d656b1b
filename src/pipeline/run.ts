// Runs a checked pipeline over one input: builds the Doc, calls each stage with its
// context, enforces that a stage writes only what it assigns, and collects warnings.
import type { Doc, RawInput } from "../doc/model.js";
import { analyzePipeline } from "./analyze.js";
import type { Component, RunContext } from "./component.js";
import { DyadError, InternalError, StageError } from "./errors.js";
import { presets, type PresetName } from "./presets.js";
import { compileRegExpsAtFirstUse } from "./regexp-tiering.js";
import { registry } from "./registry.js";

export interface Pipeline {
  readonly stages: readonly Component[];
  readonly options: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export function buildPipeline(preset: PresetName = "default", options: Pipeline["options"] = {}): Pipeline {
  compileRegExpsAtFirstUse();
  const stages = presets[preset].map((name) => registry[name] as unknown as Component);
  analyzePipeline(stages);
  return { stages, options };
}

export interface RunResult {
  doc: Partial<Doc> & Pick<Doc, "id" | "input">;
  warnings: string[];
}

/**
 * Runs every stage in order. An input problem (empty, binary) is rethrown as is: the caller
 * reports it per file. Any other failure becomes a StageError naming the stage and document.
 */
export function runPipeline(pipeline: Pipeline, input: RawInput, trace?: (message: string) => void): RunResult {
  const doc: Partial<Doc> & Pick<Doc, "id" | "input"> = { id: input.id, input };
  const warnings: string[] = [];
  for (const stage of pipeline.stages) {
    const ctx: RunContext = {
      options: pipeline.options[stage.name] ?? {},
      warn: (message) => warnings.push(message),
      trace: (message) => trace?.(`${stage.name} ${doc.id}: ${message()}`),
    };
    let written: Record<string, unknown>;
    try {
      written = stage.run(doc as Doc, ctx) as Record<string, unknown>;
    } catch (error) {
      if (error instanceof DyadError) throw error;
      throw new StageError(stage.name, doc.id, error);
    }
    const extra = Object.keys(written).filter((key) => !(stage.assigns as readonly string[]).includes(key));
    if (extra.length) throw new InternalError(`stage ${stage.name} wrote undeclared layers: ${extra.join(", ")}`);
    Object.assign(doc, written);
  }
  return { doc, warnings };
}
