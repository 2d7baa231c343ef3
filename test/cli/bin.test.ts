import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT, tempProject } from "./harness.js";

const BIN = join(REPO_ROOT, "packages", "cli", "dist", "bin.js");

describe("the built vdx binary", () => {
  it("exits 2 on a broken config with file:line:column and no stack trace", () => {
    expect(existsSync(BIN), `${BIN} is missing: run \`pnpm build\` (\`pnpm test\` builds first)`).toBe(true);
    const root = tempProject({ "vdx.config.yaml": "include: [src/**\nhosts: 3\n", "src/a.ts": "export {};\n" });
    const run = spawnSync(process.execPath, [BIN, "scan"], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^vdx\.config\.yaml:\d+:\d+: /m);
    expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
  });

  it("exits 0 on --version and 2 on an unknown command", () => {
    expect(spawnSync(process.execPath, [BIN, "--version"], { encoding: "utf8" }).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(spawnSync(process.execPath, [BIN, "frobnicate"], { encoding: "utf8" }).status).toBe(2);
  });
});
