import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { classifyTypeScriptDeclarations } from "@vdx/core";
import { DeclarationClassifications } from "../src/analysis/declaration-classifications.js";
import { loadProjectKnowledge } from "../src/project/load-knowledge.js";
import { editingHost } from "./editing-host.js";

/**
 * The whole project's classifications carried from one program state to the
 * next: only the edited files and the files that import them (transitively)
 * are examined again, and the result always equals one fresh classification
 * of the new state (what the CLI computes).
 */
describe("project classifications carried across edits", () => {
  const root = mkdtempSync(join(tmpdir(), "vdx-classification-snapshot-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "src"));
  writeFileSync(join(root, "vdx.config.yaml"), 'rulePack: "2026"\ninclude: ["src/**"]\n');
  const knowledge = loadProjectKnowledge({ configFile: join(root, "vdx.config.yaml"), cwd: root, generation: 1 });
  const [base, mid, top, other, ambient] = ["base.ts", "mid.ts", "top.ts", "other.ts", "ambient.ts"].map((name) => join(root, "src", name)) as [
    string,
    string,
    string,
    string,
    string,
  ];
  const files = [ambient, base, mid, other, top]; // field order: by path
  const texts = new Map<string, string>([
    [base, "export interface Base {\n  /** @vdx pi.sensitive.location-trajectory */\n  lat: number;\n}\n"],
    [mid, 'import type { Base } from "./base.js";\nexport interface Mid extends Base {\n  label: string;\n}\n'],
    [top, 'import type { Mid } from "./mid.js";\nexport interface Top extends Mid {\n  count: number;\n}\n'],
    [other, "export interface Reading {\n  /** @vdx pi.general.driving-behaviour */\n  speedKph: number;\n}\n"],
    [ambient, "export {};\n"],
  ]);
  const states = editingHost(texts, files);
  const project = () => files.map((file) => states.program.getSourceFile(file)!);
  const carried = () => new DeclarationClassifications(ts, states.program, knowledge).ofProject(project());
  const fresh = () => {
    const outcome = classifyTypeScriptDeclarations(ts, states.program, project(), knowledge.pack, knowledge.schemaFields, { root: knowledge.root });
    return files.map((f) => ({ fields: outcome.fields.filter((x) => x.location.file === f), findings: outcome.findings.filter((x) => x.location.file === f) }));
  };
  const categoriesOf = (results: ReturnType<typeof carried>, path: string) => results.flatMap((r) => r.fields).find((f) => f.path === path)?.categories;

  it("equals a fresh classification of every state, examining only what an edit reaches", () => {
    const first = carried();
    expect(first).toEqual(fresh());
    expect(categoriesOf(first, "Top.lat")).toEqual(["pi.sensitive.location-trajectory"]);

    // An edit nobody imports: everything else is carried over as the same objects.
    states.edit(other, texts.get(other)!.replace("speedKph: number;", "speedKph: number;\n  headingDeg: number;"));
    const second = carried();
    expect(second).toEqual(fresh());
    for (const file of [ambient, base, mid, top]) expect(second[files.indexOf(file)]).toBe(first[files.indexOf(file)]);
    expect(second[files.indexOf(other)]).not.toBe(first[files.indexOf(other)]);

    // An edit at the bottom of an import chain reaches every file above it.
    states.edit(base, texts.get(base)!.replace("pi.sensitive.location-trajectory", "pi.general.vehicle-identifier"));
    const third = carried();
    expect(third).toEqual(fresh());
    expect(categoriesOf(third, "Top.lat")).toEqual(["pi.general.vehicle-identifier"]);
    expect(third[files.indexOf(other)]).toBe(second[files.indexOf(other)]);

    // A new import makes a file a dependent of what it now imports.
    states.edit(other, 'import type { Base } from "./base.js";\nexport interface Reading extends Base {\n  speedKph: number;\n}\n');
    carried();
    states.edit(base, texts.get(base)!.replace("pi.general.vehicle-identifier", "pi.sensitive.biometric"));
    const fifth = carried();
    expect(fifth).toEqual(fresh());
    expect(categoriesOf(fifth, "Reading.lat")).toEqual(["pi.sensitive.biometric"]);
  });

  it("gives up on an edit that changes what every file sees", () => {
    carried();
    // `declare global` in a module: every file's view of the global scope may change.
    states.edit(ambient, "export {};\ndeclare global {\n  interface Window { vdxProbe: number }\n}\n");
    const results = carried();
    expect(results).toEqual(fresh());
    states.edit(ambient, "export {};\n");
    expect(carried()).toEqual(fresh());
  });
});
