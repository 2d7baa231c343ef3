import { describe, expect, it } from "vitest";
import { formatText } from "@vdx/cli";
import { runCli, tempProject } from "./harness.js";
import { ROOT, sampleResult } from "./sample-result.js";

const COMMANDS = ["scan", "inventory", "explain", "categories", "init", "baseline"];

describe("help, version and usage mistakes", () => {
  const cwd = tempProject({});

  it("has --help, -h and `vdx help <command>` for every command, each listing --help and its own options", async () => {
    for (const command of COMMANDS) {
      const long = await runCli([command, "--help"], cwd);
      expect(long.code).toBe(0);
      expect(long.stdout).toMatch(new RegExp(`^Usage: vdx ${command}\\b`));
      expect(long.stdout).toMatch(/-h, --help/);
      expect((await runCli([command, "-h"], cwd)).stdout).toBe(long.stdout);
      expect((await runCli(["help", command], cwd)).stdout).toBe(long.stdout);
    }
    expect((await runCli(["inventory", "--help"], cwd)).stdout).toMatch(/--include-reviewed/);
    expect((await runCli(["explain", "--help"], cwd)).stdout).toMatch(/file\[:line\[:column\]\]/);
  });

  it("prints help to stderr and exits 2 when no command is given", async () => {
    const bare = await runCli([], cwd);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe("");
    expect(bare.stderr).toMatch(/^vdx — /);
  });

  it("suggests what was meant", async () => {
    expect((await runCli(["-V"], cwd)).stderr).toMatch(/^vdx: unknown option -V \(did you mean -v\?\)$/m);
    expect((await runCli(["--verison"], cwd)).stderr).toMatch(/did you mean --version\?/);
    expect((await runCli(["version"], cwd)).stderr).toMatch(/did you mean --version\?/);
    expect((await runCli(["invnetory"], cwd)).stderr).toMatch(/unknown command "invnetory" \(did you mean inventory\?\)/);
    expect((await runCli(["help", "scna"], cwd)).stderr).toMatch(/did you mean scan\?/);
    const format = await runCli(["scan", "--format", "sarf"], cwd);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/--format must be one of text, json, sarif, markdown, codequality, not "sarf" \(did you mean sarif\?\)/);
    expect((await runCli(["inventory", "--include-reviewd"], cwd)).stderr).toMatch(/did you mean --include-reviewed\?/);
  });

  it("accepts md for markdown", async () => {
    const run = await runCli(["scan", "--format", "md"], tempProject({ "vdx.config.yaml": "include: []\n" }));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^## vdx scan: no problems/);
  });

  it("prints option errors without a made-up file position", async () => {
    const run = await runCli(["scan", "--as-of", "2026-13-01"], tempProject({}));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('vdx: --as-of: "2026-13-01" is not a calendar date\n');
    expect((await runCli(["scan", "--as-of", "tomorrow"], tempProject({}))).stderr).toBe('vdx: --as-of: "tomorrow" is not a date (expected YYYY-MM-DD)\n');
  });
});

describe("text output reads well", () => {
  it("does not repeat suggestions that the message already names", () => {
    const base = sampleResult();
    const text = formatText(
      sampleResult({
        findings: [
          {
            ruleId: "unclassified-signal",
            level: "warn",
            message: "Trip.child looks like vehicle data but carries no classification: pi.sensitive.minor (term:child, confidence 0.50).",
            location: { file: `${ROOT}/schemas/trip.json`, line: 3, column: 5 },
            suggestions: ["pi.sensitive.minor"],
            fingerprint: "x",
          },
          ...base.findings.filter((f) => f.ruleId === "unclassified-signal"),
        ],
      }),
      { displayBase: ROOT, colour: false },
    );
    expect(text).not.toMatch(/confidence 0\.50\)\. \(suggested/);
    // A message that does not name its suggestions still gets them.
    expect(text).toContain("field speed_kph looks like driving behaviour (suggested: pi.general.driving-behaviour)");
  });
});
