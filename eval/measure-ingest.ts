// Runs `dyad ingest` in a child process that reports its own peak resident memory (the high-water
// mark of the whole process, worker threads included): for the benchmarks and the memory test.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./suites.js";

export interface MeasuredIngest {
  seconds: number;
  peakRssMb: number;
  status: number | null;
  /** The `--json` summary: added, unchanged, updated, duplicate, skipped, failed. */
  summary: Record<string, number>;
  stderr: string;
}

export function measureIngest(input: string, jobs: number): MeasuredIngest {
  const dir = mkdtempSync(join(tmpdir(), "dyad-measure-"));
  const cli = join(ROOT, "dist", "cli", "main.js");
  const args = ["ingest", input, "--db", join(dir, "measure.db"), "--quiet", "--json", "--jobs", String(jobs)];
  const script = `process.on("exit", () => process.stderr.write("MAXRSS " + process.resourceUsage().maxRSS + "\\n")); process.argv = [process.argv[0], ${JSON.stringify(cli)}, ...${JSON.stringify(args)}]; await import(${JSON.stringify(cli)});`;
  const started = process.hrtime.bigint();
  try {
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", maxBuffer: 1 << 26 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rss = /MAXRSS (\d+)/.exec(run.stderr)?.[1];
    if (!run.stdout.trim() || rss === undefined) throw new Error(`ingest of ${input} printed no summary (status ${run.status}):\n${run.stderr.slice(-2000)}`);
    const summary = JSON.parse(run.stdout.trim().split("\n").at(-1)!) as Record<string, number>;
    return { seconds, peakRssMb: Number(rss) / 1024, status: run.status, summary, stderr: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
