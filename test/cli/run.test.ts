import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { loadConfig, loadRegistry } from "@vdx/core";
import { cliVersion } from "@vdx/cli";
import { EXAMPLE, exampleCopy, runCli, tempProject } from "./harness.js";

const AS_OF = ["--as-of", "2026-06-01"];

describe("vdx (no command, help, version, mistakes)", () => {
  it("prints help and the version", async () => {
    const help = await runCli(["--help"], EXAMPLE);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: vdx <command>/);
    expect((await runCli([], EXAMPLE)).code).toBe(2);
    const version = await runCli(["--version"], EXAMPLE);
    expect(version).toEqual({ code: 0, stdout: `${cliVersion()}\n`, stderr: "" });
    expect(cliVersion()).toMatch(/^\d+\.\d+\.\d+/);
    expect((await runCli(["scan", "--help"], EXAMPLE)).stdout).toMatch(/--changed-since/);
  });

  it("exits 2 with a did-you-mean on unknown commands, flags and values", async () => {
    const command = await runCli(["scna"], EXAMPLE);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/unknown command "scna" \(did you mean scan\?\)/);
    const flag = await runCli(["scan", "--fial-on", "warn"], EXAMPLE);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/unknown option --fial-on \(did you mean --fail-on\?\)/);
    expect(flag.stderr).toMatch(/vdx scan --help/);
    const value = await runCli(["scan", "--fail-on", "warning"], EXAMPLE);
    expect(value.stderr).toMatch(/--fail-on must be one of error, warn, never, not "warning" \(did you mean warn\?\)/);
    const date = await runCli(["scan", "--as-of", "2026-02-30"], EXAMPLE);
    expect(date.code).toBe(2);
    expect(date.stderr).toMatch(/--as-of: "2026-02-30" is not a calendar date/);
    expect((await runCli(["scan", "no/such/dir"], EXAMPLE)).stderr).toMatch(/no\/such\/dir:1:1: no such file or directory/);
  });
});

describe("vdx scan", () => {
  it("reports the example's findings as text and exits 1; --fail-on never exits 0", async () => {
    const result = await runCli(["scan", ".", ...AS_OF], EXAMPLE);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/data-export-assessments\.yaml:\d+:\d+ {2}error {2}.*pi\.sensitive\.location-trajectroy.* {2}unknown-category/);
    expect(result.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?\) · \d+ files scanned/);
    expect((await runCli(["scan", ".", "--fail-on", "never", ...AS_OF], EXAMPLE)).code).toBe(0);
  });

  it("prints paths relative to the current directory and colours only on a TTY without NO_COLOR", async () => {
    const fromParent = await runCli(["scan", "telematics-gateway", ...AS_OF], join(EXAMPLE, ".."));
    expect(fromParent.stdout).toMatch(/^telematics-gateway\/data-export-assessments\.yaml$/m);
    const tty = await runCli(["scan", ...AS_OF], EXAMPLE, { tty: true });
    expect(tty.stdout).toMatch(/\u001b\[31merror/);
    const noColor = await runCli(["scan", ...AS_OF], EXAMPLE, { tty: true, env: { NO_COLOR: "1" } });
    expect(noColor.stdout).not.toMatch(/\u001b\[/);
  });

  it("writes several formats in one run and one of them to stdout", async () => {
    const root = exampleCopy();
    const result = await runCli(
      ["scan", ...AS_OF, "--format", "sarif", "--output", "out/a.sarif", "--format", "markdown", "--output", "out/b.md", "--format", "json"],
      root,
    );
    expect(result.code).toBe(1);
    const sarif = JSON.parse(readFileSync(join(root, "out/a.sarif"), "utf8"));
    expect(sarif.runs[0].tool.driver.name).toBe("vdx");
    expect(readFileSync(join(root, "out/b.md"), "utf8")).toMatch(/^## vdx scan: /);
    const json = JSON.parse(result.stdout);
    expect(json.findings.length).toBe(sarif.runs[0].results.length);
    expect(json.findings.every((f: { file: string }) => !f.file.startsWith("/"))).toBe(true);
  });

  it("applies config rule severities", async () => {
    const root = exampleCopy();
    const config = join(root, "vdx.config.yaml");
    writeFileSync(config, readFileSync(config, "utf8") + "rules:\n  unknown-category: warn\n");
    const result = await runCli(["scan", ...AS_OF, "--format", "json"], root);
    const levels = JSON.parse(result.stdout)
      .findings.filter((f: { ruleId: string }) => f.ruleId === "unknown-category")
      .map((f: { level: string }) => f.level);
    expect(levels.length).toBeGreaterThan(0);
    expect(new Set(levels)).toEqual(new Set(["warn"]));
    expect((await runCli(["scan", ...AS_OF, "--fail-on", "warn"], root)).code).toBe(1);
  });

  it("exits 2 on a broken config with file:line:column and no stack trace", async () => {
    const root = tempProject({ "vdx.config.yaml": 'rulePack: "2026"\nunknownHosts: sometimes\nhosts: [\n', "src/a.ts": "export {};\n" });
    const result = await runCli(["scan"], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^vdx\.config\.yaml:\d+:\d+: /m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe("");
  });

  it("exits 2 on a registry that does not parse", async () => {
    const root = tempProject({
      "vdx.config.yaml": "assessments: data-export-assessments.yaml\n",
      "data-export-assessments.yaml": "version: 1\nassessments:\n  - id: [unclosed\n",
    });
    const result = await runCli(["scan"], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^data-export-assessments\.yaml:\d+:\d+: /m);
  });

  it("baseline: recorded findings are dropped, new ones still fail", async () => {
    const root = exampleCopy();
    const written = await runCli(["baseline", ...AS_OF], root);
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(/^wrote \d+ findings? to vdx-baseline\.json, accepted by \S+ \(no --reason given\)$/m);
    const baseline = JSON.parse(readFileSync(join(root, "vdx-baseline.json"), "utf8"));
    expect(baseline.version).toBe(1);
    expect(baseline.findings.length).toBeGreaterThan(0);

    const clean = await runCli(["scan", ...AS_OF, "--baseline", "vdx-baseline.json"], root);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/✔ no problems · \d+ files scanned · \d+ in baseline not shown/);

    // A new typo in the registry is a new finding.
    const registry = join(root, "data-export-assessments.yaml");
    writeFileSync(registry, readFileSync(registry, "utf8").replace("conn.operating-condition]", "conn.operating-conditon]"));
    const fresh = await runCli(["scan", ...AS_OF, "--baseline", "vdx-baseline.json", "--format", "json"], root);
    expect(fresh.code).toBe(1);
    expect(
      JSON.parse(fresh.stdout)
        .findings.map((f: { message: string }) => f.message)
        .join("\n"),
    ).toMatch(/conn\.operating-conditon/);

    expect((await runCli(["scan", "--baseline", "missing.json"], root)).code).toBe(2);
  });
});

describe("vdx inventory", () => {
  it("writes json, csv and markdown", async () => {
    const root = exampleCopy();
    const json = await runCli(["inventory", ...AS_OF, "--format", "json", "--format", "csv", "--output", "inv.csv"], root);
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout);
    expect(doc.version).toBe(1);
    expect(Array.isArray(doc.fields) && Array.isArray(doc.flows)).toBe(true);
    expect(readFileSync(join(root, "inv.csv"), "utf8").split("\r\n")[0]).toMatch(/^kind,file,line,path,categories/);
    expect((await runCli(["inventory", ...AS_OF], root)).stdout).toMatch(/^## Data export inventory/);
  });
});

describe("vdx explain", () => {
  it("explains a rule id", async () => {
    const result = await runCli(["explain", "vehicle-direct-export"], EXAMPLE);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^vehicle-direct-export \(default: error\)/);
    expect(result.stdout).toMatch(/GB\/T 44464-2024/);
    expect(result.stdout).toMatch(
      /^Docs: https:\/\/\S+\/docs\/findings\/vehicle-direct-export\.md \(in the repository: docs\/findings\/vehicle-direct-export\.md\)$/m,
    );
    expect(result.stdout).toMatch(/rules: \{ vehicle-direct-export: error \| warn \| off \}/);
  });

  it("explains a category id with mechanism, scale rule against the config, and signals", async () => {
    const result = await runCli(["explain", "pi.sensitive.location-trajectory"], EXAMPLE);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/行踪轨迹/);
    expect(result.stdout).toMatch(/mechanism: {2}PI-VOL: by yearly volume/);
    const scaled = await runCli(["explain", "conn.charging-network"], EXAMPLE);
    // The example declares chargingVehicles: 80000, below the 100,000 threshold.
    expect(scaled.stdout).toMatch(/scale rule: .*chargingVehicles = 80,000, so it is not important data/);
  });

  it("explains the findings at file:line", async () => {
    const registry = readFileSync(join(EXAMPLE, "data-export-assessments.yaml"), "utf8").split("\n");
    const line = registry.findIndex((l) => l.includes("location-trajectroy")) + 1;
    const result = await runCli(["explain", `data-export-assessments.yaml:${line}`, ...AS_OF], EXAMPLE);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^data-export-assessments\\.yaml:${line}:\\d+ {2}error {2}unknown-category`, "m"));
    expect(result.stdout).toMatch(/pi\.sensitive\.location-trajectory/);
    const empty = await runCli(["explain", "data-export-assessments.yaml:1"], EXAMPLE);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toMatch(/^nothing reported at data-export-assessments\.yaml:1: no finding, flow or classified field$/m);
    expect(empty.stdout).toMatch(new RegExp(`^nearest findings:\n {2}data-export-assessments.yaml:${line}:\\d+ {2}error {2}unknown-category$`, "m"));
  });

  it("explains an export finding at file:line with its export facts and flow", async () => {
    const app = readFileSync(join(EXAMPLE, "src/apps/tbox/tbox-app.ts"), "utf8").split("\n");
    const line = app.findIndex((l) => l.includes("await fetch(EU_DIAGNOSTICS")) + 1;
    const result = await runCli(["explain", `src/apps/tbox/tbox-app.ts:${line}`, ...AS_OF], EXAMPLE);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^src/apps/tbox/tbox-app\\.ts:${line}:\\d+ {2}error {2}vehicle-direct-export`, "m"));
    expect(result.stdout).toMatch(/^ {4}destination: {2}https:\/\/diag\.example-motors\.de\/v1\/snapshots \(DE\)$/m);
    // The flow engine's reasoning: which fields, which path, which destination and why that jurisdiction.
    expect(result.stdout).toMatch(/^ {2}Why:\n {4}Data \(/m);
    expect(result.stdout).toMatch(/^ {4}Path \(from .+\):\n {6}src\/signals\/vss-reader\.ts:\d+:\d+ {2}reads vehicle signal/m);
    expect(result.stdout).toMatch(/^ {4}Destination: https:\/\/diag\.example-motors\.de\/v1\/snapshots → jurisdiction DE: .*\*\.example-motors\.de/m);
    expect(result.stdout).toMatch(/^ {2}Docs: .*docs\/findings\/vehicle-direct-export\.md$/m);
  });

  it("exits 2 with a did-you-mean for an unknown target", async () => {
    const result = await runCli(["explain", "pi.sensitive.location-trajectroy"], EXAMPLE);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/did you mean pi\.sensitive\.location-trajectory/);
    expect((await runCli(["explain", "unasessed-export"], EXAMPLE)).stderr).toMatch(/did you mean unassessed-export/);
  });
});

describe("vdx categories", () => {
  it("prints an aligned table and JSON", async () => {
    const table = await runCli(["categories"], EXAMPLE);
    expect(table.code).toBe(0);
    const lines = table.stdout.split("\n");
    expect(lines[0]).toMatch(/^id\s+中文\s+title\s+kind\s+mechanism\s+scale condition$/);
    const row = lines.find((l) => l.startsWith("pi.sensitive.location-trajectory "))!;
    const other = lines.find((l) => l.startsWith("rd.key-program "))!;
    // Columns line up in terminal cells even with Chinese names: "title" starts at the same display column.
    const width = (s: string) => Array.from(s).reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uff60]/.test(c) ? 2 : 1), 0);
    expect(width(row.slice(0, row.indexOf("Precise")))).toBe(width(other.slice(0, other.indexOf("National"))));
    const json = JSON.parse((await runCli(["categories", "--format", "json"], EXAMPLE)).stdout);
    expect(json.categories.map((c: { id: string }) => c.id)).toContain("ad.lidar-pointcloud");
  });
});

describe("vdx init", () => {
  it("looks at the project, writes a valid starter config and registry, and never overwrites without --force", async () => {
    const root = tempProject({
      "tsconfig.json": "{}",
      "src/index.ts": "export {};\n",
      "proto/telemetry.proto": 'syntax = "proto3";\n',
      "schemas/trip.schema.json": "{}",
      "apps/tbox/main.ts": "export {};\n",
      "apps/portal/main.ts": "export {};\n",
    });
    const first = await runCli(["init"], root);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/vehicleSide: apps\/tbox\/\*\*/);
    const configText = readFileSync(join(root, "vdx.config.yaml"), "utf8");
    expect(configText).toContain('include: ["apps/**", "proto/**", "schemas/**", "src/**"]');
    expect(configText).toContain('vehicleSide: ["apps/tbox/**"]');
    expect(configText).toContain("tsconfig: tsconfig.json");
    const config = loadConfig({ cwd: root });
    expect(config.errors).toEqual([]);
    expect(config.value.vehicleSide).toEqual(["apps/tbox/**"]);
    expect(loadRegistry(join(root, "data-export-assessments.yaml")).errors).toEqual([]);

    writeFileSync(join(root, "vdx.config.yaml"), "# mine\n");
    const again = await runCli(["init"], root);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/vdx\.config\.yaml:1:1: already exists \(use --force to overwrite\)/);
    expect(readFileSync(join(root, "vdx.config.yaml"), "utf8")).toBe("# mine\n");
    expect((await runCli(["init", "--force"], root)).code).toBe(0);
    expect(readFileSync(join(root, "vdx.config.yaml"), "utf8")).toContain("rulePack");
    expect((await runCli(["scan", "--fail-on", "never"], root)).code).toBe(0);
  });

  it("writes into a named directory", async () => {
    const root = tempProject({});
    mkdirSync(join(root, "svc"));
    expect((await runCli(["init", "svc"], root)).code).toBe(0);
    expect(existsSync(join(root, "svc", "data-export-assessments.yaml"))).toBe(true);
  });
});
