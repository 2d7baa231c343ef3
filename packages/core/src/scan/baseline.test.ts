import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Finding } from "../model/finding.js";
import { createBaseline, readBaseline, serializeBaseline } from "./baseline.js";
import { findingFingerprint } from "./fingerprint.js";

const root = "/project";
const finding = (line: number, fingerprint = "Uploader.send|api.example.de"): Finding => ({
  ruleId: "unassessed-export",
  level: "error",
  message: "location data leaves to api.example.de (DE)",
  location: { file: `${root}/src/upload.ts`, line, column: 3 },
  fingerprint,
});

describe("fingerprints", () => {
  it("ignore line numbers but distinguish rule, file and the analyser's key", () => {
    expect(findingFingerprint(finding(10), root)).toBe(findingFingerprint(finding(42), root));
    expect(findingFingerprint(finding(10), root)).not.toBe(findingFingerprint(finding(10, "other"), root));
    expect(findingFingerprint(finding(10), root)).not.toBe(findingFingerprint({ ...finding(10), ruleId: "vehicle-direct-export" }, root));
    expect(findingFingerprint(finding(10), root)).not.toBe(
      findingFingerprint({ ...finding(10), location: { file: `${root}/src/b.ts`, line: 10, column: 3 } }, root),
    );
  });

  it("do not depend on where the project is checked out", () => {
    const moved = { ...finding(10), location: { file: "/elsewhere/src/upload.ts", line: 10, column: 3 } };
    expect(findingFingerprint(moved, "/elsewhere")).toBe(findingFingerprint(finding(10), root));
  });
});

describe("baseline", () => {
  it("round-trips through a file and deduplicates", () => {
    const dir = mkdtempSync(join(tmpdir(), "vdx-baseline-"));
    const file = join(dir, "b.json");
    const baseline = createBaseline([finding(10), finding(20), finding(30, "second")], root);
    expect(baseline.findings).toHaveLength(2);
    writeFileSync(file, serializeBaseline(baseline));
    const read = readBaseline(file);
    expect(read.errors).toEqual([]);
    expect(read.fingerprints.has(findingFingerprint(finding(99), root))).toBe(true);
  });

  it("reports a missing or malformed baseline with a position", () => {
    const dir = mkdtempSync(join(tmpdir(), "vdx-baseline-"));
    expect(readBaseline(join(dir, "none.json")).errors[0]?.message).toMatch(/^cannot read baseline: no such file \(write one with `vdx baseline`\)$/);
    writeFileSync(join(dir, "bad.json"), '{ "version": 1,\n  "findings": [ { "fp": 1 } ] }');
    const bad = readBaseline(join(dir, "bad.json"));
    expect(bad.errors[0]).toMatchObject({ line: 2, message: expect.stringMatching(/fingerprint/) });
    writeFileSync(join(dir, "syntax.json"), '{ "version": 1,\n  "findings": [ }');
    expect(readBaseline(join(dir, "syntax.json")).errors[0]?.line).toBe(2);
  });
});
