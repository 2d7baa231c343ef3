import { runNeutralGit } from "./neutral-git.js";

/**
 * The one place PR mode runs git (for reading: `rev-parse`, `diff`, `ls-files`): with a neutral
 * configuration (neutral-git.ts), so that nothing the repository's, the user's or the system's git config
 * names as a program — fsmonitor, hooks, filter and diff drivers, external diffs, pagers — is executed.
 */
export function runGitForReading(args: readonly string[], cwd: string): string {
  return runNeutralGit(args, cwd);
}
