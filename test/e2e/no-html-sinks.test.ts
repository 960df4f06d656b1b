// Article text is untrusted: the web UI must build every node with DOM APIs. This guards the
// sources against the calls that parse strings as HTML or run them as code.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const WEB_SRC = fileURLToPath(new URL("../../web/src", import.meta.url));
const SINKS = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\s*\(|createContextualFragment|DOMParser/;

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(path.join(dir, entry.name)) : entry.name.endsWith(".ts") ? [path.join(dir, entry.name)] : []);

describe("web sources", () => {
  it("web sources: no HTML-parsing or code-running sinks", () => {
    const files = sources(WEB_SRC);
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.flatMap((file) =>
      readFileSync(file, "utf8").split("\n").flatMap((line, i) => (SINKS.test(line) ? [`${path.relative(WEB_SRC, file)}:${i + 1}: ${line.trim()}`] : [])));
    expect(offenders).toEqual([]);
  });
});
