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
  /** How many inputs to hand it at once so that no job waits for the next. */
  capacity: number;
}

export const DEFAULT_JOBS = availableParallelism();

/**
 * Inputs queued in each worker. The store's transactions hold the main thread for tens of
 * milliseconds, during which it cannot hand a worker its next task: with one task each, the
 * workers of a 2-job ingest waited 13–17% of the time; with 16, about 3% (3,000 generated articles).
 */
const TASKS_PER_WORKER = 16;
/** In this thread reading ahead only overlaps file reads with analysis. */
const IN_THREAD_CAPACITY = 4;

export function createAnalyser(jobs: number): Analyser {
  if (jobs <= 1) {
    const pipeline = buildPipeline();
    return { jobs: 1, capacity: IN_THREAD_CAPACITY, analyse: async (input) => analyseInput(pipeline, input), close: async () => {} };
  }
  const pool = new Piscina({
    filename: new URL("./analyse.js", import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    concurrentTasksPerWorker: TASKS_PER_WORKER,
  });
  return {
    jobs,
    capacity: jobs * TASKS_PER_WORKER,
    analyse: (input) => pool.run(input) as Promise<Analysis>,
    close: () => pool.destroy(),
  };
}
