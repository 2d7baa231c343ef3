import { describe, expect, it } from "vitest";
import { formatInputError, joinPointer, parsePositionedDocument, pointerToKeyPath, splitPointer } from "./positioned-document.js";

describe("parsePositionedDocument", () => {
  const yaml = [
    "version: 1", // 1
    "assessments:", // 2
    "  - id: SA-1", // 3
    "    validFrom: 2026-03-01", // 4
    "    validUntil: '2029-02-28'", // 5
    "    scale: { individuals: 250000 }", // 6
    "",
  ].join("\n");
  const doc = parsePositionedDocument("registry.yaml", yaml);

  it("keeps dates as plain YYYY-MM-DD strings, quoted or not (core schema, no timestamps)", () => {
    const record = (doc.value as { assessments: Record<string, unknown>[] }).assessments[0]!;
    expect(record.validFrom).toBe("2026-03-01");
    expect(record.validUntil).toBe("2029-02-28");
    expect(record.validFrom instanceof Date).toBe(false);
  });

  it("does not apply YAML 1.1 conversions (yes/no, sexagesimal)", () => {
    const value = parsePositionedDocument("a.yaml", "a: yes\nb: 1:30\nc: 0x10\n").value;
    expect(value).toEqual({ a: "yes", b: "1:30", c: 16 });
  });

  it("locates values and keys, 1-based", () => {
    expect(doc.locate("/assessments/0/validFrom")).toMatchObject({ line: 4, column: 16 });
    expect(doc.locateKey("/assessments/0/validFrom")).toMatchObject({ line: 4, column: 5 });
    expect(doc.locate("/assessments/0/scale/individuals")).toMatchObject({ line: 6, column: 27 });
    expect(doc.locate("/assessments/0")).toMatchObject({ line: 3, column: 5 });
  });

  it("falls back to the nearest existing ancestor for missing members", () => {
    expect(doc.locate("/assessments/0/missing")).toMatchObject({ line: 3 });
    expect(doc.locate("/assessments/7")).toMatchObject({ line: 3, column: 3 });
  });

  it("follows aliases to the anchored node", () => {
    const aliased = parsePositionedDocument("a.yaml", "base: &b\n  x: 1\n  y: [1, 2]\nother: *b\n");
    expect(aliased.value).toEqual({ base: { x: 1, y: [1, 2] }, other: { x: 1, y: [1, 2] } });
    expect(aliased.locate("/other/x")).toMatchObject({ line: 2, column: 6 });
    expect(aliased.locate("/other/y/1")).toMatchObject({ line: 3, column: 10 });
    expect(aliased.locate("/other")).toMatchObject({ line: 4, column: 8 });
  });

  it("parses JSON with the same positions, including escaped pointer segments", () => {
    const json = parsePositionedDocument("a.json", '{\n\t"a/b": {"c~d": 1},\n\t"list": [10, 20]\n}');
    expect(json.errors).toEqual([]);
    expect(json.locate("/a~1b/c~0d")).toMatchObject({ line: 2, column: 17 });
    expect(json.locate("/list/1")).toMatchObject({ line: 3, column: 15 });
  });

  it("reports syntax errors and duplicate keys with positions instead of throwing", () => {
    const broken = parsePositionedDocument("b.yaml", "a: 1\na: 2\n");
    expect(broken.errors).toEqual([{ file: "b.yaml", line: 2, column: 1, message: "Map keys must be unique" }]);
    const unclosed = parsePositionedDocument("c.json", '{"a": [1, 2');
    expect(unclosed.errors.length).toBeGreaterThan(0);
    expect(unclosed.errors[0]!.line).toBe(1);
  });

  it("an empty document is null and locates at 1:1", () => {
    const empty = parsePositionedDocument("e.yaml", "");
    expect(empty.value).toBeNull();
    expect(empty.locate("/a")).toEqual({ file: "e.yaml", line: 1, column: 1 });
  });
});

describe("pointers", () => {
  it("round-trips segments with / and ~", () => {
    const pointer = joinPointer(["a/b", "c~d", 0]);
    expect(pointer).toBe("/a~1b/c~0d/0");
    expect(splitPointer(pointer)).toEqual(["a/b", "c~d", "0"]);
  });
  it("shows key paths as users write them", () => {
    expect(pointerToKeyPath("/assessments/0/validUntil")).toBe("assessments[0].validUntil");
    expect(pointerToKeyPath("")).toBe("(document root)");
  });
  it("formats errors as file:line:column: message (at key)", () => {
    expect(
      formatInputError({ file: "vdx.config.yaml", line: 7, column: 3, pointer: "/unknownHosts", message: "unknownHosts must be one of error, warn, ignore" }),
    ).toBe("vdx.config.yaml:7:3: unknownHosts must be one of error, warn, ignore (at unknownHosts)");
  });
});
