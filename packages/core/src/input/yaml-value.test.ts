import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { MAX_NESTING_DEPTH } from "./input-limits.js";
import { parsePositionedDocument } from "./positioned-document.js";

/** What `yaml`'s own `toJS()` gives (the reference `parsePositionedDocument` must equal on valid input). */
function reference(text: string): unknown {
  return parseDocument(text, { schema: "core", strict: false, uniqueKeys: true }).toJS({ maxAliasCount: -1 });
}

describe("parsePositionedDocument: the value equals yaml's toJS()", () => {
  const cases: Record<string, string> = {
    "anchors and aliases share the value": "base: &b { x: 1, y: [1, 2] }\nother: *b\nlist: [*b, *b]\n",
    "re-anchored names refer to the last anchor before the alias": "a: &n 1\nb: *n\nc: &n 2\nd: *n\n",
    "scalar keys of every kind": "1: one\ntrue: yes\nnull: nothing\n1.5: x\n'q': y\n",
    "an aliased scalar as a key": "k: &key name\n*key : value\n",
    "a flow sequence of single pairs": "list: [a: 1, b: 2]\n",
    "merge keys stay plain keys (YAML 1.2)": "base: &b { x: 1 }\nderived:\n  <<: *b\n  y: 2\n",
    "__proto__ is an own property": "__proto__: { polluted: true }\nconstructor: x\n",
    "empty values": "a:\nb: ~\nc: []\nd: {}\n",
    "block scalars and tags": "a: |\n  line\n  two\nb: !!str 12\nc: !custom x\n",
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      const parsed = parsePositionedDocument("a.yaml", text);
      expect(parsed.errors).toEqual([]);
      expect(parsed.value).toEqual(reference(text));
    });
  }

  it("never pollutes Object.prototype", () => {
    parsePositionedDocument("a.yaml", "__proto__: { polluted: true }\n");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("parsePositionedDocument: what toJS() cannot do safely becomes an error with a position", () => {
  it("a self-alias (a cycle) is an error at the alias, not a cyclic value", () => {
    const text = "components:\n  schemas:\n    A: &A {type: object, properties: {me: *A}}\n";
    const parsed = parsePositionedDocument("api.yaml", text);
    expect(parsed.errors).toEqual([
      {
        file: "api.yaml",
        line: 3,
        column: text.split("\n")[2]!.indexOf("*A") + 1,
        message: expect.stringMatching(/alias \*A is inside the node anchored &A .*cycle/),
      },
    ]);
    // The value is acyclic: JSON.stringify would throw on a cycle.
    expect(() => JSON.stringify(parsed.value)).not.toThrow();
  });

  it("an alias bomb is one error at the alias that crosses the budget, fast", () => {
    const lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 12; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(", ")}]`,
      );
    const started = Date.now();
    const parsed = parsePositionedDocument("vdx.config.yaml", lines.join("\n") + "\n");
    expect(Date.now() - started).toBeLessThan(2000);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]!.message).toMatch(/alias bomb/);
    expect(parsed.errors[0]!.line).toBeGreaterThan(1);
  });

  it("an alias without an anchor is an error, not an exception", () => {
    const parsed = parsePositionedDocument("a.yaml", "a: 1\nb: *missing\n");
    expect(parsed.errors).toEqual([{ file: "a.yaml", line: 2, column: 4, message: "alias *missing has no anchor &missing before it" }]);
  });

  it("a map used as a key is an error (and no warning is printed)", () => {
    const parsed = parsePositionedDocument("a.yaml", "? { a: 1 }\n: value\nb: 2\n");
    expect(parsed.errors.map((e) => [e.line, e.column, e.message])).toEqual([[1, 3, "a map or a list cannot be a key (JSON keys are plain values)"]]);
    expect(parsed.value).toEqual({ b: 2 });
  });

  it("nesting deeper than the limit is one error where it crosses the limit, for flow, block and compact lists", () => {
    const depth = MAX_NESTING_DEPTH + 1;
    const flow = parsePositionedDocument("a.yaml", "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
    expect(flow.errors).toHaveLength(1);
    expect(flow.errors[0]!.message).toMatch(/nested more than 256 levels/);
    const compact = parsePositionedDocument("b.yaml", "- ".repeat(depth) + "x\n");
    expect(compact.errors.map((e) => e.message)).toEqual([expect.stringMatching(/nested more than/)]);
    const block = parsePositionedDocument("c.yaml", Array.from({ length: depth }, (_, i) => `${" ".repeat(i)}a:`).join("\n") + " 1\n");
    expect(block.errors).toEqual([
      { file: "c.yaml", line: MAX_NESTING_DEPTH + 1, column: MAX_NESTING_DEPTH + 1, message: expect.stringMatching(/nested more than/), limit: true },
    ]);
    const fine = parsePositionedDocument("d.yaml", "- ".repeat(MAX_NESTING_DEPTH) + "x\n");
    expect(fine.errors).toEqual([]);
  });

  it("many anchors and a large map stay linear", () => {
    const lines = ["schemas:"];
    for (let i = 0; i < 20_000; i++) lines.push(`  S${i}: &a${i} {type: object}`, `  T${i}: *a${i}`);
    const started = Date.now();
    const parsed = parsePositionedDocument("big.yaml", lines.join("\n") + "\n");
    expect(parsed.errors).toEqual([]);
    expect(parsed.locate("/schemas/T19999")).toMatchObject({ line: 40_001 });
    // Alias resolution that walks the document per alias took minutes here; linear takes seconds even on a busy machine.
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

describe("parsePositionedDocument on .json files: JSON's own syntax errors, once", () => {
  it("names what JSON expected, at the offending character", () => {
    const parsed = parsePositionedDocument("vdx.config.json", '{\n  "include": ["src/**"]\n  "exclude": []\n}\n');
    expect(parsed.errors).toEqual([{ file: "vdx.config.json", line: 3, column: 3, message: "expected ',' or '}' after a property value, found '\"'" }]);
  });

  it("reports a trailing comma and an unterminated document", () => {
    expect(parsePositionedDocument("a.json", '{"a": [1, 2,]}').errors[0]).toMatchObject({
      line: 1,
      column: 13,
      message: "a trailing comma before ']' is not allowed in JSON",
    });
    expect(parsePositionedDocument("a.json", '{"a": [1, 2').errors[0]).toMatchObject({
      message: "expected ',' or ']' after a list element, found the end of the file",
    });
  });
});
