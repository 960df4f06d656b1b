// Table-driven tests of the quotes stage: every fixtures/*.json case runs through findQuotes, and every
// quote found must be one the case expects. Adding a case means adding data to fixtures/, never editing this file.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Sentence, Span } from "../../doc/model.js";
import { splitSentences } from "../segment/index.js";
import { findQuotes, quotes } from "./index.js";

interface Expected {
  /** A distinctive part of the quoted words. */
  text: string;
  speaker: string | null;
  direct?: boolean;
  /** A part of the speaker's description. */
  description?: string;
}
interface Case {
  text: string;
  expect: Expected[];
  /** A known failure, with its reason: the case runs as `it.fails`. */
  fails?: string;
}
interface Fixture {
  pattern: string;
  cases: Case[];
}

const FIXTURES = new URL("./fixtures/", import.meta.url);
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith(".json")).sort()
  .map((f) => JSON.parse(readFileSync(new URL(f, FIXTURES), "utf8")) as Fixture);

/** Paragraphs as the clean stage joins them ("\n\n"), sentences from the real segmenter. */
function layers(body: string): { paragraphs: Span[]; sentences: Sentence[] } {
  const paragraphs: Span[] = [];
  let at = 0;
  for (const paragraph of body.split("\n\n")) {
    paragraphs.push({ start: at, end: at + paragraph.length });
    at += paragraph.length + 2;
  }
  return { paragraphs, sentences: splitSentences(body, paragraphs) };
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

function check(c: Case): void {
  const { paragraphs, sentences } = layers(c.text);
  const found = findQuotes(c.text, paragraphs, sentences);
  for (const q of found) {
    expect(q.text).toBe(c.text.slice(q.start, q.end));
    if (q.speakerSpan) expect(q.speakerSpan.end).toBeLessThanOrEqual(c.text.length);
    expect(q.speaker?.actor ?? null).toBeNull();
  }
  const summary = found.map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null, direct: q.direct }));
  for (const e of c.expect) {
    const q = found.find((f) => squash(f.text).includes(squash(e.text)));
    expect(q, `no quote holds "${e.text}" in ${JSON.stringify(summary)}`).toBeDefined();
    expect({ text: e.text, speaker: q?.speaker?.name ?? null, direct: q?.direct }).toEqual({ text: e.text, speaker: e.speaker, direct: e.direct ?? true });
    if (e.description) expect(q?.speaker?.description ?? "").toContain(e.description);
  }
  for (const q of found) {
    const expected = c.expect.some((e) => squash(q.text).includes(squash(e.text)));
    expect(expected, `unexpected quote "${q.text}" (${q.via})`).toBe(true);
  }
}

for (const fixture of fixtures) {
  describe(`quotes: ${fixture.pattern}`, () => {
    for (const c of fixture.cases) {
      const name = `quotes: ${fixture.pattern}: ${c.text.slice(0, 60)}`;
      if (c.fails) it.fails(`${name} (known failure: ${c.fails})`, () => check(c));
      else it(name, () => check(c));
    }
  });
}

describe("quotes: component", () => {
  it("quotes: the component declares its layers and returns only quotes", () => {
    const body = "“We will meet again,” the envoy said.";
    const { paragraphs, sentences } = layers(body);
    const envoy = { id: "envoy", name: "the envoy", type: "person" as const, country: null, mentions: [{ start: body.indexOf("the envoy"), end: body.indexOf("the envoy") + 9, text: "the envoy" }] };
    const doc = { id: "t", input: { id: "t", source: { path: null, url: null }, format: "text" as const, bytes: new Uint8Array(), sidecar: null, contentHash: "0" }, body, paragraphs, sentences, actors: [envoy] };
    const out = quotes.run(doc, { options: {}, warn: () => {}, trace: () => {} });
    expect(Object.keys(out)).toEqual(["quotes"]);
    expect(quotes.requires).toEqual(["body", "paragraphs", "sentences", "actors"]);
    expect(out.quotes[0]?.via).toBe("quotes/rules/speaker-after");
  });
});
