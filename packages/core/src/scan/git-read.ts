import { execFileSync } from "node:child_process";

/**
 * The one place PR mode runs git (for reading: `rev-parse`, `diff`, `ls-files`). The reliability work
 * (issue 14) runs git with a neutral configuration so that nothing a repository's config names as a
 * program is executed; this function switches to that runner when it lands (`neutral-git.ts`).
 */
export function runGitForReading(args: readonly string[], cwd: string): string {
  return execFileSync("git", ["--no-pager", "-c", "core.fsmonitor=false", ...args], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 256 * 1024 * 1024,
  });
}
