// Every registered stage, run as the default pipeline over awkward inputs: no throw (other
// than an input error for empty text), spans that hold, and the same output on a second run.
import { describe, expect, it } from "vitest";
import type { RawInput } from "../src/doc/model.js";
import { spanProblems } from "../src/doc/invariants.js";
import { toRecord } from "../src/doc/record.js";
import { InputError } from "../src/pipeline/errors.js";
import { presets } from "../src/pipeline/presets.js";
import { registry } from "../src/pipeline/registry.js";
import { buildPipeline, runPipeline } from "../src/pipeline/run.js";

const PARAGRAPH = "The foreign ministers met in the capital on Monday and agreed to reopen the border crossing within a month. ";
const TORTURE: Record<string, { text: string; format?: RawInput["format"] }> = {
  "plain article": { text: `${PARAGRAPH}\n\n${PARAGRAPH}` },
  "one megabyte": { text: `${PARAGRAPH}\n\n`.repeat(Math.ceil(1_000_000 / (PARAGRAPH.length + 2))) },
  "emoji and astral characters": { text: `Leaders 🤝 met 🇫🇷🇩🇪 on Friday. 𝐁𝐨𝐥𝐝 words and 😀 were everywhere in the summit coverage today.\n\n${PARAGRAPH}` },
  "right-to-left text": { text: `قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في العاصمة.\n\nהשרים נפגשו ביום שני כדי לדון בהסכם.\n\n${PARAGRAPH}` },
  "CRLF line ends": { text: `${PARAGRAPH}\r\n\r\n${PARAGRAPH}\r\n` },
  "smart quotes": { text: `“We will not move,” the minister said. ‘Never,’ she added. «Jamais», dit-il.\n\n${PARAGRAPH}` },
  "only furniture": { text: "Home | World | Sport\nShare this article\nLoading..." },
  "no line breaks at all": { text: PARAGRAPH.repeat(200) },
  "html with script": { text: `<html><head><title>Talks | Paper</title><script>alert(1)</script></head><body><article><p>${PARAGRAPH}</p><p><img src=x onerror=alert(1)>${PARAGRAPH}</p></article></body></html>`, format: "html" },
  "html fragment": { text: `<p>${PARAGRAPH}`, format: "html" },
  "empty": { text: "" },
};

const input = (text: string, format: RawInput["format"] = "text"): RawInput => ({
  id: "torture", source: { path: null, url: null }, format, bytes: Buffer.from(text), sidecar: null, contentHash: "0",
});

describe("conformance", () => {
  it("conformance: every preset's stages are registered and their requirements met", () => {
    for (const names of Object.values(presets)) for (const name of names) expect(registry).toHaveProperty(name);
    expect(() => buildPipeline("default")).not.toThrow();
  });

  const pipeline = buildPipeline();
  for (const [name, { text, format }] of Object.entries(TORTURE)) {
    it(`conformance: ${name}`, () => {
      if (!text) {
        expect(() => runPipeline(pipeline, input(text, format))).toThrow(InputError);
        return;
      }
      const first = runPipeline(pipeline, input(text, format));
      expect(spanProblems(first.doc)).toEqual([]);
      const second = runPipeline(pipeline, input(text, format));
      expect(toRecord(second.doc)).toEqual(toRecord(first.doc));
      if (format === "html") expect(first.doc.body).not.toMatch(/<script|onerror/);
    });
  }
});
