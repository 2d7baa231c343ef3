import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { discoverExamples, resultsOf, scanExampleSarif, snapshotText } from "./example-scan.js";
import { EXPORT_RULES, describeResult, fileOf, lineOfResult } from "./key-findings.js";

const examples = discoverExamples();
const BEHAVIOURS = ["push", "remote-access", "processing-abroad"];

describe("example projects", () => {
  it("are discovered (every folder under examples/ with a vdx config)", () => {
    expect(examples).toEqual(expect.arrayContaining(["adas-data-loop", "telematics-gateway"]));
  });
});

describe.each(examples)("examples/%s", (name) => {
  it("scans without a usage, config or registry error (exit 0 or 1, nothing on stderr)", async () => {
    const { run } = await scanExampleSarif(name);
    expect(run.stderr).toBe("");
    expect([0, 1]).toContain(run.code);
  });

  it("gives the SARIF of the committed snapshot (normalised: no tool version, relative URIs, sorted)", async () => {
    const { log } = await scanExampleSarif(name);
    await expect(snapshotText(log)).toMatchFileSnapshot(join("__snapshots__", `${name}.sarif.json`));
  });

  it("honours the SARIF contract: relative URIs, 1-based lines, export properties and code flows ending at the reported call", async () => {
    const { log } = await scanExampleSarif(name);
    const run = log.runs![0]!;
    expect(run.tool?.driver?.name).toBe("vdx");
    const ruleIds = new Set((run.tool?.driver?.rules ?? []).map((rule) => rule.id));
    for (const result of resultsOf(log)) {
      const label = describeResult(result);
      expect(ruleIds.has(result.ruleId ?? ""), label).toBe(true);
      expect(fileOf(result), label).toMatch(/^(?!\/|[a-z]+:)/i);
      expect(lineOfResult(result), label).toBeGreaterThanOrEqual(1);
      expect(Object.keys(result.partialFingerprints as object), label).not.toHaveLength(0);
      if (!EXPORT_RULES.has(result.ruleId ?? "")) continue;
      const properties = result.properties ?? {};
      expect(properties.categories, label).toEqual([...(properties.categories as string[])].sort());
      expect((properties.categories as string[]).length, label).toBeGreaterThan(0);
      expect(typeof properties.destination, label).toBe("string");
      expect(properties.jurisdiction, label).toMatch(/^([A-Z]{2}|internal|unknown)$/);
      expect(BEHAVIOURS, label).toContain(properties.behaviour);
      const steps = flowSteps(result);
      expect(steps.length, `${label}: code flow from classification to sink`).toBeGreaterThanOrEqual(2);
      expect(
        steps.some((step) => step.file === fileOf(result) && step.line === lineOfResult(result)),
        `${label}: a code-flow step at the reported call`,
      ).toBe(true);
    }
  });

  it("has explicit key-finding assertions (test/e2e/<example>.test.ts), so a regenerated snapshot cannot silently accept a wrong result", () => {
    expect(existsSync(fileURLToPath(new URL(`${name}.test.ts`, import.meta.url))), `write test/e2e/${name}.test.ts`).toBe(true);
  });
});

function flowSteps(result: Record<string, unknown>): { file?: string; line?: number }[] {
  const codeFlows = (result.codeFlows ?? []) as {
    threadFlows?: { locations?: { location?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } } }[] }[];
  }[];
  return codeFlows
    .flatMap((flow) => flow.threadFlows ?? [])
    .flatMap((thread) => thread.locations ?? [])
    .map((step) => ({
      file: step.location?.physicalLocation?.artifactLocation?.uri,
      line: step.location?.physicalLocation?.region?.startLine,
    }));
}
