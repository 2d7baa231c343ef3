import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runGithubAction } from "../../packages/cli/src/ci/github-action.js";
import { REPO_ROOT } from "../cli/harness.js";
import { git } from "../pr-mode/project-copy.js";

/**
 * The GitHub Action's script end to end, without GitHub: a repository with a base commit and a pull
 * request's commit is cloned shallowly as actions/checkout does, and the script runs with the
 * variables a runner sets (event payload, step summary, outputs, temp folder) and the inputs
 * action.yml passes. Asserted: what the gate decides, the SARIF it leaves for the upload step, the
 * job summary and the step outputs.
 */
const MODEL = `export interface TripPoint {
  /** @vdx pi.sensitive.location-trajectory */
  latitude: number;
  /** @vdx pi.sensitive.location-trajectory */
  longitude: number;
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
}
`;
const upload = (name: string, host: string) => `import type { TripPoint } from "./model";

export async function ${name}(point: TripPoint): Promise<void> {
  await fetch("https://${host}/v1/points", { method: "POST", body: JSON.stringify(point) });
}
`;
const BASE: Record<string, string> = {
  ".gitignore": "node_modules/\n",
  "README.md": "# fleet service\n",
  "tsconfig.json": "{}\n",
  "vdx.config.yaml": 'include: ["src/**"]\nassessments: data-export-assessments.yaml\n',
  "data-export-assessments.yaml": "version: 1\nassessments: []\n",
  "src/model.ts": MODEL,
  // Already in the base: a full scan reports it, a PR that does not touch it does not.
  "src/legacy.ts": upload("legacyUpload", "legacy.example-motors.de"),
};

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** An origin with `main` (the base) and `pr` (the change), and a depth-1 clone of `pr` as the runner has. */
function pullRequest(change: Record<string, string>): { workspace: string; base: string } {
  const origin = temp("vdx-action-origin-");
  write(origin, BASE);
  git(origin, "init", "-q", "-b", "main");
  git(origin, "add", "-A");
  git(origin, "commit", "-q", "-m", "base");
  const base = git(origin, "rev-parse", "HEAD").trim();
  git(origin, "checkout", "-q", "-b", "pr");
  write(origin, change);
  git(origin, "add", "-A");
  git(origin, "commit", "-q", "--allow-empty", "-m", "the change");
  const workspace = join(temp("vdx-action-runner-"), "work");
  git(dirname(workspace), "clone", "-q", "--depth", "1", "--branch", "pr", pathToFileURL(origin).href, workspace);
  return { workspace, base };
}

/** The variables a runner sets for the step, and the inputs action.yml passes as VDX_*. */
function runnerEnv(workspace: string, event: string, payload: unknown, inputs: Record<string, string>): Record<string, string> {
  const runner = temp("vdx-action-temp-");
  const eventPath = join(runner, "event.json");
  writeFileSync(eventPath, JSON.stringify(payload));
  writeFileSync(join(runner, "summary.md"), "");
  writeFileSync(join(runner, "output.txt"), "");
  return {
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: join(runner, "summary.md"),
    GITHUB_OUTPUT: join(runner, "output.txt"),
    RUNNER_TEMP: runner,
    VDX_AS_OF: "2026-06-01",
    ...inputs,
  };
}

async function runAction(env: Record<string, string>) {
  let stdout = "";
  let stderr = "";
  const code = await runGithubAction({
    cwd: env.GITHUB_WORKSPACE!,
    env,
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  const outputs = Object.fromEntries(
    readFileSync(env.GITHUB_OUTPUT!, "utf8")
      .trim()
      .split("\n")
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
  return { code, stdout, stderr, outputs, summary: readFileSync(env.GITHUB_STEP_SUMMARY!, "utf8") };
}

function sarifResults(file: string): string[] {
  const log = JSON.parse(readFileSync(file, "utf8")) as {
    runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
  };
  return log.runs[0]!.results.map(
    (r) => `${r.ruleId} ${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine}`,
  );
}

describe("the GitHub Action's script on a pull request", () => {
  it("fetches the base into a shallow checkout, fails a change that adds a foreign upload, and leaves SARIF and a summary", async () => {
    const { workspace, base } = pullRequest({ "src/probe.ts": upload("probe", "probe.example-motors.de") });
    expect(() => git(workspace, "cat-file", "-e", `${base}^{commit}`)).toThrow();
    const env = runnerEnv(workspace, "pull_request", { pull_request: { base: { sha: base } } }, { VDX_UPLOAD: "true" });
    const result = await runAction(env);

    expect(result.code).toBe(0); // the script succeeded; the gate's verdict is the exit-code output
    expect(result.outputs).toMatchObject({ "exit-code": "1", findings: "1", mode: "pull-request" });
    expect(sarifResults(result.outputs.sarif!)).toEqual(["unassessed-export src/probe.ts:4"]);
    expect(result.stdout).not.toContain("::error"); // code scanning annotates the uploaded SARIF
    expect(result.stdout).toContain("src/probe.ts:4:");
    expect(result.summary).toMatch(/^## vdx gate ❌ failed: findings at or above `error`$/m);
    expect(result.summary).toContain(`diff-filtered: only findings whose flow touches lines changed since ${base} (1 changed file)`);
    expect(result.summary).toContain("| `unassessed-export` | error | 1 |");
    expect(result.summary).toContain("```mermaid");
    expect(result.summary).toContain("probe.example-motors.de (DE)");
    expect(result.summary).not.toContain("legacy.example-motors.de"); // not touched by the change
    expect(readFileSync(result.outputs.inventory!, "utf8")).toContain("## Data export inventory");
  }, 120_000);

  it("passes an unrelated change, and annotates nothing when it does not upload", async () => {
    const { workspace, base } = pullRequest({
      "README.md": "# fleet service\n\nNow with docs.\n",
      "src/math.ts": "export const twice = (n: number): number => 2 * n;\n",
    });
    const env = runnerEnv(workspace, "pull_request", { pull_request: { base: { sha: base } } }, { VDX_UPLOAD: "false" });
    const result = await runAction(env);
    expect(result.outputs).toMatchObject({ "exit-code": "0", findings: "0", mode: "pull-request" });
    expect(sarifResults(result.outputs.sarif!)).toEqual([]);
    expect(result.stdout).not.toContain("::");
    expect(result.summary).toMatch(/^## vdx gate ✅ passed$/m);
  }, 120_000);

  it("scans in full on a push, annotates the findings when not uploading, and --fail-on never passes them", async () => {
    const { workspace } = pullRequest({ "src/probe.ts": upload("probe", "probe.example-motors.de") });
    const env = runnerEnv(workspace, "push", {}, { VDX_UPLOAD: "false", VDX_FAIL_ON: "never" });
    const result = await runAction(env);
    expect(result.outputs).toMatchObject({ "exit-code": "0", findings: "2", mode: "full" });
    expect(sarifResults(result.outputs.sarif!)).toEqual(["unassessed-export src/legacy.ts:4", "unassessed-export src/probe.ts:4"]);
    expect(result.stdout).toMatch(/^::error file=src\/legacy\.ts,line=4,endLine=4,col=\d+,title=vdx unassessed-export::.*legacy\.example-motors\.de/m);
    expect(result.stdout).toMatch(/^::error file=src\/probe\.ts,line=4,/m);
    expect(result.summary).toContain("2 findings · full scan");
  }, 120_000);

  it("refuses unusable inputs with exit code 2 and an error annotation", async () => {
    const { workspace } = pullRequest({});
    const env = runnerEnv(workspace, "pull_request", { pull_request: {} }, { VDX_FAIL_ON: "sometimes" });
    const bad = await runAction(env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^::error title=vdx action::fail-on: "sometimes" is not one of error, warn, never$/m);
    expect(bad.outputs).toEqual({ "exit-code": "2" });
    const noBase = await runAction(runnerEnv(workspace, "pull_request", { pull_request: {} }, {}));
    expect(noBase.code).toBe(2);
    expect(noBase.stderr).toMatch(/pull_request: the event payload names no base commit/);
  }, 60_000);

  it("is wired in action.yml: composite, pinned Node, the inputs, upload and gate after a failing scan", () => {
    interface Step {
      uses?: string;
      with?: Record<string, string>;
      if?: string;
      id?: string;
      run?: string;
      env?: Record<string, string>;
    }
    const action = parse(readFileSync(join(REPO_ROOT, "action.yml"), "utf8")) as { inputs: Record<string, unknown>; runs: { using: string; steps: Step[] } };
    expect(Object.keys(action.inputs).sort()).toEqual(["baseline", "changed-since", "config", "fail-on", "paths", "upload"]);
    expect(action.runs.using).toBe("composite");
    const steps = action.runs.steps;
    expect(steps[0]).toMatchObject({ uses: "actions/setup-node@v4", with: { "node-version": expect.stringMatching(/^\d+\.\d+\.\d+$/) } });
    const scan = steps.findIndex((s) => s.id === "scan");
    // Every input reaches the script under the name action-inputs.ts reads.
    for (const input of Object.keys(action.inputs)) expect(steps[scan]!.env![`VDX_${input.toUpperCase().replace(/-/g, "_")}`]).toBe(`\${{ inputs.${input} }}`);
    const upload = steps.findIndex((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"));
    const gate = steps.findIndex((s) => s.run?.includes('exit "$code"'));
    expect(scan).toBeLessThan(upload);
    expect(upload).toBeLessThan(gate);
    expect(steps[upload]!.if).toMatch(/always\(\)/);
    expect(steps[gate]!.if).toMatch(/always\(\)/);
  });

  it("runs as the built entry action.yml names, as a process", () => {
    const entry = join(REPO_ROOT, "packages/cli/dist/ci/github-action-main.js");
    expect(readFileSync(join(REPO_ROOT, "action.yml"), "utf8")).toContain('node "$GITHUB_ACTION_PATH/packages/cli/dist/ci/github-action-main.js"');
    expect(existsSync(entry)).toBe(true);
    const { workspace, base } = pullRequest({ "src/math.ts": "export const one = 1;\n" });
    const env = runnerEnv(workspace, "pull_request", { pull_request: { base: { sha: base } } }, { VDX_UPLOAD: "true" });
    execFileSync(process.execPath, [entry], { cwd: workspace, env: { ...process.env, ...env }, stdio: "pipe" });
    expect(readFileSync(env.GITHUB_OUTPUT!, "utf8")).toMatch(/^exit-code=0$/m);
    expect(readFileSync(env.GITHUB_STEP_SUMMARY!, "utf8")).toMatch(/^## vdx gate ✅ passed$/m);
  }, 120_000);
});
