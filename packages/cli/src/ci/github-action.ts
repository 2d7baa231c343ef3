import { execFileSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { CliIo } from "../io.js";
import { run } from "../run.js";
import { ActionInputError, actionInputs, type ActionInputs } from "./action-inputs.js";
import { annotations, jobSummary, type JsonReport } from "./job-summary.js";

/**
 * What the GitHub Action (`action.yml` at the repository root) runs after installing the CLI: the
 * scan — PR mode on a pull request, in full on a push — writing SARIF for code scanning, the job
 * summary (verdict, findings, inventory with its map) and the step outputs. It returns 0 once the
 * outputs are written, whatever the gate says: the Action uploads the SARIF first and fails the job
 * afterwards from the `exit-code` output, so a failing gate still shows its alerts. Returns 2 when the
 * inputs are unusable (nothing was scanned).
 */
export async function runGithubAction(io: CliIo): Promise<number> {
  let inputs: ActionInputs;
  try {
    inputs = actionInputs(io.env);
  } catch (error) {
    if (!(error instanceof ActionInputError)) throw error;
    io.stderr.write(`::error title=vdx action::${error.message}\n`);
    writeOutputs(io, { "exit-code": "2" });
    return 2;
  }
  const workspace = resolve(io.cwd, io.env.GITHUB_WORKSPACE ?? ".");
  const out = mkdtempSync(join(io.env.RUNNER_TEMP ?? tmpdir(), "vdx-"));
  const files = { sarif: join(out, "vdx.sarif"), json: join(out, "vdx.json"), inventory: join(out, "vdx-inventory.md") };
  if (inputs.changedSince) ensureCommit(inputs.changedSince, workspace, io);
  io.stderr.write(`vdx: ${inputs.changedSince ? `PR mode since ${inputs.changedSince} (${inputs.modeReason})` : `full scan (${inputs.modeReason})`}\n`);

  const common = [
    ...inputs.paths,
    ...(inputs.config ? ["--config", inputs.config] : []),
    ...(inputs.changedSince ? ["--changed-since", inputs.changedSince] : []),
    ...(inputs.asOf ? ["--as-of", inputs.asOf] : []),
    // The inventory run after the scan reuses its analysis; a restored cache makes both cheaper.
    "--cache",
  ];
  const cli: CliIo = { ...io, cwd: workspace };
  const exitCode = await run(
    [
      "scan",
      ...common,
      "--fail-on",
      inputs.failOn,
      ...(inputs.baseline ? ["--baseline", inputs.baseline] : []),
      "--format",
      "text",
      "--format",
      "sarif",
      "--output",
      files.sarif,
      "--format",
      "json",
      "--output",
      files.json,
    ],
    cli,
  );
  const report = existsSync(files.json) ? (JSON.parse(readFileSync(files.json, "utf8")) as JsonReport) : undefined;
  let inventory: string | undefined;
  if (exitCode !== 2) {
    const inventoryCode = await run(["inventory", ...common, "--quiet", "--format", "markdown", "--output", files.inventory], {
      ...cli,
      stdout: { write: () => true },
    });
    if (inventoryCode === 0 && existsSync(files.inventory)) inventory = readFileSync(files.inventory, "utf8");
  }
  if (report && !inputs.upload) io.stdout.write(annotations(report, workspace));
  if (io.env.GITHUB_STEP_SUMMARY)
    appendFileSync(
      io.env.GITHUB_STEP_SUMMARY,
      jobSummary({ exitCode, failOn: inputs.failOn, ...(report ? { report } : {}), ...(inventory ? { inventory } : {}) }),
    );
  writeOutputs(io, {
    "exit-code": String(exitCode),
    findings: report ? String(report.findings.length) : "",
    mode: inputs.changedSince ? "pull-request" : "full",
    sarif: existsSync(files.sarif) ? files.sarif : "",
    json: report ? files.json : "",
    inventory: inventory ? files.inventory : "",
  });
  return 0;
}

/**
 * A shallow checkout (the default of actions/checkout) lacks the base commit PR mode diffs against:
 * fetch that one commit. Only a commit id is fetched this way; a branch name must be fetched by the
 * workflow (`fetch-depth: 0`). Git runs with the fsmonitor and other hooks off, as PR mode's own git
 * reads do (the runner's git config is the checkout action's, but nothing else needs to run).
 */
function ensureCommit(ref: string, workspace: string, io: CliIo): void {
  const git = (...args: string[]) =>
    execFileSync("git", ["--no-pager", "-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", ...args], {
      cwd: workspace,
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    });
  try {
    git("cat-file", "-e", `${ref}^{commit}`);
    return;
  } catch {
    // Not here yet: fetch it below when it is a commit id.
  }
  if (!/^[0-9a-f]{40,64}$/i.test(ref)) return;
  try {
    io.stderr.write(`vdx: fetching the base commit ${ref}\n`);
    git("fetch", "--no-tags", "--depth=1", "origin", ref);
  } catch (error) {
    const stderr = error && typeof error === "object" && "stderr" in error ? String(error.stderr).trim().split("\n")[0] : String(error);
    io.stderr.write(`::warning title=vdx action::could not fetch the base commit ${ref}: ${stderr}\n`);
  }
}

/** Step outputs (`$GITHUB_OUTPUT`, `name=value` lines); none outside GitHub Actions. */
function writeOutputs(io: CliIo, outputs: Record<string, string>): void {
  const file = io.env.GITHUB_OUTPUT;
  if (!file) return;
  appendFileSync(
    file,
    Object.entries(outputs)
      .map(([name, value]) => `${name}=${value}\n`)
      .join(""),
  );
}
