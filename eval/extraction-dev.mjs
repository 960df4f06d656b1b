#!/usr/bin/env node
// Dev loop for the HTML article extractor: scores dist/stages/clean/html/extract-article.js on the
// public article-extraction benchmark (../shared, read at run time) with the benchmark's own metric.
// It is a tuning aid, not the gate; build first with `npx tsc -p tsconfig.json`.
//
//   node eval/extraction-dev.mjs                 F1/P/R, speed, the 15 worst pages
//   node eval/extraction-dev.mjs --worst 40      more worst pages
//   node eval/extraction-dev.mjs --page HASH     one page: extra and missing text against the truth
//   node eval/extraction-dev.mjs --save a.json   per-page scores; --diff a.json shows pages that changed
//   node eval/extraction-dev.mjs --without read-more,captions   switch junk rules off (JUNK_RULES names)
//   node eval/extraction-dev.mjs --ablate        F1 without each junk rule in turn, and the pages each rule changes
//   node eval/extraction-dev.mjs --ablate-prune  the same for each furniture tag and class word of prune-content
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const benchDir = join(here, "..", "..", "shared", "benchmarks", "article-extraction");
const { extractHtmlArticle } = await import(join(here, "..", "dist", "stages", "clean", "html", "extract-article.js"));
const { JUNK_RULES } = await import(join(here, "..", "dist", "stages", "clean", "html", "junk-blocks.js"));
const { JUNK_TAGS, JUNK_WORDS } = await import(join(here, "..", "dist", "stages", "clean", "html", "prune-content.js"));

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const truth = JSON.parse(readFileSync(join(benchDir, "ground-truth.json"), "utf8"));
const onlyPage = option("--page");

const pages = [];
for (const file of readdirSync(join(benchDir, "html")).sort()) {
  const id = file.replace(/\.html\.gz$/, "");
  if (onlyPage && !id.startsWith(onlyPage)) continue;
  pages.push({ id, html: gunzipSync(readFileSync(join(benchDir, "html", file))).toString("utf8") });
}

const allRules = [...JUNK_RULES];
const useRules = (off) => JUNK_RULES.splice(0, JUNK_RULES.length, ...allRules.filter((rule) => !off.includes(rule.name)));
useRules((option("--without") ?? "").split(","));

const { results, scores, F, P, R, ms } = run();
console.log(`pages ${pages.length}  f1=${F.toFixed(4)} precision=${P.toFixed(4)} recall=${R.toFixed(4)}  ${(pages.length / (ms / 1000)).toFixed(1)} pages/s`);

if (args.includes("--ablate")) {
  for (const rule of allRules) {
    useRules([rule.name]);
    const without = run();
    const changed = without.scores.map((s, i) => ({ s, d: (scores[i]?.f ?? 0) - s.f })).filter((x) => Math.abs(x.d) >= 0.002).sort((a, b) => a.d - b.d);
    console.log(`without ${rule.name.padEnd(16)} f1=${without.F.toFixed(4)} (rule adds ${(F - without.F).toFixed(4)}) p=${without.P.toFixed(4)} r=${without.R.toFixed(4)}  hurts ${changed.filter((x) => x.d < 0).length} pages, helps ${changed.filter((x) => x.d > 0).length}`);
    for (const x of changed.filter((x) => x.d < 0)) console.log(`    hurts ${x.s.id.slice(0, 10)} ${x.d.toFixed(3)} ${x.s.url}`);
  }
  useRules([]);
}

if (args.includes("--ablate-prune")) {
  for (const set of [JUNK_TAGS, JUNK_WORDS]) {
    for (const word of [...set]) {
      set.delete(word);
      const without = run();
      set.add(word);
      const changed = without.scores.map((s, i) => ({ s, d: (scores[i]?.f ?? 0) - s.f })).filter((x) => Math.abs(x.d) >= 0.002);
      console.log(`without ${word.padEnd(16)} adds ${(F - without.F).toFixed(4)}  p ${(P - without.P).toFixed(4)} r ${(R - without.R).toFixed(4)}  hurts ${changed.filter((x) => x.d < 0).map((x) => x.s.id.slice(0, 6)).join(" ")}  helps ${changed.filter((x) => x.d > 0).length}`);
    }
  }
}

function run() {
  const t0 = process.hrtime.bigint();
  const results = [];
  for (const page of pages) {
    const article = extractHtmlArticle(page.html, truth[page.id]?.url ?? null);
    results.push({ id: page.id, article, body: article.paragraphs.join("\n\n") });
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const scores = [];
  for (const r of results) {
    const gold = truth[r.id]?.articleBody ?? "";
    const { tp, fp, fn } = shingleCounts(gold, r.body);
    const p = tp + fp > 0 ? (fp === 0 && fn === 0 ? 1 : tp / (tp + fp)) : null;
    const rec = tp + fn > 0 ? (fp === 0 && fn === 0 ? 1 : tp / (tp + fn)) : null;
    scores.push({ id: r.id, p, r: rec, f: p !== null && rec !== null && p + rec > 0 ? (2 * p * rec) / (p + rec) : 0, url: truth[r.id]?.url });
  }
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  const P = mean(scores.filter((s) => s.p !== null).map((s) => s.p));
  const R = mean(scores.filter((s) => s.r !== null).map((s) => s.r));
  return { results, scores, P, R, F: P + R > 0 ? (2 * P * R) / (P + R) : 0, ms };
}

if (option("--save")) writeFileSync(option("--save"), JSON.stringify(scores));
if (option("--diff")) {
  const before = new Map(JSON.parse(readFileSync(option("--diff"), "utf8")).map((s) => [s.id, s]));
  for (const s of scores) {
    const b = before.get(s.id);
    if (!b || Math.abs(b.f - s.f) < 0.002) continue;
    console.log(`${s.f > b.f ? "+" : "-"} ${s.id.slice(0, 10)} f ${b.f.toFixed(3)}→${s.f.toFixed(3)} p ${fmt(b.p)}→${fmt(s.p)} r ${fmt(b.r)}→${fmt(s.r)} ${s.url}`);
  }
}

if (onlyPage) {
  for (const r of results) showPage(r, truth[r.id]?.articleBody ?? "");
} else {
  const worst = [...scores].sort((a, b) => a.f - b.f).slice(0, Number(option("--worst") ?? 15));
  for (const s of worst) console.log(`${s.id.slice(0, 10)} f=${s.f.toFixed(3)} p=${fmt(s.p)} r=${fmt(s.r)} ${s.url}`);
}

function fmt(x) { return x === null ? "  -  " : x.toFixed(3); }

function words(text) { return String(text ?? "").match(/[\p{L}\p{N}_]+/gu) ?? []; }

function shingles(text) {
  const w = words(text), m = new Map();
  for (let i = 0; i < Math.max(1, w.length - 3); i++) {
    const key = w.slice(i, i + 4).join("\u0001");
    if (key) m.set(key, (m.get(key) ?? 0) + 1);
  }
  return m;
}

function shingleCounts(goldText, predText) {
  const g = shingles(goldText), q = shingles(predText);
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...g.keys(), ...q.keys()])) {
    const a = g.get(key) ?? 0, b = q.get(key) ?? 0;
    tp += Math.min(a, b); fp += Math.max(0, b - a); fn += Math.max(0, a - b);
  }
  const s = tp + fp + fn;
  return s ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp: 0, fp: 0, fn: 0 };
}

/** Prints each predicted paragraph marked by how much of it is in the truth, then truth paragraphs that were missed. */
function showPage(r, gold) {
  console.log(`\n== ${r.id} ${truth[r.id]?.url}`);
  const goldSh = shingles(gold), predSh = shingles(r.body);
  for (const para of r.article.paragraphs) {
    const sh = shingles(para);
    let hit = 0, all = 0;
    for (const [k, n] of sh) { all += n; if (goldSh.has(k)) hit += n; }
    const mark = all === 0 ? "?" : hit / all > 0.8 ? " " : hit / all > 0.2 ? "~" : "X";
    console.log(`${mark} ${para.slice(0, 220)}`);
  }
  console.log("-- missed truth paragraphs:");
  for (const para of gold.split(/\n+/)) {
    const sh = shingles(para);
    let hit = 0, all = 0;
    for (const [k, n] of sh) { all += n; if (predSh.has(k)) hit += n; }
    if (all > 0 && hit / all < 0.8) console.log(`M ${para.slice(0, 220)}`);
  }
  console.log(`title: ${r.article.title}`);
}
