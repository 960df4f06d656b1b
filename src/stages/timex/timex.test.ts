// Runs every fixture file of fixtures/ (one describe per file, one test per case): timex cases compare
// the timexes found with `expect`; pubdate cases compare the inferred date with `published`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Doc, Meta } from "../../doc/model.js";
import type { RunContext } from "../../pipeline/component.js";
import { findTimexes, pubdate, timex } from "./index.js";
import { inferPublished } from "./pubdate.js";

interface ExpectedTimex {
  text: string;
  value: string;
  type: string;
}

interface FixtureCase {
  text: string;
  ref?: string | null;
  expect?: ExpectedTimex[];
  /** Pubdate cases: the date inferred from the text alone (null: nothing can be inferred). */
  published?: string | null;
}

interface FixtureFile {
  behaviour: string;
  cases: FixtureCase[];
}

const fixtureDir = join(fileURLToPath(new URL(".", import.meta.url)), "fixtures");
const fixtureFiles = readdirSync(fixtureDir).filter((f) => f.endsWith(".json")).sort();
const fixtures = fixtureFiles.map((f) => JSON.parse(readFileSync(join(fixtureDir, f), "utf8")) as FixtureFile);

describe.each(fixtures.map((f) => [f.behaviour, f] as const))("timex: %s", (_behaviour, file) => {
  it.each(file.cases.map((c) => [c.text, c] as const))("%s", (_text, c) => {
    if (c.published !== undefined) {
      expect(inferPublished(c.text, [])?.published ?? null).toBe(c.published);
      return;
    }
    const found = findTimexes(c.text, c.ref ?? null);
    for (const t of found) {
      expect(t.text).toBe(c.text.slice(t.start, t.end));
      expect(t.via).toMatch(/^timex\/rules\/[a-z-]+$/);
    }
    expect(found.map(({ text, value, type }) => ({ text, value, type }))).toEqual(c.expect ?? []);
  });
});

describe("timex: fixture coverage", () => {
  it("has at least 150 cases, a negative file and a pubdate file", () => {
    expect(fixtures.reduce((n, f) => n + f.cases.length, 0)).toBeGreaterThanOrEqual(150);
    expect(fixtureFiles).toContain("negative.json");
    expect(fixtures.some((f) => f.cases.some((c) => c.published !== undefined))).toBe(true);
  });
});

const ctx: RunContext = { options: {}, warn: () => {}, trace: () => {} };
const meta = (published: string | null): Meta => ({
  title: "A title", outlet: "An outlet", authors: ["A. Writer"], published, publishedFrom: published ? "text" : null, language: "en",
});
const docWith = (body: string, published: string | null) =>
  ({ id: "t", input: {} as Doc["input"], body, sentences: [], meta: meta(published) }) as unknown as Doc;

describe("timex: components", () => {
  const body = "The leaders met on Thursday on the sidelines of the summit in Samarkand, where the Shanghai Cooperation Organization gathered.";

  it("pubdate infers a date only when the page has none, keeping the rest of meta", () => {
    const inferred = pubdate.run(docWith(body, null), ctx).meta;
    expect(inferred).toMatchObject({ ...meta(null), published: "2022-09-15", publishedFrom: "inferred" });
    expect(inferred.publishedConfidence).toBeGreaterThan(0);
    expect(inferred.publishedConfidence).toBeLessThanOrEqual(1);
    expect(pubdate.run(docWith(body, "2022-09-16"), ctx).meta).toEqual(meta("2022-09-16"));
  });

  it("timex resolves against meta.published and leaves weekdays open when only the year is known", () => {
    expect(timex.run(docWith(body, "2022-09-16"), ctx).timexes.map((t) => t.value)).toEqual(["2022-09-15"]);
    expect(timex.run(docWith(body, "2022"), ctx).timexes.map((t) => t.value)).toEqual(["XXXX-WXX-4"]);
  });
});
