import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadRulePack } from "./load-rule-pack.js";

const root = mkdtempSync(join(tmpdir(), "vdx-propagation-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function packFolder(name: string, propagation: string): string {
  mkdirSync(join(root, name), { recursive: true });
  writeFileSync(join(root, name, "propagation.yaml"), propagation);
  return name;
}

const load = (extendsFolders: string[]) => loadRulePack({ rulePack: "2026", extends: extendsFolders, baseDir: root });
const examples = "examples: { match: ['q.enqueue(loadTrip().vin); send(q);'], noMatch: ['q.enqueue(loadTrip().id); send(q);'] }";

describe("propagation.yaml", () => {
  it("loads clean from the built-in pack into the sets the engine asks", () => {
    const { value: pack, errors, findings } = load([]);
    expect(errors).toEqual([]);
    expect(findings).toEqual([]);
    expect(pack.propagation.mutators.has("push")).toBe(true);
    expect(pack.propagation.emptyResults.has("countDocuments")).toBe(true);
    expect(pack.propagation.containers.get("Map")).toBe("last");
    expect(pack.propagation.containers.get("Generator")).toBe("first");
  });

  it("is extended by a user pack: new names are added, a known name replaces the base's entry", () => {
    const folder = packFolder(
      "acme",
      [
        "mutators:",
        `  - { name: enqueue, ${examples} }`,
        "containers:",
        `  - { name: Map, element: first, ${examples} }`,
        `  - { name: Deferred, ${examples} }`,
      ].join("\n"),
    );
    const { value: pack, errors } = load([folder]);
    expect(errors).toEqual([]);
    expect(pack.propagation.mutators.has("enqueue")).toBe(true);
    expect(pack.propagation.mutators.has("push")).toBe(true);
    expect(pack.propagation.containers.get("Map")).toBe("first");
    expect(pack.propagation.containers.get("Deferred")).toBe("last");
  });

  it("leaves out an entry with a schema error, says where, and keeps the rest of the file", () => {
    const folder = packFolder("bad-entry", ["mutators:", "  - { name: enqueue }", `  - { name: offer, ${examples} }`].join("\n"));
    const { value: pack, errors } = load([folder]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: join(root, "bad-entry", "propagation.yaml"), line: 2 });
    expect(errors[0]!.message).toMatch(/examples/);
    expect(pack.propagation.mutators.has("enqueue")).toBe(false);
    expect(pack.propagation.mutators.has("offer")).toBe(true);
  });

  it("leaves a file with a wrong top level out, and keeps the base's lists", () => {
    const folder = packFolder("bad-top", `mutator:\n  - { name: offer, ${examples} }\n`);
    const { value: pack, errors } = load([folder]);
    expect(errors.map((e) => e.line)).toEqual([1]);
    expect(pack.propagation.mutators.has("offer")).toBe(false);
    expect(pack.propagation.mutators.has("push")).toBe(true);
  });
});
