import ts from "typescript";
import { describe, expect, it } from "vitest";
import { classifyTypeScriptDeclarations } from "../../packages/core/src/schema/index.js";
import { oneFileProgram } from "./helpers/one-file-program.js";
import { testPack } from "./helpers/test-pack.js";

/** The injected `ts` module, counting every call of its functions: the work the classifier asks of the AST API. */
function countingTs(): { api: typeof ts; calls: () => number } {
  let calls = 0;
  const wrapped = new Map<PropertyKey, unknown>();
  const api = new Proxy(ts, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== "function" || /^[A-Z]/.test(String(key))) return value;
      let wrapper = wrapped.get(key);
      if (!wrapper) {
        wrapper = function (this: unknown, ...args: unknown[]): unknown {
          calls++;
          return (value as (...a: unknown[]) => unknown).apply(this === api ? target : this, args);
        };
        wrapped.set(key, wrapper);
      }
      return wrapper;
    },
  });
  return { api, calls: () => calls };
}

/** An interface, a type alias and a class of `members` properties each, in one in-memory file. */
function wideTypes(members: number): string {
  const props = Array.from({ length: members }, (_, i) => `  vehicleSpeed${i}: number;`).join("\n");
  return `export interface WideInterface {\n${props}\n}\nexport type WideAlias = {\n${props}\n};\nexport class WideClass {\n${props.replaceAll(";", " = 0;")}\n}\n`;
}

function classifierCalls(members: number): { calls: number; fields: number } {
  const fileName = "/virtual/wide.ts";
  const program = oneFileProgram(fileName, wideTypes(members));
  const counting = countingTs();
  const { fields } = classifyTypeScriptDeclarations(counting.api, program, [program.getSourceFile(fileName)!], testPack(), [], { root: "/virtual" });
  return { calls: counting.calls(), fields: fields.length };
}

describe("TypeScript declarations of many members", () => {
  it("cost work linear in the number of members (one sibling list per type, not one per member)", () => {
    const small = classifierCalls(100);
    const large = classifierCalls(400);
    expect(small.fields).toBe(3 * 100);
    expect(large.fields).toBe(3 * 400);
    // Four times the members: about four times the calls. A sibling list built per member makes it sixteen.
    expect(large.calls / small.calls).toBeLessThan(5);
  });
});
