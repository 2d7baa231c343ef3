import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import type { InputError } from "../input/positioned-document.js";

/**
 * Files changed since `ref` (committed, staged or not) plus untracked files,
 * as absolute paths, for `--changed-since`. Runs `git` itself (never scanned
 * code); a bad ref or a directory outside a work tree is an input error.
 */
export function changedFilesSince(ref: string, cwd: string): { files: Set<string>; errors: InputError[] } {
  if (ref.startsWith("-")) {
    return { files: new Set(), errors: [usage(cwd, `--changed-since: "${ref}" is not a git ref`)] };
  }
  try {
    const top = git(["rev-parse", "--show-toplevel"], cwd).trim();
    const changed = git(["diff", "--name-only", "-z", ref, "--"], cwd);
    const untracked = git(["ls-files", "--others", "--exclude-standard", "-z", "--full-name"], top);
    const files = new Set<string>();
    for (const name of [...changed.split("\0"), ...untracked.split("\0")]) {
      if (name !== "") files.add(resolve(top, name));
    }
    return { files, errors: [] };
  } catch (error) {
    const stderr = error && typeof error === "object" && "stderr" in error ? String(error.stderr).trim() : "";
    const reason = stderr.split("\n")[0] || (error instanceof Error ? error.message : String(error));
    return { files: new Set(), errors: [usage(cwd, `--changed-since ${ref}: git failed: ${reason}`)] };
  }
}

function git(args: string[], cwd: string): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
}

function usage(cwd: string, message: string): InputError {
  return { file: cwd, line: 1, column: 1, message };
}
