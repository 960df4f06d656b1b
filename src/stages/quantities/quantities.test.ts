// Table-driven tests of the quantities stage over fixtures/*.json: each case's sentences run
// through segmentation, dates and actors first, as in the pipeline. Adding a case is adding data.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findActors } from "../actors/index.js";
import { splitSentences } from "../segment/index.js";
import { findTimexes } from "../timex/find-timexes.js";
import { findQuantities } from "./index.js";

interface Case {
  name: string;
  ref: string;
  text: string;
  expect: Record<string, unknown>[];
}

const dir = new URL("./fixtures/", import.meta.url);
for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
  const cases = (JSON.parse(readFileSync(new URL(file, dir), "utf8")) as { cases: Case[] }).cases;
  describe(`quantities: ${file}`, () => {
    for (const c of cases) {
      it(`quantities: ${c.name}`, () => {
        const sentences = splitSentences(c.text, [{ start: 0, end: c.text.length }]);
        const timexes = findTimexes(c.text, c.ref);
        const actors = findActors(c.text, sentences, c.ref);
        const found = findQuantities({ body: c.text, sentences, timexes, actors });
        expect(found.map((q) => ({ ...q, via: undefined }))).toHaveLength(c.expect.length);
        c.expect.forEach((expected, i) => expect(found[i]).toMatchObject(expected));
        for (const q of found) expect(c.text.slice(q.start, q.end)).toBe(q.text);
      });
    }
  });
}
