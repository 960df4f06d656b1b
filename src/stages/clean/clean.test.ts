// Table-driven tests of the text cleaner: line kinds, must-keep lines, and whole pages
// (body and metadata). Adding a case means adding data to fixtures/, never editing this file.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { RawInput } from "../../doc/model.js";
import { meta } from "../meta/index.js";
import { clean } from "./index.js";
import { classifyLines } from "./text/classify-lines.js";

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8")).cases as T;
type LineCase = { line: string; kind: string };
type PageCase = { name: string; text: string; keep: string[]; drop: string[]; meta: Record<string, unknown> };

const ctx = { options: {}, warn: () => {}, trace: () => {} };
const input = (text: string): RawInput => ({ id: "t", source: { path: null, url: null }, format: "text", bytes: Buffer.from(text), sidecar: null, contentHash: "0" });

describe("clean: line kinds", () => {
  for (const c of [...fixture<LineCase[]>("lines.json"), ...fixture<LineCase[]>("negative.json")]) {
    it(`clean: "${c.line}" is ${c.kind}`, () => {
      expect(classifyLines(c.line)[0]!.kind).toBe(c.kind);
    });
  }
});

describe("clean: whole pages", () => {
  for (const c of fixture<PageCase[]>("pages.json")) {
    it(`clean: ${c.name}`, () => {
      const doc = { id: "t", input: input(c.text), text: c.text };
      const cleaned = clean.run(doc, ctx);
      for (const s of c.keep) expect(cleaned.body).toContain(s);
      for (const s of c.drop) expect(cleaned.body).not.toContain(s);
      for (const p of cleaned.paragraphs) expect(cleaned.body.slice(p.start, p.end).trim()).toBe(cleaned.body.slice(p.start, p.end));
      const found = meta.run({ ...doc, ...cleaned }, ctx).meta;
      expect(found).toMatchObject(c.meta);
    });
  }
});
