import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildPackages, installedProject, packPackages, runCommand } from "./packed-install.js";

/**
 * The three packages as a user gets them: packed with `pnpm pack`, installed
 * with npm into a project outside the workspace, then run through their
 * entry points (the `vdx` bin, the ESLint plugin, the type declarations).
 */
const PROJECT = {
  "src/upload.ts": `export interface TripPoint {
  /** @vdx pi.sensitive.location-trajectory */
  latitude: number;
  /** @vdx pi.sensitive.location-trajectory */
  longitude: number;
}

export async function upload(point: TripPoint): Promise<void> {
  await fetch("https://telemetry.example.de/trips", { method: "POST", body: JSON.stringify(point) });
}
`,
  "tsconfig.json": `{
  "compilerOptions": { "target": "ES2022", "module": "NodeNext", "strict": true, "lib": ["ES2023", "DOM"], "noEmit": true },
  "include": ["src"]
}
`,
  "eslint.config.js": `import vdx from "@vdx/eslint-plugin";

export default [vdx.configs["recommended-type-checked"], { settings: { vdx: { asOf: "2026-06-01" } } }];
`,
  // A consumer of the published type declarations: they must resolve without the workspace's sources.
  // skipLibCheck as most consumers set it (checking ts-morph's declarations takes half a minute).
  "consumer/use-api.ts": `import { scan, type Finding, type ScanResult } from "@vdx/core";
import { run, type CliIo } from "@vdx/cli";
import vdx, { reportedFindings } from "@vdx/eslint-plugin";

export async function ruleIds(root: string): Promise<string[]> {
  const result: ScanResult = await scan({ paths: [root], cwd: root });
  return result.findings.map((finding: Finding) => finding.ruleId);
}
export const exitCode = (io: CliIo): Promise<number> => run(["scan"], io);
export const presets: string[] = Object.keys(vdx.configs);
export const reported = (file: string): number => reportedFindings(file).length;

// Each line is an error only while the declarations resolve to real types (not \`any\`).
// @ts-expect-error a ScanResult is not a number
export const notANumber: number = {} as ScanResult;
// @ts-expect-error CliIo needs cwd, env and streams
export const notAnIo: CliIo = {};
// @ts-expect-error reportedFindings takes a file path
reportedFindings(1);
`,
  "consumer/tsconfig.json": `{
  "compilerOptions": { "target": "ES2022", "module": "NodeNext", "strict": true, "lib": ["ES2023"], "types": [], "noEmit": true, "skipLibCheck": true },
  "include": ["."]
}
`,
};

let project: string;

beforeAll(() => {
  buildPackages();
  const tarballs = packPackages(mkdtempSync(join(tmpdir(), "vdx-tarballs-")));
  expect(tarballs).toHaveLength(3);
  project = installedProject(tarballs, PROJECT);
}, 240_000);

describe("the packed packages installed outside the workspace", () => {
  it("ship their build and data, not the build's bookkeeping or the sources", () => {
    const installed = (path: string) => existsSync(join(project, "node_modules", "@vdx", path));
    expect(installed("core/dist/index.js")).toBe(true);
    // Schemas compiled by the build, so a scan does not compile them at start (precompiled-validators.ts).
    expect(installed("core/dist/input/precompiled-validators.cjs")).toBe(true);
    expect(installed("core/rules/2026/pack.yaml")).toBe(true);
    expect(installed("core/rules/schema/sinks.schema.json")).toBe(true);
    expect(installed("core/schemas/vdx.config.schema.json")).toBe(true);
    expect(installed("cli/bin/vdx.js")).toBe(true);
    for (const name of ["core", "cli", "eslint-plugin"]) {
      expect(installed(`${name}/dist/.tsbuildinfo`), `@vdx/${name} ships dist/.tsbuildinfo`).toBe(false);
      expect(installed(`${name}/src`), `@vdx/${name} ships src/`).toBe(false);
      expect(installed(`${name}/tsconfig.json`), `@vdx/${name} ships tsconfig.json`).toBe(false);
    }
    const cliManifest = JSON.parse(readFileSync(join(project, "node_modules", "@vdx", "cli", "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    expect(cliManifest.dependencies["@vdx/core"]).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("`vdx scan` finds the export, exits 1 and writes SARIF that parses", () => {
    const bin = join(project, "node_modules", ".bin", "vdx");
    const result = runCommand(bin, ["scan", ".", "--as-of", "2026-06-01", "--format", "sarif", "--output", "vdx.sarif", "--format", "text"], project);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/src\/upload\.ts:9:9 +error .* unassessed-export/);
    const sarif = JSON.parse(readFileSync(join(project, "vdx.sarif"), "utf8")) as {
      version: string;
      runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
    };
    expect(sarif.version).toBe("2.1.0");
    const results = sarif.runs[0]?.results ?? [];
    expect(results.map((result) => result.ruleId)).toEqual(["unassessed-export"]);
    expect(results[0]?.locations[0]?.physicalLocation).toMatchObject({ artifactLocation: { uri: "src/upload.ts" }, region: { startLine: 9 } });
  });

  it("ESLint with @vdx/eslint-plugin reports the same export", () => {
    const eslint = join(project, "node_modules", ".bin", "eslint");
    const result = runCommand(eslint, ["--format", "json", "src"], project);
    expect(result.status, result.stderr).toBe(1);
    const [file] = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[];
    expect(file?.filePath).toBe(join(project, "src", "upload.ts"));
    expect(file?.messages.map(({ ruleId, line, column }) => ({ ruleId, line, column }))).toEqual([{ ruleId: "@vdx/no-unassessed-export", line: 9, column: 9 }]);
  });

  it("the type declarations compile in a consumer", () => {
    const tsc = join(project, "node_modules", ".bin", "tsc");
    const result = runCommand(tsc, ["-p", "consumer"], project);
    expect(`${result.stdout}${result.stderr}`).toBe("");
    expect(result.status).toBe(0);
  });
});
