import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateMonorepo } from "../../bench/monorepo-project.js";
import { runCli } from "../cli/harness.js";
import { git, gitCopy } from "./project-copy.js";

/**
 * The pull-request gate end to end, on a real git repository made here: the base is committed, the
 * pull request's change is in the work tree, and `vdx scan --changed-since HEAD` decides.
 */
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function repository(): string {
  const generated = mkdtempSync(join(tmpdir(), "vdx-gate-"));
  dirs.push(generated);
  generateMonorepo(generated, { packages: 3, servicesPerPackage: 6, reposPerPackage: 2, utilsPerPackage: 2 });
  writeFileSync(join(generated, ".gitignore"), "node_modules/\n");
  const root = gitCopy(generated, "vdx-gate-repo-");
  dirs.push(root);
  return root;
}

async function prCheck(root: string, extra: string[] = []) {
  const result = await runCli(["scan", "--changed-since", "HEAD", "--as-of", "2026-06-01", "--format", "json", ...extra], root);
  return {
    code: result.code,
    report: JSON.parse(result.stdout) as { findings: { ruleId: string; file: string; line: number; export?: { destination: string } }[]; diffFilter: unknown },
    stderr: result.stderr,
  };
}

describe("the PR gate on a git repository", () => {
  it("fails a change that adds a foreign upload, at the upload, and passes an unrelated change", async () => {
    const root = repository();
    // Unrelated: a utility gains a pure function, a comment changes in a service.
    appendFileSync(join(root, "packages/trips/src/util/util0.ts"), "\nexport function twice0(n: number): number {\n  return 2 * n;\n}\n");
    const service = join(root, "packages/trips/src/services/svc2.ts");
    writeFileSync(service, readFileSync(service, "utf8").replace("const client =", "// the package's client\nconst client ="));
    const unrelated = await prCheck(root);
    expect(unrelated.stderr).toBe("");
    expect(unrelated.report.findings).toEqual([]);
    expect(unrelated.report.diffFilter).toEqual({ ref: "HEAD", changedFiles: 2 });
    expect(unrelated.code).toBe(0);

    // The same branch then adds a foreign upload of location data in a new file.
    mkdirSync(join(root, "packages/trips/src/probe"), { recursive: true });
    writeFileSync(
      join(root, "packages/trips/src/probe/probe.ts"),
      [
        'import { findTrips0 } from "../repo/repo0";',
        "",
        "export async function probe(id: string): Promise<void> {",
        "  const record = findTrips0(id);",
        "  if (!record) return;",
        '  await fetch("https://probe.example-motors.de/v1/pos", { method: "POST", body: JSON.stringify({ lat: record.position.lat, vin: record.vehicle.vin }) });',
        "}",
        "",
      ].join("\n"),
    );
    const upload = await prCheck(root);
    expect(upload.code).toBe(1);
    expect(upload.report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.export?.destination}`)).toEqual([
      "unassessed-export packages/trips/src/probe/probe.ts:6 https://probe.example-motors.de/v1/pos",
    ]);
  }, 120_000);

  it("reports a finding elsewhere whose flow passes through the change (a client's endpoint)", async () => {
    const root = repository();
    // The telemetry client's base URL moves to another host: the findings at its sinks carry the change.
    const client = join(root, "packages/telemetry/src/client.ts");
    writeFileSync(client, readFileSync(client, "utf8").replace("eu-telemetry.example-motors.de", "eu2-telemetry.example-motors.de"));
    const pr = await prCheck(root);
    const whole = await runCli(["scan", "--as-of", "2026-06-01", "--format", "json", "--fail-on", "never"], root);
    const wholeAtClient = (JSON.parse(whole.stdout) as { findings: { file: string }[] }).findings.filter((f) => f.file === "packages/telemetry/src/client.ts");
    expect(wholeAtClient.length).toBeGreaterThan(0);
    expect(pr.report.findings.map((f) => f.file)).toEqual(wholeAtClient.map((f) => f.file));
    git(root, "checkout", "-q", "--", ".");
    expect((await prCheck(root)).report.findings).toEqual([]);
  }, 120_000);
});
