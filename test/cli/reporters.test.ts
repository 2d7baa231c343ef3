import { describe, expect, it } from "vitest";
import {
  formatInventoryCsv,
  formatInventoryJson,
  formatInventoryMarkdown,
  formatJson,
  formatMarkdown,
  formatText,
  RULE_IDS,
} from "@vdx/cli";
import { ROOT, sampleResult } from "./sample-result.js";

const options = { toolVersion: "9.9.9" };

describe("text reporter", () => {
  it("groups by file, prints path:line:col level message rule-id, the export flow and a summary", () => {
    const text = formatText(sampleResult(), { displayBase: ROOT, colour: false });
    const lines = text.split("\n");
    expect(lines[0]).toBe("apps/tbox/app.ts");
    expect(text).toContain("  src/upload.ts:40:9  error  pi.sensitive.location-trajectory leaves to analytics.example.de (DE) with no covering record  unassessed-export");
    expect(text).toContain("      push → analytics.example.de (DE) · pi.sensitive.location-trajectory");
    expect(text).toContain("      ↳ proto/telemetry.proto:12:3  field State.latitude classified");
    expect(text).toContain("  proto/telemetry.proto:18:3  warn   field speed_kph looks like driving behaviour (suggested: pi.general.driving-behaviour)  unclassified-signal");
    // did-you-mean already in the message: not repeated
    expect(text).not.toContain("trajectory?) (suggested");
    expect(lines.at(-2)).toBe("✖ 7 problems (5 errors, 2 warnings) · 9 files scanned");
    expect(text).not.toMatch(/\u001b\[/);
  });

  it("colours only when asked, and reports hidden findings", () => {
    const coloured = formatText(sampleResult(), { displayBase: ROOT, colour: true });
    expect(coloured).toContain("\u001b[31merror\u001b[39m");
    const clean = formatText(sampleResult({ findings: [], baselined: 3, unchanged: 2 }), { displayBase: "/work", colour: false });
    expect(clean).toBe("✔ no problems · 9 files scanned · 3 in baseline, 2 in unchanged files not shown\n");
  });

  it("shows paths relative to the display base", () => {
    expect(formatText(sampleResult(), { displayBase: "/work", colour: false })).toContain("project/src/upload.ts:40:9");
  });
});

describe("json reporter", () => {
  it("has the documented stable shape with root-relative paths and a summary", () => {
    const doc = JSON.parse(formatJson(sampleResult(), options));
    expect(Object.keys(doc)).toEqual(["version", "tool", "root", "asOf", "rulePack", "findings", "errors", "summary"]);
    expect(doc.tool).toEqual({ name: "vdx", version: "9.9.9" });
    const first = doc.findings.find((f: { ruleId: string }) => f.ruleId === "unassessed-export");
    expect(first).toMatchObject({ file: "src/upload.ts", line: 40, column: 9, endLine: 40, endColumn: 30, level: "error" });
    expect(first.flow[0]).toEqual({ file: "proto/telemetry.proto", line: 12, column: 3, message: expect.any(String) });
    expect(first.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(first.details).toEqual(["no record lists analytics.example.de"]);
    expect(doc.summary).toMatchObject({ total: 7, errors: 5, warnings: 2, filesWithFindings: 5, filesScanned: 9 });
    expect(Object.keys(doc.summary.byRule)).toEqual([...RULE_IDS]);
  });
});

describe("markdown reporter", () => {
  it("has a per-rule summary table and findings by file, escaping markdown in messages", () => {
    const md = formatMarkdown(sampleResult(), options);
    expect(md.startsWith("## vdx scan: 5 errors, 2 warnings\n")).toBe(true);
    for (const id of RULE_IDS) expect(md).toMatch(new RegExp(`\\| \\[\`${id}\`\\]\\([^)]+docs/rules/${id}\\.md\\) \\| (error|warn) \\| 1 \\|`));
    expect(md).toContain("#### `src/upload.ts`");
    expect(md).toContain("field speed\\_kph looks like");
    expect(md).toContain("  - push to `crm.example.de` (DE) · categories `pi.general.identity-contact` · record `SC-1`");
    expect(md).toContain("<details><summary>flow</summary>");
  });
});

describe("inventory reporters", () => {
  it("writes the contracts.md inventory JSON shape exactly", () => {
    const doc = JSON.parse(formatInventoryJson(sampleResult()));
    expect(Object.keys(doc)).toEqual(["version", "fields", "flows"]);
    expect(doc.fields[0]).toEqual({
      file: "proto/telemetry.proto",
      line: 12,
      path: "example.State.latitude",
      categories: ["pi.sensitive.location-trajectory"],
      evidence: "annotation",
      confidence: 1,
    });
    expect(doc.fields[1].evidence).toBe("signal:term:heart+rate");
    expect(doc.flows[1]).toEqual({
      file: "src/upload.ts",
      line: 52,
      categories: ["pi.general.identity-contact"],
      destination: 'crm "eu", main',
      jurisdiction: "DE",
      behaviour: "push",
      status: "expired",
      assessment: "SC-1",
    });
    expect(doc.flows[0].assessment).toBeNull();
  });

  it("quotes CSV per RFC 4180", () => {
    const csv = formatInventoryCsv(sampleResult());
    const rows = csv.split("\r\n");
    expect(rows[0]).toBe("kind,file,line,path,categories,evidence,confidence,destination,jurisdiction,behaviour,status,assessment");
    expect(rows[2]).toBe('flow,src/upload.ts,52,,pi.general.identity-contact,,,"crm ""eu"", main",DE,push,expired,SC-1');
    expect(rows[3]).toBe("field,proto/telemetry.proto,12,example.State.latitude,pi.sensitive.location-trajectory,annotation,1,,,,,");
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("renders a markdown inventory with flows and fields", () => {
    const md = formatInventoryMarkdown(sampleResult());
    expect(md).toContain("2 flows · 2 classified fields");
    expect(md).toContain("| `src/upload.ts:40` | pi.sensitive.location-trajectory, pi.general.vehicle-identifier | `analytics.example.de` | DE | push | gap | — |");
    expect(md).toContain("| `proto/telemetry.proto:12` | `example.State.latitude` |");
  });
});
