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
 * Declaration classifications are kept per `SourceFile` across program
 * states, the way an editor's language service moves from state to state:
 * unchanged files keep their `SourceFile` objects. A kept result must be the
 * one a fresh classification of the new state would give.
 */
describe("declaration classifications across program states", () => {
  const root = mkdtempSync(join(tmpdir(), "vdx-declaration-reuse-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "src"));
  writeFileSync(join(root, "vdx.config.yaml"), 'rulePack: "2026"\ninclude: ["src/**"]\n');
  const model = join(root, "src/model.ts");
  const view = join(root, "src/view.ts");
  const other = join(root, "src/other.ts");
  const texts = new Map<string, string>([
    [model, "export interface Trip {\n  /** @vdx pi.sensitive.location-trajectory */\n  lat: number;\n  vin: string;\n}\n"],
    [view, 'import type { Trip } from "./model.js";\nexport interface TripView extends Trip {\n  label: string;\n}\n'],
    [other, "export interface Reading {\n  /** @vdx pi.general.driving-behaviour */\n  speedKph: number;\n}\n"],
  ]);
  for (const [file, text] of texts) writeFileSync(file, text);
  const knowledge = loadProjectKnowledge({ configFile: join(root, "vdx.config.yaml"), cwd: root, generation: 1 });
  const files = [model, view, other];

  const states = editingHost(texts, files);
  let program = states.program;
  const nextState = (file: string, text: string) => {
    states.edit(file, text);
    program = states.program;
  };
  /** What one core call over the whole program says, per file (the CLI's answer). */
  const fresh = () => {
    const sources = files.map((f) => program.getSourceFile(f)!);
    const outcome = classifyTypeScriptDeclarations(ts, program, sources, knowledge.pack, knowledge.schemaFields, { root: knowledge.root });
    return files.map((f) => ({ fields: outcome.fields.filter((x) => x.location.file === f), findings: outcome.findings.filter((x) => x.location.file === f) }));
  };
  const categoriesOf = (path: string) => new DeclarationClassifications(ts, program, knowledge).fieldsOf(files).find((f) => f.path === path)?.categories;

  it("classifies each file as one call over the whole program does", () => {
    const first = new DeclarationClassifications(ts, program, knowledge).of(files);
    expect(first).toEqual(fresh());
    expect(categoriesOf("TripView.lat")).toEqual(["pi.sensitive.location-trajectory"]);
  });

  it("keeps the results of files the edit cannot reach, and only those", () => {
    const before = new DeclarationClassifications(ts, program, knowledge).of(files);
    const modelFile = program.getSourceFile(model);
    nextState(other, "export interface Reading {\n  /** @vdx pi.general.driving-behaviour */\n  speedKph: number;\n  odometerKm: number;\n}\n");
    expect(program.getSourceFile(model)).toBe(modelFile); // the precondition: unchanged files keep their SourceFile
    const after = new DeclarationClassifications(ts, program, knowledge).of(files);
    expect(after[0]).toBe(before[0]); // model.ts: unchanged, imports nothing that changed
    expect(after[1]).toBe(before[1]); // view.ts: its import closure (model.ts) is unchanged
    expect(after[2]).not.toBe(before[2]); // other.ts: edited
    expect(after).toEqual(fresh());
  });

  it("classifies an importer again when a file it imports changes", () => {
    const before = new DeclarationClassifications(ts, program, knowledge).of(files);
    nextState(model, "export interface Trip {\n  /** @vdx pi.general.vehicle-identifier */\n  lat: number;\n  vin: string;\n}\n");
    const after = new DeclarationClassifications(ts, program, knowledge).of(files);
    expect(after[1]).not.toBe(before[1]); // view.ts inherits Trip.lat
    expect(after[2]).toBe(before[2]); // other.ts imports nothing
    expect(after).toEqual(fresh());
    expect(categoriesOf("TripView.lat")).toEqual(["pi.general.vehicle-identifier"]);
  });

  it("keeps a file classified on its own only once the whole-program field index has asked for it too", () => {
    nextState(other, "export interface Reading {\n  /** @vdx pi.general.driving-behaviour */\n  speedKph: number;\n  headingDeg: number;\n}\n");
    const alone = new DeclarationClassifications(ts, program, knowledge).of([other], { keep: false })[0];
    nextState(view, `${texts.get(view)!}// touched\n`);
    const next = new DeclarationClassifications(ts, program, knowledge);
    expect(next.of([other], { keep: false })[0]).not.toBe(alone);
    next.fieldsOf(files);
    const kept = next.of([other])[0];
    nextState(view, `${texts.get(view)!}// touched again\n`);
    expect(new DeclarationClassifications(ts, program, knowledge).of([other])[0]).toBe(kept);
  });

  it("starts over when the knowledge is rebuilt (pack, schema fields, root)", () => {
    const before = new DeclarationClassifications(ts, program, knowledge).of(files);
    const rebuilt = loadProjectKnowledge({ configFile: join(root, "vdx.config.yaml"), cwd: root, generation: 2 });
    const after = new DeclarationClassifications(ts, program, rebuilt).of(files);
    expect(after[0]).not.toBe(before[0]);
    expect(after).toEqual(before);
  });
});
