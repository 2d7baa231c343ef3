import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A copy of a project in a temporary git repository with one commit (the base a PR is measured from). */
export function gitCopy(source: string, prefix = "vdx-pr-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(source, dir, { recursive: true, filter: (path) => !/[\\/](node_modules|\.git)([\\/]|$)/.test(path) });
  git(dir, "init", "-q");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "base");
  return dir;
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync(
    "git",
    ["-c", "user.email=t@example.invalid", "-c", "user.name=t", "-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null", ...args],
    {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
}

/** Appends a comment to the given 1-based lines of a file: the lines change, the code does not. */
export function touchLines(file: string, lines: readonly number[]): void {
  const text = readFileSync(file, "utf8").split("\n");
  for (const line of lines) if (line >= 1 && line <= text.length) text[line - 1] = `${text[line - 1]} // edited`;
  writeFileSync(file, text.join("\n"));
}

/** Resets the work tree to the base commit (and removes untracked files). */
export function resetToBase(dir: string): void {
  git(dir, "checkout", "-q", "--", ".");
  git(dir, "clean", "-qfd");
}
