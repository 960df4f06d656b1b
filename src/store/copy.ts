// Copies every document of one store into another, whatever their backends: ids, content hashes,
// times, near-duplicate marks and signatures are kept, and the target's search index follows its
// writes. Reads and writes through the store contract only; no SQL.
import type { DocumentStore, SaveOutcome } from "./repo.js";

/** Documents per transaction of the target: big enough that a copy is not round trips, small enough to hold in memory. */
export const COPY_BATCH_SIZE = 200;

export type CopySummary = Record<SaveOutcome, number>;

/**
 * Copies in batches, each written in one transaction: documents the target lacks are added, those
 * it holds with other content are replaced, the same are left alone; so an interrupted copy, run
 * again, finishes the rest. Documents only the target holds stay.
 */
export async function copyStore(from: DocumentStore, to: DocumentStore, batchSize = COPY_BATCH_SIZE): Promise<CopySummary> {
  const summary: CopySummary = { added: 0, updated: 0, unchanged: 0 };
  for await (const batch of from.exportDocuments(batchSize)) {
    for (const outcome of await to.importDocuments(batch)) summary[outcome]++;
  }
  return summary;
}
