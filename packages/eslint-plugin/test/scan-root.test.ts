import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";
import { scan } from "@vdx/core";
import vdx, { reportedFindings } from "../src/index.js";
import { AS_OF } from "./rule-tester.js";

/**
 * A monorepo: `vdx.config.yaml` at the top, the TypeScript package (with its
 * own tsconfig and package.json) below it. Finding fingerprints hold the file
 * relative to the scan root — the config's folder in the CLI — and baselines
 * and SARIF match findings by them, so the editor must use the same root, not
 * the package folder.
 */
describe("the scan root of declaration findings", () => {
  const root = mkdtempSync(join(tmpdir(), "vdx-scan-root-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const app = join(root, "packages/app");
  mkdirSync(join(app, "src"), { recursive: true });
  writeFileSync(join(root, "vdx.config.yaml"), 'rulePack: "2026"\ninclude: ["packages/**"]\n');
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  writeFileSync(
    join(app, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { target: "ES2022", module: "ESNext", moduleResolution: "Bundler", strict: true, noEmit: true, types: [] },
      include: ["src/**/*.ts"],
    }),
  );
  const file = join(app, "src/trip.ts");
  const code = "export interface Fix {\n  lat: number;\n  altitudeM: number;\n}\n";
  writeFileSync(file, code);

  it("is the config's folder, as in the CLI", async () => {
    const cli = (await scan({ paths: [root], cwd: root, asOf: AS_OF })).findings
      .filter((f) => f.location.file === file && f.ruleId === "unclassified-signal")
      .map((f) => `${f.location.line} ${f.fingerprint}`);
    expect(cli.length).toBeGreaterThan(0);
    expect(cli.every((f) => f.includes("packages/app/src/trip.ts"))).toBe(true);

    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: [
        vdx.configs["recommended-type-checked"],
        { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: app } }, settings: { vdx: { asOf: AS_OF } } },
      ],
    });
    await eslint.lintText(code, { filePath: file });
    const plugin = reportedFindings(file).map((r) => `${r.finding.location.line} ${r.finding.fingerprint}`);
    expect(plugin.sort()).toEqual(cli.sort());
  });
});
