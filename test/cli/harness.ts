import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { run, type CliIo } from "@vdx/cli";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const EXAMPLE = join(REPO_ROOT, "examples", "telematics-gateway");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output. */
export async function runCli(argv: string[], cwd: string, options: { tty?: boolean; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    cwd,
    env: options.env ?? {},
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text) },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** A throw-away project folder holding `files` (path → content). Never inside a git work tree. */
export function tempProject(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "vdx-cli-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A copy of the bundled example, so tests may write next to it. */
export function exampleCopy(): string {
  const root = mkdtempSync(join(tmpdir(), "vdx-example-"));
  cpSync(EXAMPLE, root, { recursive: true });
  return root;
}
