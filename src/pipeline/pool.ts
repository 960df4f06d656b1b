// Runs analyses on a pool of worker threads (piscina) when more than one job is asked for, or
// in this thread otherwise. Callers see one async function either way.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { RawInput } from "../doc/model.js";
import { analyseInput, type Analysis } from "./analyse.js";
import { buildPipeline } from "./run.js";

export interface Analyser {
  analyse(input: RawInput): Promise<Analysis>;
  close(): Promise<void>;
  jobs: number;
}

export const DEFAULT_JOBS = availableParallelism();

export function createAnalyser(jobs: number): Analyser {
  if (jobs <= 1) {
    const pipeline = buildPipeline();
    return { jobs: 1, analyse: async (input) => analyseInput(pipeline, input), close: async () => {} };
  }
  const pool = new Piscina({ filename: new URL("./analyse.js", import.meta.url).href, minThreads: jobs, maxThreads: jobs });
  return {
    jobs,
    analyse: (input) => pool.run(input) as Promise<Analysis>,
    close: () => pool.destroy(),
  };
}
