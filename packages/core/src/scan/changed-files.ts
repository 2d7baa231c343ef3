import { resolve } from "node:path";
import type { InputError } from "../input/positioned-document.js";
import { runNeutralGit } from "./neutral-git.js";

/**
 * Files changed since `ref` (committed, staged or not) plus untracked files,
 * as absolute paths, for `--changed-since`. Runs `git` itself, never a program
 * the repository configures (see neutral-git.ts); a bad ref or a directory
 * outside a work tree is an input error.
 */
export function changedFilesSince(ref: string, cwd: string): { files: Set<string>; errors: InputError[] } {
  if (ref.startsWith("-")) {
    return { files: new Set(), errors: [usage(cwd, `--changed-since: "${ref}" is not a git ref`)] };
  }
  try {
    const top = runNeutralGit(["rev-parse", "--show-toplevel"], cwd).trim();
    // Name-only output never runs an external diff or a text conversion; the flags say so whatever the config.
    const changed = runNeutralGit(["diff", "--no-ext-diff", "--no-textconv", "--ignore-submodules=all", "--name-only", "-z", ref, "--"], cwd);
    const untracked = runNeutralGit(["ls-files", "--others", "--exclude-standard", "-z", "--full-name"], top);
    const files = new Set<string>();
    for (const name of [...changed.split("\0"), ...untracked.split("\0")]) {
      if (name !== "") files.add(resolve(top, name));
    }
    return { files, errors: [] };
  } catch (error) {
    const stderr = error && typeof error === "object" && "stderr" in error ? String(error.stderr).trim() : "";
    const reason = stderr.split("\n")[0]! || (error instanceof Error ? error.message : String(error));
    return { files: new Set(), errors: [usage(cwd, `--changed-since ${ref}: git failed: ${reason}`)] };
  }
}

function usage(cwd: string, message: string): InputError {
  return { file: cwd, line: 1, column: 1, message };
}
