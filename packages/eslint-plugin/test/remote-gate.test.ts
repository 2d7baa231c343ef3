import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";
import { scan } from "@vdx/core";
import vdx from "../src/index.js";
import { chargingApp, writeChargingApiProject } from "../../../test/remote/helpers/charging-api-project.js";
import { AS_OF } from "./rule-tester.js";

/**
 * The remote-access analysis runs behind the core's gate, in the CLI and in
 * the plugin alike. Here the config declares no deployment and no exposure,
 * so only the source text can open it (a CORS allow-list naming a foreign
 * origin): the plugin asks the gate file by file and remembers the answer per
 * file, and must still open it exactly when the CLI does.
 */
describe("remote access behind the core's gate", () => {
  const root = mkdtempSync(join(tmpdir(), "vdx-remote-gate-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  writeChargingApiProject(root);
  const app = (corsLine: string) => chargingApp('import cors from "cors";', corsLine);
  const file = join(root, "src/app.ts");
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      vdx.configs["recommended-type-checked"],
      { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } }, settings: { vdx: { asOf: AS_OF } } },
    ],
  });
  const both = async (code: string) => {
    writeFileSync(file, code);
    const cli = (await scan({ paths: [root], cwd: root, asOf: AS_OF })).findings
      .filter((f) => f.location.file === file && f.export?.behaviour === "remote-access")
      .map((f) => `${f.ruleId}:${f.location.line}`);
    const [result] = await eslint.lintText(code, { filePath: file });
    const plugin = result!.messages.filter((m) => m.ruleId === "@vdx/no-unassessed-export").map((m) => `unassessed-export:${m.line}`);
    return { cli, plugin };
  };

  it("opens on a CORS allow-list in the source, as in the CLI", async () => {
    const { cli, plugin } = await both(app('app.use(cors({ origin: ["https://portal.example-motors.de"] }));'));
    expect(cli).toEqual(["unassessed-export:10"]);
    expect(plugin).toEqual(cli);
  });

  it("stays closed when the edit removes it", async () => {
    const { cli, plugin } = await both(app("// no CORS: the API serves this origin only"));
    expect(cli).toEqual([]);
    expect(plugin).toEqual([]);
  });
});
