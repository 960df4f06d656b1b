// Memory does not grow with the input: a crawl six times larger is ingested in about the same
// peak resident memory, because every stage streams and reading waits for the workers and the store.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { measureIngest, type MeasuredIngest } from "../eval/measure-ingest.js";
import { emptyMix, paddedCrawl } from "../eval/synthetic-corpus.js";
import { writeWarc } from "../eval/warc-writer.js";
import { scratch } from "./helpers.js";

const MB = 1024 * 1024;
/**
 * The same articles in both crawls, padded with large records that are no articles (images, PDFs)
 * to either size: what differs is the input's size, not the work. (More articles make the workers'
 * heaps peak higher between collections, whatever the input's size: `npm run bench:corpus -- --warc-gb 1`.)
 */
const ARTICLES = 60;
/** Room for the noise of garbage collection; a reader that held its input, or ran ahead of the workers, would exceed it by far. */
const ALLOWED_GROWTH_MB = 64;

async function crawlOf(megabytes: number, dir: string): Promise<{ path: string; articles: number }> {
  const path = join(dir, `crawl-${megabytes}mb.warc`);
  await writeWarc(path, paddedCrawl(ARTICLES, megabytes * MB, emptyMix()));
  return { path, articles: ARTICLES };
}

describe("memory", () => {
  let small: MeasuredIngest & { articles: number };
  let large: MeasuredIngest & { articles: number };
  beforeAll(async () => {
    const dir = scratch();
    const [smallCrawl, largeCrawl] = [await crawlOf(20, dir), await crawlOf(120, dir)];
    small = { ...measureIngest(smallCrawl.path, 2), articles: smallCrawl.articles };
    large = { ...measureIngest(largeCrawl.path, 2), articles: largeCrawl.articles };
  });

  it("memory: ingesting a 120 MB WARC takes little more peak memory than a 20 MB one", () => {
    for (const run of [small, large]) {
      expect(run.status).toBe(0);
      expect(run.summary).toMatchObject({ added: run.articles, failed: 0 });
    }
    expect(large.peakRssMb, `peak RSS: 20 MB crawl ${small.peakRssMb.toFixed(0)} MB, 120 MB crawl ${large.peakRssMb.toFixed(0)} MB`).toBeLessThan(small.peakRssMb + ALLOWED_GROWTH_MB);
  });
});
