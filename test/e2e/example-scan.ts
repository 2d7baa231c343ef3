import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run, type CliIo } from "@vdx/cli";
import { normaliseSarif, type SarifLog, type SarifResult } from "./normalise-sarif.js";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/[\\/]$/, "");
export const EXAMPLES_DIR = join(REPO_ROOT, "examples");

/** Every example READMEs show is judged on this date (`--as-of`), so snapshots do not age. */
export const AS_OF = "2026-06-01";

/** The example projects: every folder under `examples/` that has a vdx config. */
export function discoverExamples(): string[] {
  return readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => ["vdx.config.yaml", "vdx.config.yml", "vdx.config.json"].some((file) => existsSync(join(EXAMPLES_DIR, name, file))))
    .sort();
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in-process, by default from the repository root exactly as the example READMEs tell
 * users to (`vdx scan examples/<name> --as-of …`), with an empty environment: the scan must not depend on it.
 */
export async function runVdx(argv: string[], cwd: string = REPO_ROOT): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    cwd,
    env: {},
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const sarifRuns = new Map<string, Promise<{ run: CliRun; log: SarifLog }>>();

/** `vdx scan examples/<name> --format sarif`, once per example and test file. */
export function scanExampleSarif(name: string): Promise<{ run: CliRun; log: SarifLog }> {
  let pending = sarifRuns.get(name);
  if (!pending) {
    pending = runVdx(["scan", `examples/${name}`, "--as-of", AS_OF, "--format", "sarif"]).then((cli) => ({
      run: cli,
      log: normaliseSarif(JSON.parse(cli.stdout), { roots: [REPO_ROOT] }),
    }));
    sarifRuns.set(name, pending);
  }
  return pending;
}

/** The text the snapshot file holds: normalised SARIF, two-space indented, trailing newline. */
export function snapshotText(log: SarifLog): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}

export function resultsOf(log: SarifLog): SarifResult[] {
  return log.runs?.[0]?.results ?? [];
}

/**
 * The 1-based line of the one line of `file` (relative to the example) that contains `snippet`
 * (or, when several do, the one that is exactly `snippet`).
 * Expectations name the sink call by its code, so an edited comment does not break them, while the
 * reported line is still checked exactly.
 */
export function lineOf(example: string, file: string, snippet: string): number {
  const lines = readFileSync(join(EXAMPLES_DIR, example, file), "utf8").split(/\r?\n/);
  let hits = lines.flatMap((line, index) => (line.includes(snippet) ? [index + 1] : []));
  // A snippet that is also part of a longer line (`f(x, {` and `f(x, { region })`) means the line that is exactly it.
  if (hits.length > 1) hits = hits.filter((line) => lines[line - 1]!.trim() === snippet.trim());
  if (hits.length !== 1) throw new Error(`${example}/${file}: expected exactly one line containing ${JSON.stringify(snippet)}, found ${hits.length}`);
  return hits[0]!;
}
