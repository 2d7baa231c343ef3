import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scanSchemaFiles } from "../../packages/core/src/schema/index.js";
import type { RulePack } from "../../packages/core/src/model/index.js";
import { testPack } from "./helpers/test-pack.js";

const work = mkdtempSync(path.join(tmpdir(), "vdx-schema-isolation-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The test pack, with a bug planted: looking up the category id "boom.trigger" throws. */
function packWithABug(): RulePack {
  const pack = testPack();
  const categories = new Map(pack.categories);
  const has = categories.has.bind(categories);
  categories.has = (id: string) => {
    if (id === "boom.trigger") throw new RangeError("Maximum call stack size exceeded");
    return has(id);
  };
  return { ...pack, categories };
}

function write(name: string, text: string): string {
  const file = path.join(work, name);
  writeFileSync(file, text);
  return file;
}

describe("a file that breaks a schema analyser costs only its own fields", () => {
  const good = {
    proto: write(
      "good.proto",
      'syntax = "proto3";\npackage g;\nmessage Pos {\n  // @vdx pi.sensitive.locaton-trajectory\n  double lat = 1;\n  double longitude = 2;\n}\n',
    ),
    schema: write(
      "good.schema.json",
      '{ "title": "Trip", "type": "object", "properties": { "vin": { "type": "string", "x-vdx": "pi.general.vehicle-identifier" } } }\n',
    ),
    vspec: write("good.vspec", "Vehicle.Speed:\n  type: sensor\n  datatype: float\n  x-vdx: conn.operating-condition\n  description: Speed.\n"),
  };
  const bad = {
    proto: write("bad.proto", 'syntax = "proto3";\npackage b;\n// @vdx boom.trigger\nmessage Boom { int32 x = 1; }\n'),
    schema: write("bad.schema.json", '{ "title": "Boom", "type": "object", "x-vdx": "boom.trigger", "properties": { "x": { "type": "string" } } }\n'),
    vspec: write("bad.vspec", "Vehicle.Boom:\n  type: sensor\n  datatype: float\n  x-vdx: boom.trigger\n  description: Boom.\n"),
  };

  it("reports the culprit of each analyser once, and every other file's fields and findings as usual", () => {
    const result = scanSchemaFiles({ files: [...Object.values(good), ...Object.values(bad)], root: work, pack: packWithABug() });
    const failures = result.findings.filter((f) => f.message.includes("analysis of this file failed"));
    expect(failures.map((f) => [path.basename(f.location.file), f.location.line])).toEqual([
      ["bad.proto", 1],
      ["bad.schema.json", 1],
      ["bad.vspec", 1],
    ]);
    for (const failure of failures) expect(failure.message).toMatch(/Maximum call stack size exceeded\); its fields are not classified/);
    const paths = result.fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["g.Pos.longitude", "good.schema.json#/properties/vin", "Vehicle.Speed"]));
    expect(paths.some((p) => /Boom|bad\./.test(p))).toBe(false);
    // The good proto's misspelt annotation is still reported, once (the failed run's findings are dropped).
    expect(result.findings.filter((f) => f.ruleId === "unknown-category").map((f) => path.basename(f.location.file))).toEqual(["good.proto"]);
  });

  it("without a failure, nothing is analysed twice and nothing is reported about it", () => {
    const result = scanSchemaFiles({ files: Object.values(good), root: work, pack: packWithABug() });
    expect(result.findings.filter((f) => f.ruleId === "invalid-input")).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === "unknown-category")).toHaveLength(1);
  });
});
