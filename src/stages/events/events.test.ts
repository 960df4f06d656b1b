// Table-driven tests of the events stage over fixtures/*.json: each case runs through segmentation,
// dates and actors first, as in the pipeline; expected events match on code prefix, sides and date.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DyadEvent } from "../../doc/model.js";
import { findActors } from "../actors/index.js";
import { splitSentences } from "../segment/index.js";
import { findTimexes } from "../timex/find-timexes.js";
import { findEvents } from "./index.js";

interface Expected {
  cameo: string;
  source?: string;
  /** A country or IGO code; null for an event with no target. */
  target?: string | null;
  date?: string;
  mode?: string;
  negated?: boolean;
}

interface Case {
  text: string;
  ref: string;
  expect: Expected[];
  absent?: Expected[];
}

const matches = (event: DyadEvent, want: Expected) =>
  event.cameo.startsWith(want.cameo) &&
  (want.source === undefined || event.source.country === want.source) &&
  (want.target === undefined || event.target.country === want.target) &&
  (want.date === undefined || event.date === want.date) &&
  (want.mode === undefined || event.mode === want.mode) &&
  (want.negated ?? false) === event.negated;

const show = (events: DyadEvent[]) => events.map((e) => `${e.cameo} ${e.source.country}->${e.target.country} ${e.date}${e.negated ? " negated" : ""}`).join("; ");

const dir = new URL("./fixtures/", import.meta.url);
for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
  const cases = (JSON.parse(readFileSync(new URL(file, dir), "utf8")) as { cases: Case[] }).cases;
  describe(`events: ${file}`, () => {
    for (const c of cases) {
      it(c.text.slice(0, 80), () => {
        const sentences = splitSentences(c.text, [{ start: 0, end: c.text.length }]);
        const timexes = findTimexes(c.text, c.ref);
        const actors = findActors(c.text, sentences, c.ref);
        const found = findEvents({ id: "case", body: c.text, sentences, timexes, actors, published: c.ref });
        for (const want of c.expect) expect(found.some((e) => matches(e, want)), `want ${JSON.stringify(want)}, got ${show(found)}`).toBe(true);
        for (const unwanted of c.absent ?? []) expect(found.some((e) => matches(e, unwanted)), `unwanted ${JSON.stringify(unwanted)}, got ${show(found)}`).toBe(false);
      });
    }
  });
}
