import { resolve } from "node:path";
import type { InputError } from "../input/positioned-document.js";
import { runGitForReading } from "./git-read.js";

/**
 * What a pull request changed, line by line, in the work tree's version of each file: every file that
 * differs from `ref` (committed since, staged or not) and every untracked file. A file whose lines
 * cannot be told (binary, or untracked) counts as changed throughout.
 */
export interface ChangedLines {
  ref: string;
  /** Absolute path → changed line ranges (1-based, inclusive), or `"all"`. */
  files: Map<string, readonly LineRange[] | "all">;
}

interface LineRange {
  start: number;
  end: number;
}

export function changedLinesSince(ref: string, cwd: string): { changes: ChangedLines; errors: InputError[] } {
  const empty: ChangedLines = { ref, files: new Map() };
  if (ref.startsWith("-")) return { changes: empty, errors: [usage(cwd, `--changed-since: "${ref}" is not a git ref`)] };
  try {
    const top = runGitForReading(["rev-parse", "--show-toplevel"], cwd).trim();
    // Fixed prefixes, no colour, renames followed (a moved file's unchanged lines are not new), no
    // external diff or text conversion, paths unquoted: the same patch whatever the user's config says.
    const patch = runGitForReading(
      [
        "-c",
        "core.quotePath=false",
        "diff",
        "--no-color",
        "--no-ext-diff",
        "--no-textconv",
        "--ignore-submodules=all",
        "--find-renames",
        "--src-prefix=a/",
        "--dst-prefix=b/",
        "-U0",
        ref,
        "--",
      ],
      cwd,
    );
    const untracked = runGitForReading(["ls-files", "--others", "--exclude-standard", "-z", "--full-name"], top);
    const files = parseUnifiedDiff(patch, top);
    for (const name of untracked.split("\0")) if (name !== "") files.set(resolve(top, name), "all");
    return { changes: { ref, files }, errors: [] };
  } catch (error) {
    const stderr = error && typeof error === "object" && "stderr" in error ? String(error.stderr).trim() : "";
    const reason = stderr.split("\n")[0] || (error instanceof Error ? error.message : String(error));
    return { changes: empty, errors: [usage(cwd, `--changed-since ${ref}: git failed: ${reason}`)] };
  }
}

/**
 * The changed line ranges of a `git diff -U0` patch, in the new version's numbering. A pure deletion
 * (`+c,0`) touches the lines on both sides of the gap; a deleted file has none; a binary file is "all".
 */
function parseUnifiedDiff(patch: string, top: string): Map<string, readonly LineRange[] | "all"> {
  const files = new Map<string, LineRange[] | "all">();
  let current: string | undefined;
  for (const line of patch.split("\n")) {
    if (line.startsWith("diff --git ")) {
      current = undefined;
    } else if (line.startsWith("+++ ")) {
      const name = line.slice(4).replace(/\t$/, "");
      current = name === "/dev/null" ? undefined : resolve(top, name.startsWith("b/") ? name.slice(2) : name);
      if (current !== undefined && !files.has(current)) files.set(current, []);
    } else if (line.startsWith("Binary files ") && line.endsWith(" differ")) {
      const match = / and (?:b\/)?(.+) differ$/.exec(line);
      if (match && match[1] !== "/dev/null") files.set(resolve(top, match[1]!), "all");
    } else if (line.startsWith("@@ ") && current !== undefined) {
      const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      const ranges = files.get(current);
      if (!match || ranges === "all" || ranges === undefined) continue;
      const start = Number(match[1]);
      const count = match[2] === undefined ? 1 : Number(match[2]);
      ranges.push(count === 0 ? { start: Math.max(1, start), end: start + 1 } : { start, end: start + count - 1 });
    }
  }
  return files;
}

/** Whether `line` of `file` is among the changed lines. */
export function touchesChange(changes: ChangedLines, file: string, line: number): boolean {
  const ranges = changes.files.get(file);
  if (ranges === undefined) return false;
  return ranges === "all" || ranges.some((range) => line >= range.start && line <= range.end);
}

function usage(cwd: string, message: string): InputError {
  return { file: cwd, line: 1, column: 1, message };
}
