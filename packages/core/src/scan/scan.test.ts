import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Finding } from "../model/finding.js";
import type { ClassifiedField } from "../model/schema-field.js";
import { scan, checkAsOf } from "./scan.js";
import { createBaseline, serializeBaseline } from "./baseline.js";
import type { AnalysisContext, Analyzer } from "./types.js";

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "vdx-scan-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const BASE = {
  "vdx.config.yaml": 'rulePack: "2026"\ninclude: ["src/**", "proto/**", "schemas/**"]\nrules:\n  unclassified-signal: off\n',
  "src/b.ts": "export const b = 1;\n",
  "src/a.ts": "export const a = 1;\n",
  "proto/t.proto": 'syntax = "proto3";\n',
  "schemas/s.schema.json": "{}\n",
  "notes/readme.md": "not scanned\n",
};

const finding = (file: string, line: number, ruleId: Finding["ruleId"], key: string): Finding => ({
  ruleId,
  level: "warn",
  message: `${ruleId} ${key}`,
  location: { file, line, column: 1 },
  fingerprint: key,
});

/** Reports one `invalid-input` per file, bottom-up, so the scan's sorting is visible. */
const perFile: Analyzer = {
  id: "per-file",
  run: (context) => ({ findings: [...context.files].reverse().map((file) => finding(file, 1, "invalid-input", file)) }),
};

describe("scan", () => {
  it("hands analysers the collected files by kind, config, pack and date, in registration order", async () => {
    const root = project(BASE);
    const seen: AnalysisContext[] = [];
    const field: ClassifiedField = {
      path: "t.State.lat",
      source: "protobuf",
      location: { file: join(root, "proto/t.proto"), line: 1, column: 1 },
      categories: ["pi.sensitive.location-trajectory"],
      evidence: { kind: "annotation" },
      confidence: 1,
    };
    const first: Analyzer = { id: "first", run: (c) => (seen.push(c), { fields: [field] }) };
    const second: Analyzer = {
      id: "second",
      run: (c) => Promise.resolve((seen.push(c), c.report(finding(join(root, "src/a.ts"), 3, "unclassified-signal", "x")), {})),
    };
    const result = await scan({ paths: [], cwd: root, asOf: "2026-06-01", analyzers: [first, second] });
    expect(result.errors).toEqual([]);
    expect(result.root).toBe(root);
    expect(seen[0]!.filesByKind).toEqual({
      proto: [join(root, "proto/t.proto")],
      schema: [join(root, "schemas/s.schema.json")],
      vss: [],
      typescript: [join(root, "src/a.ts"), join(root, "src/b.ts")],
    });
    expect(seen[0]!.asOf).toBe("2026-06-01");
    expect(seen[0]!.pack.categories.has("pi.sensitive.location-trajectory")).toBe(true);
    expect(seen[0]!.fields).toEqual([]);
    expect(seen[1]!.fields).toEqual([field]);
    expect(result.fields).toEqual([field]);
    // config `rules: { unclassified-signal: off }` drops the reported finding
    expect(result.findings).toEqual([]);
    expect(result.stats.files).toEqual({ proto: 1, schema: 1, vss: 0, typescript: 2, total: 4 });
    expect(Object.keys(result.stats.timings)).toEqual(expect.arrayContaining(["load", "collect", "analyzer:first", "analyzer:second"]));
  });

  it("sorts findings and turns a throwing analyser into an invalid-input finding", async () => {
    const root = project(BASE);
    const broken: Analyzer = {
      id: "broken",
      run: () => {
        throw new Error("boom\nstack");
      },
    };
    const result = await scan({ paths: [root], cwd: root, analyzers: [perFile, broken] });
    const rel = result.findings.map((f) => f.location.file.slice(root.length + 1) || ".");
    expect(rel).toEqual([".", "proto/t.proto", "schemas/s.schema.json", "src/a.ts", "src/b.ts"]);
    expect(result.findings[0]!.message).toMatch(/analyser "broken" failed: boom \(this is a vdx bug/);
  });

  it("returns config, registry and option problems as errors without running analysers", async () => {
    let ran = false;
    const spy: Analyzer = { id: "spy", run: () => ((ran = true), {}) };
    const broken = project({ ...BASE, "vdx.config.yaml": "include: [\n" });
    const result = await scan({ paths: [], cwd: broken, analyzers: [spy] });
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors[0]!.file).toBe(join(broken, "vdx.config.yaml"));
    expect(ran).toBe(false);
    const badDate = await scan({ paths: [], cwd: project(BASE), asOf: "26-1-1", analyzers: [spy] });
    expect(badDate.errors[0]!.message).toMatch(/not a date/);
    const missing = await scan({ paths: ["nope"], cwd: project(BASE), analyzers: [spy] });
    expect(missing.errors[0]!.message).toBe("no such file or directory");
    expect(ran).toBe(false);
  });

  it("drops baselined findings and findings in files unchanged since a git ref", async () => {
    const root = project(BASE);
    const first = await scan({ paths: [], cwd: root, analyzers: [perFile] });
    writeFileSync(join(root, "baseline.json"), serializeBaseline(createBaseline(first.findings.slice(0, 2), root)));
    const baselined = await scan({ paths: [], cwd: root, analyzers: [perFile], baselineFile: "baseline.json" });
    expect(baselined.baselined).toBe(2);
    expect(baselined.findings).toHaveLength(first.findings.length - 2);

    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.email=t@example.invalid", "-c", "user.name=t", "-c", "commit.gpgsign=false", ...args], { cwd: root, stdio: "pipe" });
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "base");
    writeFileSync(join(root, "src/b.ts"), "export const b = 2;\n");
    const changed = await scan({ paths: [], cwd: root, analyzers: [perFile], changedSince: "HEAD" });
    expect(changed.findings.map((f) => f.location.file)).toEqual([join(root, "src/b.ts")]);
    expect(changed.unchanged).toBe(first.findings.length - 1);
    const badRef = await scan({ paths: [], cwd: root, analyzers: [perFile], changedSince: "no-such-ref" });
    expect(badRef.errors[0]!.message).toMatch(/--changed-since no-such-ref: git failed/);
  });

  it("validates --as-of as a calendar date", () => {
    expect(checkAsOf("2028-02-29")).toBeUndefined();
    expect(checkAsOf("2026-02-29")).toMatch(/not a calendar date/);
    expect(checkAsOf("2026-6-1")).toMatch(/expected YYYY-MM-DD/);
  });
});
