import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { classifyTypeScriptDeclarations, MAX_SCHEMA_FILE_BYTES, scanSchemaFiles } from "../../packages/core/src/schema/index.js";
import { Rng } from "../fuzz/generators.js";
import { ALPHABETS } from "../fuzz/templates.js";
import { filesUnder } from "./helpers/scan-fixtures.js";
import { fixturesDir, testPack } from "./helpers/test-pack.js";

const work = mkdtempSync(path.join(tmpdir(), "vdx-schema-fuzz-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Random tokens of the format each file's extension claims: the fuzzer's alphabets (test/fuzz/templates.ts). */
const TOKENS_BY_EXTENSION: readonly (readonly [string, readonly string[]])[] = [
  [".proto", ALPHABETS.proto],
  [".json", ALPHABETS["json-schema"]],
  [".yaml", ALPHABETS.openapi],
  [".vspec", ALPHABETS.vspec],
];

describe("bad input never crashes the scan", () => {
  it("reports a binary file and an oversized file, then scans the rest", () => {
    const big = path.join(work, "huge.schema.json");
    writeFileSync(big, `{"title":"Huge","type":"object","properties":{"pad":{"description":"${"x".repeat(MAX_SCHEMA_FILE_BYTES)}"}}}`);
    const good = path.join(fixturesDir, "proto", "common", "geo.proto");
    const result = scanSchemaFiles({ files: [big, path.join(fixturesDir, "broken", "blob.proto"), good], root: fixturesDir, pack: testPack() });
    const messages = result.findings.filter((f) => f.ruleId === "invalid-input").map((f) => f.message);
    expect(messages.some((m) => m.includes("limit for schema files"))).toBe(true);
    expect(messages.some((m) => m.includes("binary file"))).toBe(true);
    expect(result.fields.some((f) => f.path === "acme.common.GeoPosition.latitude")).toBe(true);
  });

  it("reports a $ref to a file on another host or with a malformed escape at the reference, and classifies the rest of the file", () => {
    const file = path.join(work, "remote-host.schema.json");
    const properties = {
      vin: { type: "string" },
      far: { $ref: "file://fileserver/share/state.schema.json" },
      odd: { $ref: "other%E0%A4%A.json" },
    };
    writeFileSync(file, JSON.stringify({ title: "RemoteHost", type: "object", properties }, null, 2));
    const result = scanSchemaFiles({ files: [file], root: work, pack: testPack() });
    const messages = result.findings.filter((f) => f.ruleId === "invalid-input").map((f) => `${f.location.line}: ${f.message}`);
    expect(messages.some((m) => m.includes("names a file on another host"))).toBe(true);
    expect(messages.some((m) => m.includes("analysis of this file failed"))).toBe(false);
    expect(result.fields.some((f) => f.path.endsWith("/properties/vin"))).toBe(true);
  });

  it("survives every fixture truncated at many points", () => {
    const sources = filesUnder(fixturesDir).filter((f) => /\.(proto|json|ya?ml|vspec)$/.test(f));
    let scanned = 0;
    for (const source of sources) {
      const text = readFileSync(source, "utf8");
      for (let cut = 1; cut < text.length; cut += Math.max(7, Math.floor(text.length / 12))) {
        const file = path.join(work, `cut-${scanned++}${path.extname(source)}`);
        writeFileSync(file, text.slice(0, cut));
        expect(() => scanSchemaFiles({ files: [file], root: work, pack: testPack() }), `${source} cut at ${cut}`).not.toThrow();
      }
    }
    expect(scanned).toBeGreaterThan(100);
  });

  it("survives random bytes and random tokens in every format", () => {
    // Seeded, so that a failing case can be replayed.
    const rng = new Rng(20260203);
    for (let round = 0; round < 60; round++) {
      const [extension, tokens] = TOKENS_BY_EXTENSION[round % TOKENS_BY_EXTENSION.length]!;
      const file = path.join(work, `fuzz-${round}${extension}`);
      if (round % 3 === 0) {
        writeFileSync(file, Buffer.from(Array.from({ length: 200 + rng.int(400) }, () => rng.int(256))));
      } else {
        writeFileSync(file, Array.from({ length: 150 }, () => rng.pick(tokens)).join(" "));
      }
      const result = scanSchemaFiles({ files: [file], root: work, pack: testPack() });
      for (const finding of result.findings) {
        expect(finding.location.line).toBeGreaterThanOrEqual(1);
        expect(finding.location.column).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it("survives a TypeScript file with syntax errors and a self-referencing type", () => {
    const file = path.join(work, "broken.ts");
    writeFileSync(
      file,
      "export interface Node { next: Node; lat: number; lng: number; children: Node[] }\nexport type Loop = Loop2; type Loop2 = Loop;\nexport interface Half { vin: string\n",
    );
    const program = ts.createProgram([file], { noEmit: true });
    const result = classifyTypeScriptDeclarations(ts, program, [program.getSourceFile(file)!], testPack(), []);
    expect(result.fields.find((f) => f.path === "Node.lat")?.categories).toEqual(["pi.sensitive.location-trajectory"]);
    expect(result.fields.find((f) => f.path === "Half.vin")?.categories).toEqual(["pi.general.vehicle-identifier"]);
  });
});

describe("determinism", () => {
  it("gives identical output for the same input, whatever the file order", () => {
    const files = filesUnder(fixturesDir).filter((f) => !f.endsWith(".ts"));
    const a = scanSchemaFiles({ files, root: fixturesDir, pack: testPack(), includePaths: ["proto"] });
    const b = scanSchemaFiles({ files: [...files].reverse(), root: fixturesDir, pack: testPack(), includePaths: ["proto"] });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});
