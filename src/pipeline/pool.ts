// Runs analyses on a pool of worker threads (piscina) when more than one job is asked for, or
// in this thread otherwise. Callers see one async function either way.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { RawInput } from "../doc/model.js";
import { analyseInput, type Analysis } from "./analyse.js";
import { messageOf } from "./errors.js";
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
/**
 * Each worker's old-generation heap, in MB. A worker's live heap stays near 85 MB, but V8 collects
 * lazily: uncapped, a 2-job ingest grew to 1.0–1.1 GB resident over 3,000–10,000 generated articles,
 * past the 1 GB bound; capped here, 590–670 MB, for about 3% more time. An input that needs more is
 * run again alone without the cap (see analyseAlone).
 */
const WORKER_HEAP_MB = 384;

const ANALYSE_MODULE = new URL("./analyse.js", import.meta.url).href;

/** `worker`: the module whose default export analyses one input in a worker thread (tests pass their own). */
export function createAnalyser(jobs: number, worker = ANALYSE_MODULE): Analyser {
  if (jobs <= 1) {
    const pipeline = buildPipeline();
    return { jobs: 1, capacity: IN_THREAD_CAPACITY, analyse: async (input) => analyseInput(pipeline, input), close: async () => {} };
  }
  const pool = new Piscina({
    filename: worker,
    minThreads: jobs,
    maxThreads: jobs,
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  // A task is rejected only when its worker died (analyses report their own failures): out of
  // memory, or a crash in native code. Every input queued in that worker is lost with it, so each
  // is run again, alone, in a worker without the heap cap: the others get through, a large input
  // gets the memory it needs, and one that kills its worker again fails alone, with the reason.
  let alone: Piscina | undefined;
  let closing = false;
  const analyseAlone = async (input: RawInput): Promise<Analysis> => {
    alone ??= new Piscina({ filename: worker, minThreads: 0, maxThreads: 1 });
    try {
      return (await alone.run(input)) as Analysis;
    } catch (error) {
      return { ok: false, reason: `the pipeline's worker thread stopped on this input: ${messageOf(error)}` };
    }
  };
  return {
    jobs,
    capacity: jobs * TASKS_PER_WORKER,
    analyse: (input) => (pool.run(input) as Promise<Analysis>).catch((error: unknown) => (closing ? Promise.reject(error) : analyseAlone(input))),
    close: async () => {
      closing = true;
      await pool.destroy();
      await alone?.destroy();
    },
  };
}
