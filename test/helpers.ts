// Shared by the tests: run the built CLI as a user would, and make scratch folders.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../eval/suites.js";

export { ROOT, SHARED } from "../eval/suites.js";
const CLI = join(ROOT, "dist", "cli", "main.js");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function dyad(args: string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input,
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function scratch(): string {
  return mkdtempSync(join(tmpdir(), "dyad-test-"));
}

export function jsonLines(stdout: string): Record<string, any>[] {
  return stdout.trim().split("\n").filter(Boolean).map((line) => JSON.parse(line));
}
