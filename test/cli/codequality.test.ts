import { describe, expect, it } from "vitest";
import { formatCodeQuality } from "@vdx/cli";
import { ROOT, sampleResult } from "./sample-result.js";

interface Issue {
  type: string;
  check_name: string;
  description: string;
  severity: string;
  fingerprint: string;
  location: { path: string; lines: { begin: number; end: number } };
}

describe("GitLab Code Quality reporter", () => {
  it("writes one issue per finding with GitLab's fields, severities by level and unique line-free fingerprints", () => {
    const result = sampleResult();
    const issues = JSON.parse(formatCodeQuality(result, { displayBase: ROOT })) as Issue[];
    expect(issues).toHaveLength(result.findings.length);
    const upload = issues.find((i) => i.check_name === "vdx/unassessed-export")!;
    expect(upload).toMatchObject({ type: "issue", severity: "critical", location: { path: "src/upload.ts", lines: { begin: 40 } } });
    expect(upload.description).toContain("analytics.example.de");
    expect(issues.find((i) => i.check_name === "vdx/unclassified-signal")!.severity).toBe("major");
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(issues.every((i) => /^[0-9a-f]+(-\d+)?$/.test(i.fingerprint))).toBe(true);

    // The same finding twice (same rule, symbol, destination) keeps two distinct fingerprints; a moved line keeps its own.
    const first = result.findings[0]!;
    const twice = sampleResult({ findings: [first, { ...first, location: { ...first.location, line: first.location.line + 5 } }] });
    const [a, b] = JSON.parse(formatCodeQuality(twice, { displayBase: ROOT })) as Issue[];
    expect(a!.fingerprint).not.toBe(b!.fingerprint);
    expect(b!.fingerprint.startsWith(a!.fingerprint)).toBe(true);
    const moved = sampleResult({ findings: [{ ...first, location: { ...first.location, line: first.location.line + 9 } }] });
    expect((JSON.parse(formatCodeQuality(moved, { displayBase: ROOT })) as Issue[])[0]!.fingerprint).toBe(a!.fingerprint);

    // Paths are relative to the working directory (the repository root in a GitLab job), not the scan root.
    const fromAbove = JSON.parse(formatCodeQuality(result, { displayBase: "/work" })) as Issue[];
    expect(fromAbove.find((i) => i.check_name === "vdx/unassessed-export")!.location.path).toBe("project/src/upload.ts");
  });
});
