import { statSync } from "node:fs";
import { pointerToKeyPath, relativeToRoot, type InputError } from "@vdx/core";
import type { CliIo } from "./io.js";
import { terminalSafe } from "./reporters/terminal-safe.js";

/** Fatal input errors as `file:line:column: message`, the file relative to cwd when below it. */
export function printInputErrors(io: CliIo, errors: readonly InputError[]): void {
  // File names and messages quote the user's files: one line each, no raw control characters.
  for (const error of errors) io.stderr.write(`${terminalSafe(inputErrorLine(io.cwd, error))}\n`);
}

/**
 * One error as a user reads it. The key path is appended only when the
 * message does not already name it (`include must be a list` needs no
 * `(at include)`; `must be a whole number` does).
 */
function inputErrorLine(cwd: string, error: InputError): string {
  // Problems of an option rather than of a file (--as-of, --changed-since) name the option and carry
  // the directory they apply to: there is no position to show.
  if (error.message.startsWith("--") && isDirectory(error.file)) return `vdx: ${error.message}`;
  const rel = relativeToRoot(cwd, error.file);
  const file = rel.startsWith("..") ? error.file : rel;
  const keyPath = error.pointer ? pointerToKeyPath(error.pointer) : undefined;
  const key = keyPath !== undefined && !mentions(error.message, keyPath) ? ` (at ${keyPath})` : "";
  return `${file}:${error.line}:${error.column}: ${error.message}${key}`;
}

function mentions(message: string, keyPath: string): boolean {
  return message.includes(keyPath);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
