import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadKnowledge } from "./load-knowledge.js";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function project(config: string): string {
  const root = mkdtempSync(join(tmpdir(), "vdx-knowledge-"));
  roots.push(root);
  writeFileSync(join(root, "vdx.config.yaml"), config);
  return root;
}

describe("loadKnowledge (the load sequence of scan() and the ESLint plugin)", () => {
  it("returns the load findings with the config, pack and registry: a mistyped sanitizer category is a finding, not an error", () => {
    const root = project('sanitizers:\n  - { function: "coarsen", removes: [pi.sensitive.location-trajectry] }\n');
    const knowledge = loadKnowledge({ cwd: root });
    expect(knowledge.errors).toEqual([]);
    expect(knowledge.pack.categories.has("pi.sensitive.location-trajectory")).toBe(true);
    expect(knowledge.findings.map((f) => ({ ruleId: f.ruleId, file: f.location.file, line: f.location.line }))).toEqual([
      { ruleId: "unknown-category", file: join(root, "vdx.config.yaml"), line: 2 },
    ]);
  });

  it("reports a broken config as an error at its position and still returns a usable pack", () => {
    const root = project("include: [src\n");
    const knowledge = loadKnowledge({ cwd: root });
    expect(knowledge.errors.length).toBeGreaterThan(0);
    expect(knowledge.errors[0]?.file).toBe(join(root, "vdx.config.yaml"));
    expect(knowledge.pack.categories.size).toBeGreaterThan(0);
  });
});
