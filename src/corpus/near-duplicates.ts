// Near-duplicate detection: MinHash signatures over word shingles and locality-sensitive bands,
// so that wire copy republished with another headline or page furniture is found. Hand-written
// because the signatures are stored and must be the same in every process (library MinHashes seed randomly).
import type { DocRecord } from "../doc/record.js";
import type { BandNeighbour, DocumentStore, GroupedDocument, GroupedSave } from "../store/repo.js";

/** Words per shingle: long enough that two different stories rarely share one. */
const SHINGLE_WORDS = 5;
/** Hash functions per signature, split into bands of rows for candidate lookup (16 × 4 finds pairs above ~0.6 similarity). */
export const SIGNATURE_SIZE = 64;
const ROWS_PER_BAND = 4;
/** Estimated Jaccard similarity from which two documents are copies of one story. */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;

/** FNV-1a, 32 bits: a fast, stable string hash; `seed` continues the hash of what came before. */
function fnv1a(text: string, seed = FNV_OFFSET): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME) >>> 0;
  return hash;
}

/** The i-th of the fixed hash functions: a xorshift mix of the shingle's hash with a constant of i. */
const SALTS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => fnv1a(`dyad-minhash-${i}`));
function mix(value: number, salt: number): number {
  let x = (value ^ salt) >>> 0;
  x ^= x << 13;
  x >>>= 0;
  x ^= x >>> 17;
  x ^= x << 5;
  return x >>> 0;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The hash of every shingle, in text order, repeats included: FNV-1a of its words joined by single
 * spaces (the stored signatures were made so), hashed word by word rather than joined first.
 */
function shingleHashes(text: string): number[] {
  const words = text.toLowerCase().match(WORD) ?? [];
  const hashes: number[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let hash = fnv1a(words[i]!);
    for (let w = i + 1; w < i + SHINGLE_WORDS; w++) hash = fnv1a(words[w]!, Math.imul(hash ^ SPACE, FNV_PRIME));
    hashes.push(hash);
  }
  return hashes;
}

export function minhashSignature(text: string): number[] {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingleHashes(text)) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = mix(shingle, SALTS[i]!);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return Array.from(signature);
}

/** Estimated Jaccard similarity: the share of positions where two signatures agree. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** One key per band: documents sharing a key are candidates. */
export function bandKeys(signature: readonly number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b < SIGNATURE_SIZE / ROWS_PER_BAND; b++) keys.push(`${b}:${signature.slice(b * ROWS_PER_BAND, (b + 1) * ROWS_PER_BAND).join(".")}`);
  return keys;
}

/**
 * Stores records, in order and in one transaction, marking each as a copy of the story of the most
 * similar stored document (earlier ones of the batch included) when one is similar enough. Copies
 * keep their own record; the story is counted once downstream. The store looks the candidates up
 * and writes in one step, so copies stored at once by several writers are grouped all the same.
 */
export async function saveWithDuplicates(store: DocumentStore, records: readonly DocRecord[]): Promise<GroupedSave[]> {
  return store.saveGrouped(records.map((record): GroupedDocument => {
    const signature = minhashSignature(record.body);
    return { record, fingerprint: { signature, bands: bandKeys(signature) }, storyOf: (neighbours) => storyOf(record.id, signature, neighbours) };
  }));
}

/** The story of the most similar neighbour, if similar enough: its own id, or the story it copies. */
function storyOf(id: string, signature: readonly number[], neighbours: readonly BandNeighbour[]): string | null {
  let best: { root: string; score: number } | null = null;
  for (const neighbour of neighbours) {
    if (neighbour.id === id) continue;
    const score = similarity(signature, neighbour.signature);
    if (score >= NEAR_DUPLICATE_SIMILARITY && (!best || score > best.score)) best = { root: neighbour.duplicateOf ?? neighbour.id, score };
  }
  return best?.root ?? null;
}
