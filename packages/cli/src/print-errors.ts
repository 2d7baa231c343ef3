import { relative, sep } from "node:path";
import { pointerToKeyPath, type InputError } from "@vdx/core";
import type { CliIo } from "./io.js";

/** Fatal input errors as `file:line:column: message`, the file relative to cwd when below it. */
export function printInputErrors(io: CliIo, errors: readonly InputError[]): void {
  for (const error of errors) {
    const rel = relative(io.cwd, error.file).split(sep).join("/");
    const file = rel === "" ? "." : rel.startsWith("..") ? error.file : rel;
    const key = error.pointer ? ` (at ${pointerToKeyPath(error.pointer)})` : "";
    io.stderr.write(`${file}:${error.line}:${error.column}: ${error.message}${key}\n`);
  }
}
