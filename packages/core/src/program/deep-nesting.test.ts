import { describe, expect, it } from "vitest";
import { ts } from "ts-morph";
import { MAX_NESTING_DEPTH, nestingDepth } from "./deep-nesting.js";
import { guardSourceText } from "./guarded-source-text.js";
import { MAX_FLOW_CHAIN } from "./flow-depth.js";

type TS = typeof import("typescript");
const tsApi = ts as unknown as TS;

/** Every way code nests: each shape, `n` levels deep. */
function shapes(n: number): Record<string, string> {
  const rep = (s: string) => s.repeat(n);
  return {
    "concat.ts": `export const u = "https://eu.example-motors.de/"${rep(' + "a"')};\n`,
    "member.ts": `declare const o: any;\nexport const u = o${rep(".a")};\n`,
    "optional.ts": `declare const o: any;\nexport const u = o${rep("?.a")};\n`,
    "elements.ts": `declare const o: any;\nexport const u = o${rep("[0]")};\n`,
    "parens.ts": `export const p = ${rep("(")}1${rep(")")};\n`,
    "arrays.ts": `export const a = ${rep("[")}1${rep("]")};\n`,
    "objects.ts": `export const o = ${rep("{a:")}1${rep("}")};\n`,
    "calls.ts": `declare function f(x: any): any;\nexport const c = ${rep("f(")}1${rep(")")};\n`,
    "arrows.ts": `export const g = ${rep("() => ")}1;\n`,
    "blocks.ts": `export function b() ${rep("{")}${rep("}")}\n`,
    "ifs.ts": `declare const x: boolean;\nexport function i() { ${rep("if (x) ")}x; }\n`,
    "ternary.ts": `declare const x: boolean;\nexport const t = ${rep("x ? 1 : ")}2;\n`,
    "not.ts": `declare const x: number;\nexport const n = ${rep("!")}x;\n`,
    "awaits.ts": `export async function w() { return ${rep("await ")}1; }\n`,
    "types.ts": `type A<T> = { v: T };\nexport let v: ${rep("A<")}number${rep(">")};\n`,
    "templates.ts": `export const s = ${rep("`${")}1${rep("}`")};\n`,
    "assign.ts": `let q: any;\nexport function z() {\n  ${rep("q = ")}1;\n}\n`,
    "callbacks.ts": `declare function on(cb: () => void): void;\nexport function cb() { ${rep("on(() => { ")}${rep("})")} }\n`,
    "namespaces.ts": `namespace ${Array(n).fill("a").join(".")} { export const x = 1; }\n`,
    "binding.ts": `declare const v: any;\nexport const ${rep("[")}b${rep("]")} = v;\n`,
    "comma.ts": `declare let k: number;\nexport const m = (${Array(n).fill("k++").join(", ")});\n`,
    "newnew.ts": `declare const C: any;\nexport const nn = ${rep("new ")}C${rep("()")};\n`,
    "multiline.ts": `export const u = "https://eu.example-motors.de/"${rep('\n  + "a"')};\nexport const after = 1;\n`,
    "jsx.tsx": `export const j = ${rep("<div>")}x${rep("</div>")};\n`,
  };
}

const parse = (name: string, text: string) =>
  ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, name.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
const syntaxErrors = (name: string, text: string) => (parse(name, text) as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length;

describe("code nested deeper than vdx follows", () => {
  it("is cut to the limit in place: same length, same lines, no new syntax error, one problem at the cut", () => {
    for (const [name, text] of Object.entries(shapes(300))) {
      const guarded = guardSourceText(tsApi, name, text);
      expect(guarded.problems?.length, name).toBe(1);
      expect(guarded.text.length, name).toBe(text.length);
      expect(guarded.text.split("\n").length, name).toBe(text.split("\n").length);
      expect(nestingDepth(tsApi, parse(name, guarded.text) as never), name).toBeLessThanOrEqual(MAX_NESTING_DEPTH);
      expect(syntaxErrors(name, guarded.text), name).toBe(syntaxErrors(name, text));
      expect(guarded.problems![0]!.message, name).toMatch(/^code nested \d+ levels deep: vdx follows code nested up to 256 levels/);
    }
  });

  it("keeps what lies outside the cut exactly as written", () => {
    const text = shapes(300)["multiline.ts"]!;
    const guarded = guardSourceText(tsApi, "multiline.ts", text);
    expect(guarded.text.startsWith("export const u = __vdx_not_analysed__")).toBe(true);
    expect(guarded.text.endsWith('  + "a";\nexport const after = 1;\n')).toBe(true);
    expect(guarded.problems).toMatchObject([{ line: 1, column: 18 }]);
  });

  it("leaves ordinary code untouched", () => {
    const text = shapes(40)["concat.ts"]! + shapes(40)["callbacks.ts"]!;
    expect(guardSourceText(tsApi, "ok.ts", text)).toEqual({ text });
  });

  it("blanks a file TypeScript's own parser cannot read, and says where its brackets got too deep", () => {
    const text = `export const ok = 1;\nexport const p = ${"(".repeat(5000)}1${")".repeat(5000)};\n`;
    const guarded = guardSourceText(tsApi, "parens.ts", text);
    expect(guarded.text).toBe(text.replace(/[^\n]/g, " "));
    expect(guarded.problems).toMatchObject([{ line: 2, column: 18 + 256 }]);
    expect(guarded.problems![0]!.message).toMatch(/^code nested too deeply for TypeScript's parser/);
  });
});

describe("functions whose control flow TypeScript cannot type", () => {
  const chain = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join("\n");

  it("are cut at their body and reported when their branches chain too far", () => {
    for (const [kind, line] of [
      ["if", (i: number) => `  if (c[${i}]) x = ${i};`],
      ["&&", (i: number) => `  c[${i}] && (x = ${i});`],
      ["?:", (i: number) => `  x = c[${i}] ? ${i} : x;`],
      ["?.", (i: number) => `  o?.f${i}?.();`],
    ] as const) {
      const text = `declare const c: boolean[]; declare const o: any;\nexport function rules(x: number) {\n${chain(600, line)}\n  return x;\n}\nexport const after = 1;\n`;
      const guarded = guardSourceText(tsApi, "rules.ts", text);
      expect(
        guarded.problems?.map((p) => [p.line, p.column]),
        kind,
      ).toEqual([[2, 34]]);
      expect(guarded.problems![0]!.message, kind).toMatch(/^function rules chains about \d+ branch points, more than TypeScript can type/);
      expect(guarded.text.length, kind).toBe(text.length);
      expect(guarded.text.replace(/\s+/g, " "), kind).toBe(
        "declare const c: boolean[]; declare const o: any; export function rules(x: number) { } export const after = 1; ",
      );
    }
  });

  it("are found at the limit, where the text holds barely more branch spellings than the limit", () => {
    // Just over the limit: the text's quick count must not clear the file; just at it, nothing is cut.
    for (const [n, cut] of [
      [MAX_FLOW_CHAIN + 1, true],
      [MAX_FLOW_CHAIN, false],
    ] as const) {
      const text = `declare const c: boolean[];\nexport function rules(x: number) {\n${chain(n, (i) => `  if (c[${i}]) x = ${i};`)}\n  return x;\n}\n`;
      expect(guardSourceText(tsApi, "edge.ts", text).problems !== undefined, String(n)).toBe(cut);
    }
  });

  it("leave alternatives alone: a switch of 2,000 cases, a function beside another", () => {
    const cases = chain(2000, (i) => `    case ${i}: return "v${i}";`);
    const text =
      `export function lookup(k: number) {\n  switch (k) {\n${cases}\n  }\n}\n` +
      `declare const c: boolean[];\n${chain(3, (f) => `export function part${f}(x: number) {\n${chain(300, (i) => `  if (c[${i}]) x++;`)}\n  return x;\n}`)}\n`;
    expect(guardSourceText(tsApi, "ok.ts", text)).toEqual({ text });
  });
});
