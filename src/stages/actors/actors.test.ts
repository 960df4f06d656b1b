// Table-driven tests of actor recognition and resolution: fixtures/*.json, one case per rule
// and look-alike. Adding a case means adding data, never editing this file.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/index.js";
import { findTimexes } from "../timex/find-timexes.js";
import { findActors } from "./index.js";

interface Case {
  name: string;
  date: string;
  text: string;
  expect?: { id: string; mentions?: number; [field: string]: unknown }[];
  absent?: string[];
  /** The office each mention of the first expected actor carries, in order (null: the actor's own). */
  mentionRoles?: (string | null)[];
}

const dir = new URL("./fixtures/", import.meta.url);
for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
  const cases = (JSON.parse(readFileSync(new URL(file, dir), "utf8")) as { cases: Case[] }).cases;
  describe(`actors: ${file}`, () => {
    for (const c of cases) {
      it(`actors: ${c.name}`, () => {
        const actors = findActors(c.text, splitSentences(c.text, [{ start: 0, end: c.text.length }]), c.date, findTimexes(c.text, c.date));
        for (const { mentions, ...fields } of c.expect ?? []) {
          const actor = actors.find((a) => a.id === fields.id);
          expect(actor, `${fields.id} in ${JSON.stringify(actors.map((a) => a.id))}`).toBeDefined();
          expect(actor).toMatchObject(fields);
          if (mentions !== undefined) expect(actor!.mentions).toHaveLength(mentions);
          for (const m of actor!.mentions) expect(c.text.slice(m.start, m.end)).toBe(m.text);
        }
        for (const id of c.absent ?? []) expect(actors.map((a) => a.id)).not.toContain(id);
        if (c.mentionRoles) {
          const first = actors.find((a) => a.id === c.expect![0]!.id)!;
          expect(first.mentions.map((m) => (m as { role?: string }).role ?? null)).toEqual(c.mentionRoles);
        }
      });
    }
  });
}
