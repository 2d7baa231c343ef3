import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileAccessError } from "./file-error.js";

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

/** Writes `text` to `file` (relative to cwd), creating parent directories. A failure is a `FileAccessError` naming the file. */
export function writeOutputFile(io: CliIo, file: string, text: string): void {
  const path = resolve(io.cwd, file);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw fileAccessError(path, "write", error);
  }
}

/** One report: to `file` when an `--output` names one, else to stdout. */
export function writeReport(io: CliIo, file: string | undefined, text: string): void {
  if (file === undefined) io.stdout.write(text);
  else writeOutputFile(io, file, text);
}
