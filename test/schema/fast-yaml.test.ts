import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parsePositionedDocument } from "../../packages/core/src/input/positioned-document.js";
import { readFastBlockYaml } from "../../packages/core/src/schema/json-schema/fast-block-yaml.js";
import { parsePositionedYaml } from "../../packages/core/src/schema/json-schema/positioned-yaml.js";
import { filesUnder } from "./helpers/scan-fixtures.js";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const yamlFiles = ["examples", "rules", "test", "docs"]
  .flatMap((dir) => filesUnder(path.join(repo, dir)))
  .filter((f) => /\.(ya?ml|vspec)$/.test(f) && !f.includes("node_modules"));

/** Every pointer to a value in `value`, root included. */
function pointersOf(value: unknown, at = ""): string[] {
  const out = [at];
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) out.push(...pointersOf(child, `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`));
  }
  return out;
}

/**
 * The fast reader must give exactly the general parser's value, and the same start position for
 * every key (what findings and inventory lines point at) — or decline, and leave the file to it.
 */
function expectSameAsGeneralParser(file: string, text: string): boolean {
  const general = parsePositionedDocument(file, text);
  const fast = readFastBlockYaml(text);
  if (!fast) return false;
  expect(general.errors, `${file}: the fast reader accepted a file the general parser rejects`).toEqual([]);
  expect(fast.value, file).toEqual(general.value);
  const document = parsePositionedYaml(file, text);
  for (const pointer of pointersOf(general.value).slice(1)) {
    const want = general.locateKey(pointer);
    const got = document.locateKey(pointer);
    expect({ pointer, line: got.line, column: got.column }, file).toEqual({ pointer, line: want.line, column: want.column });
    const value = general.locate(pointer);
    const at = document.locate(pointer);
    if (value.line !== want.line || value.column !== want.column || typeof (general as { value: unknown }).value === "object") {
      expect({ pointer, line: at.line }, file).toEqual({ pointer, line: value.line });
    }
  }
  return true;
}

describe("fast block-YAML reader", () => {
  it("reads the repository's YAML files exactly as the general parser does (or declines)", () => {
    expect(yamlFiles.length).toBeGreaterThan(20);
    let accepted = 0;
    for (const file of yamlFiles) if (expectSameAsGeneralParser(file, readFileSync(file, "utf8"))) accepted++;
    // Most real files are within its reach; otherwise it buys nothing.
    expect(accepted / yamlFiles.length).toBeGreaterThan(0.6);
  });

  const accepted: [string, string][] = [
    [
      "scalars of the core schema",
      "a: 1\nb: -2.5\nc: .5\nd: 1e3\ne: 0x1F\nf: 0o17\ng: true\nh: False\ni: ~\nj: null\nk:\nl: .inf\nm: -.Inf\nn: 2024-01-01\no: 012\np: +7\nq: 1.\nr: yes\n",
    ],
    ["quoted scalars and keys", `"a b": "x \\"y\\" \\u00e9"\n'c''d': 'it''s'\ne: "#not a comment"\nf: 'x' # comment\n`],
    ["numeric and boolean keys", "responses:\n  200:\n    description: OK\n  '404':\n    description: Not found\n  true: yes\n"],
    ["comments and blank lines", "# head\na: 1 # trailing\n\n  # indented comment\nb:\n  # inside\n  c: x#y\n"],
    ["sequences, compact and nested", "a:\n- x\n- y\nb:\n  - name: id\n    in: path\n  - - 1\n    - 2\n  -\n    k: v\n  - \n"],
    ["flow collections", 'a: { type: string, format: date-time }\nb: [1, two, "three", { x: [] }, {}]\nc: {a: , b: 1}\nd: [ ]\n'],
    [
      "literal and folded block scalars",
      "a: |\n  line one\n  line two\n\n  after blank\nb: >\n  folded\n  text\n\n  para\nc: |-\n  stripped\nd: |+\n  kept\n\ne: >-\n  x\n  y\nf: 1\n",
    ],
    ["block scalars in sequences, at the end of the file, and keep chomping", "a:\n  - |\n    x\n  - >+\n    y\n\n  - z\nb: |+\n  end\n\n"],
    ["trailing spaces around keys and values", "a   : value   \nb:   [x]  \n"],
    ["a document start marker and CRLF", "---\r\na: 1\r\nb:\r\n  c: [x]\r\n"],
    ["plain scalars with colons and hashes inside", "url: http://example.com:8080/a#frag\ntime: 12:30\n"],
    ["hashes inside flow scalars", "names: [Row#, Pos#, a#b]\nb: { k: x#1 }\n"],
    [
      "flow collections over several lines, broken between entries",
      'a: [1,\n  2]\nb: [\n    x, "y",\n\n    # a comment line\n    z\n  ]\nc:\n  d: { e: [1,\n      2], f: x,\n    g: {} }\n',
    ],
    ["a flow collection over several lines in a sequence item", "objects:\n  - name: x\n    tags: [a,\n      b]\n  - [c,\n    d]\n"],
  ];
  for (const [name, text] of accepted) {
    it(`accepts ${name}`, () => {
      expect(expectSameAsGeneralParser(name, text)).toBe(true);
    });
  }

  const declined: [string, string][] = [
    ["anchors and aliases", "a: &x { b: 1 }\nc: *x\n"],
    ["tags", "a: !!str 1\n"],
    ["multi-line plain scalars", "a: one\n  two\n"],
    ["a flow collection continued at its owner's indentation", "a: [1,\n2]\n"],
    ["a plain scalar broken over lines in a flow collection", "a: [one\n  two]\n"],
    ["a flow key broken from its colon", "a: { b\n  : 1 }\n"],
    ["a flow value on the line after its key", "a: { b:\n  1 }\n"],
    ["a comment after an entry in a multi-line flow collection", "a: [1, # one\n  2]\n"],
    ["duplicate keys", "a: 1\na: 2\n"],
    ["bad indentation", "a:\n  b: 1\n c: 2\n"],
    ["several documents", "a: 1\n---\nb: 2\n"],
    ["YAML-only escapes", 'a: "\\x41"\n'],
    ["a nested mapping in a compact value", "a: b: c\n"],
    ["a root that is not a mapping", "- 1\n- 2\n"],
    ["tabs in indentation", "a:\n\tb: 1\n"],
    ["explicit keys", "? a\n: b\n"],
    ["a block scalar with an indentation indicator", "a: |2\n    x\n"],
    ["a __proto__ key", "__proto__: 1\n"],
    ["an unterminated flow", "a: { b: 1\n"],
  ];
  for (const [name, text] of declined) {
    it(`declines ${name}`, () => {
      expect(readFastBlockYaml(text)).toBeUndefined();
      // …and the general parser (used instead) still gives the value or a positioned error.
      expect(parsePositionedYaml("x.yaml", text).value !== undefined || parsePositionedYaml("x.yaml", text).errors.length > 0).toBe(true);
    });
  }

  describe("with aliases (pack files, positions from the general parser)", () => {
    const aliased: [string, string][] = [
      ["an anchored flow collection and its alias", "a: &x { b: 1, c: [2] }\nd: *x\n"],
      ["an anchored block sequence and its alias", "a:\n  except: &events\n    - one\n    - two\n  b:\n    except: *events\n"],
      ["anchors in sequence items and on scalars", "a:\n  - &s plain\n  - *s\n  - &m\n    k: v\n  - *m\nb: &n 3 # comment\nc: *n\n"],
      ["an anchor redefined", "a: &x 1\nb: *x\nc: &x 2\nd: *x\n"],
    ];
    for (const [name, text] of aliased) {
      it(`reads ${name} as the general parser does, sharing the anchored value`, () => {
        const fast = readFastBlockYaml(text, { aliases: true });
        expect(fast?.value).toEqual(parsePositionedDocument("x.yaml", text).value);
      });
    }

    it("shares one object between an anchor and its aliases, as the general parser's value does", () => {
      const value = readFastBlockYaml("a: &x [1]\nb: *x\n", { aliases: true })?.value as { a: unknown; b: unknown };
      expect(value.b).toBe(value.a);
      const general = parsePositionedDocument("x.yaml", "a: &x [1]\nb: *x\n").value as { a: unknown; b: unknown };
      expect(general.b).toBe(general.a);
    });

    it("reads every built-in pack file", () => {
      const packFiles = yamlFiles.filter((f) => f.startsWith(path.join(repo, "rules", "2026") + path.sep));
      expect(packFiles.length).toBeGreaterThan(15);
      for (const file of packFiles) {
        const text = readFileSync(file, "utf8");
        expect(readFastBlockYaml(text, { aliases: true })?.value, file).toEqual(parsePositionedDocument(file, text).value);
      }
    });

    const refused: [string, string][] = [
      ["an alias of an anchor not yet defined", "a: *x\nb: &x 1\n"],
      ["an alias of the collection it sits in", "a: &x\n  b: *x\n"],
      ["content after an alias", "a: &x 1\nb: *x extra\n"],
      ["an anchor or alias inside a flow collection", "a: &x 1\nb: [*x]\n"],
      ["a key that is an alias", "a: &x k\n*x : 1\n"],
    ];
    for (const [name, text] of refused) {
      it(`declines ${name}`, () => {
        expect(readFastBlockYaml(text, { aliases: true })).toBeUndefined();
      });
    }
  });
});
