// A stand-in for the pipeline's worker module (src/pipeline/analyse.ts) for test/pool.test.ts:
// "exits" ends its worker thread every time; "large" needs more heap than a capped worker has.
import { getHeapStatistics } from "node:v8";

/** A worker capped by the pool has less heap than this (432 MB for a 384 MB old generation); V8's default is larger on any machine of 4 GB or more. */
export const CAPPED_BELOW = 512 * 1024 ** 2;

export default function analyse(input) {
  if (input.id === "exits") process.exit(3);
  if (input.id === "large" && getHeapStatistics().heap_size_limit < CAPPED_BELOW) {
    const held = [];
    for (;;) held.push(new Array(100_000).fill(held.length));
  }
  // The heap this worker had, in place of a record: tests tell the capped workers from the other.
  return { ok: true, record: { id: input.id, heapLimit: getHeapStatistics().heap_size_limit }, warnings: [] };
}
