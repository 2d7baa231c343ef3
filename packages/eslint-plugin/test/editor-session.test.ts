import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";
import vdx from "../src/index.js";
import { UPLOAD_CODE, uploadConfig } from "./upload-fixture.js";

/**
 * An editor session: one warm ESLint instance, the project's registry and
 * config edited while it lives. The plugin must pick up the change within
 * about a second, without a restart.
 */
describe("a long-lived ESLint instance", () => {
  const root = mkdtempSync(join(tmpdir(), "vdx-session-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "src"));
  writeFileSync(join(root, "vdx.config.yaml"), uploadConfig('include: ["src/**"]', "assessments: data-export-assessments.yaml"));
  const registry = (destinations: string[]) =>
    [
      "version: 1",
      "assessments:",
      "  - id: SA-2026-0001",
      "    mechanism: security-assessment",
      "    exemption: null",
      '    recipient: { name: "Example Motors GmbH", country: DE }',
      `    destinations: [${destinations.map((d) => JSON.stringify(d)).join(", ")}]`,
      "    categories: [pi.sensitive.location-trajectory]",
      "    scale: { individuals: 200000, sensitiveIndividuals: 200000, vehicles: 200000 }",
      "    mapApproval: null",
      "    validFrom: 2026-01-01",
      "    validUntil: 2028-12-31",
      "",
    ].join("\n");
  writeFileSync(join(root, "data-export-assessments.yaml"), registry(["archive.example-motors.de"]));
  const file = join(root, "src/upload.ts");
  const code = UPLOAD_CODE;
  writeFileSync(file, code);
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    // Without type information: the file alone says everything this test needs.
    overrideConfig: [vdx.configs.recommended, { rules: { "@vdx/no-unassessed-export": "error" }, settings: { vdx: { asOf: "2026-06-01" } } }],
  });
  const ruleIds = async () => (await eslint.lintText(code, { filePath: file }))[0]!.messages.map((m) => m.ruleId);

  it("re-reads the registry after it changes", async () => {
    expect(await ruleIds()).toEqual(["@vdx/no-unassessed-export"]);
    writeFileSync(join(root, "data-export-assessments.yaml"), registry(["archive.example-motors.de", "telemetry.example-motors.de"]));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await ruleIds()).toEqual([]);
  });

  it("reports a registry broken mid-session at the top of the file, then recovers when it is fixed", async () => {
    writeFileSync(join(root, "data-export-assessments.yaml"), "version: 1\nassessments:\n  - id: [unclosed\n");
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const [result] = await eslint.lintText(code, { filePath: file });
    expect(result!.messages).toHaveLength(1);
    expect(result!.messages[0]!.message).toMatch(/data-export-assessments\.yaml:\d+:\d+/);
    writeFileSync(join(root, "data-export-assessments.yaml"), registry(["archive.example-motors.de"]));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await ruleIds()).toEqual(["@vdx/no-unassessed-export"]);
  });
});
