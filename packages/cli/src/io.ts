import { isAbsolute, relative, resolve } from "node:path";
import type { Stats } from "node:fs";
import { writeOutputs } from "./output/write-outputs.js";

/** Everything the CLI touches outside its arguments, injectable so tests run in-process. */
export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
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
 * each problem is printed as `<file>:1:1: cannot write the file: <why>` (the documented input-error form,
 * as for every file vdx cannot read or write); returns false then (the command exits 2).
 */
export function writeReports(io: CliIo, reports: readonly Report[], refuse?: (path: string, stats: Stats) => string | undefined): boolean {
  const files = reports.flatMap((report) => (report.file === undefined ? [] : [{ path: resolve(io.cwd, report.file), text: report.text }]));
  const problems = writeOutputs(files, refuse ? { refuse } : {});
  if (problems.length > 0) {
    for (const problem of problems) io.stderr.write(`${shownPath(io.cwd, problem.path)}:1:1: ${problem.message}\n`);
    return false;
  }
  for (const report of reports) if (report.file === undefined) io.stdout.write(report.text);
  return true;
}

/** A path as problems show it: relative to the working directory when below it, else as it is. */
function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split("\\").join("/") : path;
}
