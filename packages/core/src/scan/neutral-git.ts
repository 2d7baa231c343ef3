import { execFileSync } from "node:child_process";
import { devNull } from "node:os";

/**
 * Runs git for reading only, so that nothing a repository (or the user's or system's git config) names as a
 * program is ever executed: vdx never runs code from what it scans, and a scanned repository's `.git/config`
 * is as untrusted as its sources (an archive of a repository carries its `.git`).
 *
 * What git could otherwise run while `rev-parse`, `diff` and `ls-files` read a work tree:
 * - `core.fsmonitor` (a hook asked which files changed), hooks (`post-index-change` when the index is
 *   refreshed and written back), and `core.hooksPath` pointing somewhere else;
 * - `filter.<driver>.clean` / `process` (run on a work-tree file whose stat data changed, to compare its
 *   content), `diff.<driver>.textconv` / `command`, `diff.external`, `GIT_EXTERNAL_DIFF`, pagers;
 * - any of these from the global or system config, or from `GIT_CONFIG_*` variables.
 * The global and system files are not read, config from the environment is dropped, the optional index write
 * is off, and every program-valued key is overridden on the command line (which wins over `.git/config`),
 * driver by driver for the drivers the repository configures. Callers add `--no-ext-diff --no-textconv` to
 * `diff` (external diff programs and text conversion are diff options, not config alone).
 */
export function runNeutralGit(args: readonly string[], cwd: string): string {
  const env = neutralEnvironment();
  const drivers = git(["config", "--null", "--name-only", "--get-regexp", "^(filter|diff|merge)\\..+\\."], cwd, env, true);
  return git([...FIXED_OVERRIDES, ...driverOverrides(drivers), ...args], cwd, env, false);
}

/** Options before the command: no pager, no fsmonitor, hooks looked for where there are none. */
const FIXED_OVERRIDES: readonly string[] = ["--no-pager", "-c", "core.fsmonitor=false", "-c", `core.hooksPath=${devNull}`, "-c", "submodule.recurse=false"];

/** Program-valued keys of each configured driver, emptied (git runs no command for an empty value). */
function driverOverrides(listed: string): string[] {
  const overrides = new Set<string>();
  for (const key of listed.split("\0")) {
    const first = key.indexOf(".");
    const last = key.lastIndexOf(".");
    if (first < 0 || last <= first) continue;
    const section = key.slice(0, first).toLowerCase();
    const driver = key.slice(first + 1, last);
    for (const variable of PROGRAM_KEYS[section] ?? []) overrides.add(`${section}.${driver}.${variable}`);
  }
  return [...overrides].sort().flatMap((key) => ["-c", key.endsWith(".required") ? `${key}=false` : `${key}=`]);
}

const PROGRAM_KEYS: Record<string, readonly string[]> = {
  // `required=false`: with its commands emptied, a required filter would make git fail instead of reading.
  filter: ["clean", "smudge", "process", "required"],
  diff: ["command", "textconv"],
  merge: ["driver"],
};

/** The caller's environment without git config or programs from variables, with global and system config off. */
function neutralEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith("GIT_") || KEPT_GIT_VARIABLES.has(name)) env[name] = value;
  }
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: devNull,
    GIT_ATTR_NOSYSTEM: "1",
    GIT_OPTIONAL_LOCKS: "0",
    GIT_TERMINAL_PROMPT: "0",
  };
}

/** Where the repository is: the caller's choice, not a program. */
const KEPT_GIT_VARIABLES = new Set(["GIT_DIR", "GIT_WORK_TREE", "GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM"]);

function git(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, tolerateFailure: boolean): string {
  try {
    return execFileSync("git", args, { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    // `git config --get-regexp` exits 1 when nothing matches (or outside a repository): no drivers to neutralise.
    if (tolerateFailure) return "";
    throw error;
  }
}
