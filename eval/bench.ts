// `npm run bench`: throughput and peak memory of dyad's stages on the article-extraction
// benchmark's HTML, beside Readability.js alone on the same pages. Information only: it never fails.
import { Readability } from "@mozilla/readability";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import type { Component } from "../src/pipeline/component.js";
import { registry } from "../src/pipeline/registry.js";
import { buildPipeline, runPipeline } from "../src/pipeline/run.js";
import { ROOT, SHARED } from "./suites.js";

const PAGES_DIR = join(SHARED, "benchmarks", "article-extraction", "html");

interface Row {
  name: string;
  pages: number;
  megabytes: number;
  seconds: number;
  peakRssMb: number;
}

function loadPages(): Buffer[] {
  return readdirSync(PAGES_DIR).sort().map((f) => gunzipSync(readFileSync(join(PAGES_DIR, f))));
}

/** Phases run in their own process so that each peak-memory figure is its own. */
const PHASES: Record<string, (pages: Buffer[]) => void> = {
  "dyad ingest+clean+metadata": (pages) => {
    const pipeline = { stages: [registry.decode, registry.clean, registry.meta] as unknown as Component[], options: {} };
    pages.forEach((bytes, i) => runPipeline(pipeline, { id: String(i), source: { path: null, url: null }, format: "html", bytes, sidecar: null, contentHash: "" }));
  },
  "Readability.js alone": (pages) => {
    for (const bytes of pages) {
      const { document } = parseHTML(bytes.toString("utf8"));
      new Readability(document as never).parse();
    }
  },
};

function measure(name: string): Row {
  const pages = loadPages();
  const run = PHASES[name]!;
  run(pages.slice(0, 10)); // warm-up: JIT and lazy loading are not what we measure
  const start = process.hrtime.bigint();
  run(pages);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const megabytes = pages.reduce((n, p) => n + p.length, 0) / 1024 / 1024;
  return { name, pages: pages.length, megabytes, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

/**
 * Each stage of the default pipeline timed alone over our example articles and the seed
 * articles (read from ../shared), repeated so that every stage runs long enough to measure.
 */
const STAGE_ROUNDS = 20;

interface StageRow {
  stage: string;
  docsPerSecond: number;
  /** The same time per sentence of the articles (as segment splits them): the events stage's unit. */
  sentencesPerSecond: number;
  kbPerSecond: number;
  items: number;
}

function measureStages(): StageRow[] {
  const pipeline = buildPipeline();
  const files = [join(ROOT, "examples", "corpus"), join(SHARED, "corpus", "seeds-dated")].flatMap((dir) =>
    readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f)).map((f) => join(dir, f)),
  );
  const inputs = files.map((path, i) => ({ id: String(i), source: { path, url: null }, format: path.endsWith(".html") ? ("html" as const) : ("text" as const), bytes: readFileSync(path), sidecar: null, contentHash: "" }));
  const kilobytes = inputs.reduce((n, input) => n + input.bytes.length, 0) / 1024;
  const seconds = new Map<string, number>();
  const items = new Map<string, number>();
  let sentences = 0;
  for (let round = 0; round < STAGE_ROUNDS; round++) {
    for (const input of inputs) {
      const doc: Record<string, unknown> = { id: input.id, input };
      for (const stage of pipeline.stages) {
        const start = process.hrtime.bigint();
        const written = stage.run(doc as never, { options: {}, warn: () => {}, trace: () => {} });
        seconds.set(stage.name, (seconds.get(stage.name) ?? 0) + Number(process.hrtime.bigint() - start) / 1e9);
        Object.assign(doc, written);
        const produced = Object.values(written).find(Array.isArray) as unknown[] | undefined;
        if (round === 0) items.set(stage.name, (items.get(stage.name) ?? 0) + (produced?.length ?? 0));
      }
      if (round === 0) sentences += (doc.sentences as unknown[] | undefined)?.length ?? 0;
    }
  }
  return pipeline.stages.map((stage) => {
    const s = seconds.get(stage.name) ?? 0;
    return { stage: stage.name, docsPerSecond: (inputs.length * STAGE_ROUNDS) / s, sentencesPerSecond: (sentences * STAGE_ROUNDS) / s, kbPerSecond: (kilobytes * STAGE_ROUNDS) / s, items: items.get(stage.name) ?? 0 };
  });
}

/** Sizes of the long pages: seconds per MB that stay flat as the page grows show that no stage is quadratic. */
const LONG_PAGE_MEGABYTES = [1, 2, 4];

interface LongPageRow {
  megabytes: number;
  seconds: number;
}

/** The whole pipeline on one page of the example articles' texts repeated to each size. */
function measureLongPages(): LongPageRow[] {
  const pipeline = buildPipeline();
  const dir = join(ROOT, "examples", "corpus");
  const story = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(dir, f), "utf8")).join("\n\n");
  return LONG_PAGE_MEGABYTES.map((megabytes) => {
    const bytes = Buffer.from(story.repeat(Math.ceil((megabytes * 2 ** 20) / story.length)).slice(0, megabytes * 2 ** 20));
    const start = process.hrtime.bigint();
    runPipeline(pipeline, { id: "long", source: { path: null, url: null }, format: "text", bytes, sidecar: null, contentHash: "" });
    return { megabytes, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
  });
}

function printLongPages(rows: LongPageRow[]): void {
  console.log(`\n${"long page".padEnd(12)} ${"seconds".padStart(9)} ${"s per MB".padStart(9)}   (the example articles repeated; the whole pipeline)`);
  for (const r of rows) console.log(`${`${r.megabytes} MB`.padEnd(12)} ${r.seconds.toFixed(1).padStart(9)} ${(r.seconds / r.megabytes).toFixed(1).padStart(9)}`);
}

function printStages(rows: StageRow[]): void {
  console.log(`\n${"stage".padEnd(12)} ${"docs/s".padStart(9)} ${"sent/s".padStart(9)} ${"KB/s".padStart(9)} ${"items".padStart(7)}   (items: what the stage wrote over one pass of the articles)`);
  for (const r of rows) console.log(`${r.stage.padEnd(12)} ${r.docsPerSecond.toFixed(0).padStart(9)} ${r.sentencesPerSecond.toFixed(0).padStart(9)} ${r.kbPerSecond.toFixed(0).padStart(9)} ${String(r.items).padStart(7)}`);
}

function printRows(rows: Row[]): void {
  console.log(`${"".padEnd(28)} ${"pages/s".padStart(9)} ${"MB/s".padStart(7)} ${"peak RSS MB".padStart(12)}   (${rows[0]?.pages ?? 0} pages, ${rows[0]?.megabytes.toFixed(1) ?? 0} MB of HTML)`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(28)} ${(r.pages / r.seconds).toFixed(1).padStart(9)} ${(r.megabytes / r.seconds).toFixed(2).padStart(7)} ${r.peakRssMb.toFixed(0).padStart(12)}`);
  }
}

const phase = process.argv[2];
if (phase === "stages") {
  process.stdout.write(JSON.stringify(measureStages()));
} else if (phase === "long") {
  process.stdout.write(JSON.stringify(measureLongPages()));
} else if (phase) {
  process.stdout.write(JSON.stringify(measure(phase)));
} else {
  const self = fileURLToPath(import.meta.url);
  /** Each measurement in a process of its own, so that its peak memory and warm-up are its own. */
  const runPhase = <T>(name: string): T => {
    const child = spawnSync(process.execPath, ["--import", "tsx", self, name], { encoding: "utf8", maxBuffer: 1 << 24 });
    if (child.status !== 0) throw new Error(`${name} failed:\n${child.stderr}`);
    return JSON.parse(child.stdout) as T;
  };
  printRows(Object.keys(PHASES).map((name) => runPhase<Row>(name)));
  printStages(runPhase<StageRow[]>("stages"));
  printLongPages(runPhase<LongPageRow[]>("long"));
  (await import("./bench-merge.js")).printMergeBenchmark();
}

// The HTTP API under load (eval/load.ts), in the parent process only, after the phases above.
if (!phase) await (await import("./load.js")).printLoadTest();
