import { resolve } from "node:path";
import type { Stats } from "node:fs";
import { writeOutputs } from "./output/write-outputs.js";

/** Everything the CLI touches outside its arguments, injectable so tests run in-process. */
export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
}

export function processIo(): CliIo {
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
}

/** One report: to `file` (as the user wrote it, relative to cwd) when an `--output` names one, else to stdout. */
export interface Report {
  file?: string;
  text: string;
}

/**
 * Writes a run's reports: every file or none (`writeOutputs`: atomic, no links followed, nothing `refuse`
 * names replaced), then the one for stdout. When a file cannot be written, nothing is written at all and
 * each problem is printed as `vdx: --output <file>: <why>`; returns false then (the command exits 2).
 */
export function writeReports(io: CliIo, reports: readonly Report[], refuse?: (path: string, stats: Stats) => string | undefined): boolean {
  const files = reports.flatMap((report) => (report.file === undefined ? [] : [{ given: report.file, path: resolve(io.cwd, report.file), text: report.text }]));
  const problems = writeOutputs(files, refuse ? { refuse } : {});
  if (problems.length > 0) {
    for (const problem of problems) {
      const given = files.find((f) => f.path === problem.path)?.given ?? problem.path;
      io.stderr.write(`vdx: --output ${given}: ${problem.message}\n`);
    }
    return false;
  }
  for (const report of reports) if (report.file === undefined) io.stdout.write(report.text);
  return true;
}
