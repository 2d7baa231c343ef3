import ts from "typescript";
import { describe, expect, it } from "vitest";
import { classifyTypeScriptDeclarations } from "../../packages/core/src/schema/index.js";
import { oneFileProgram } from "./helpers/one-file-program.js";
import { testPack } from "./helpers/test-pack.js";

const FILE = "/virtual/config.ts";

// `zod` is not installed: `z.infer<…>` resolves to nothing the checker can type.
const SOURCE = `
import { z } from "zod";
export const telemetrySchema = z.object({ vin: z.string(), latitude: z.number(), longitude: z.number() });
export type Telemetry = z.infer<typeof telemetrySchema>;
type Box<T> = { value: T; vehicleSpeed: number };
export type SpeedBox = Box<string>;
`;

/** The declarations whose declared type the classifier asks the checker for, by name. */
function declaredTypesAsked(): { asked: string[]; fields: string[] } {
  const program = oneFileProgram(FILE, SOURCE);
  const checker = program.getTypeChecker();
  const asked: string[] = [];
  const counting = new Proxy(checker, {
    get(target, key) {
      if (key === "getDeclaredTypeOfSymbol") {
        return (symbol: ts.Symbol) => {
          asked.push(symbol.getName());
          return target.getDeclaredTypeOfSymbol(symbol);
        };
      }
      const value = Reflect.get(target, key) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  const wrapped = new Proxy(program, { get: (target, key) => (key === "getTypeChecker" ? () => counting : (Reflect.get(target, key) as unknown)) });
  const { fields } = classifyTypeScriptDeclarations(ts, wrapped, [program.getSourceFile(FILE)!], testPack(), [], { root: "/virtual" });
  return { asked, fields: fields.map((f) => f.path).sort() };
}

describe("a type alias of a type the checker cannot resolve", () => {
  it("is not typed (the error type has no fields) while a resolved generic alias still is", () => {
    const { asked, fields } = declaredTypesAsked();
    expect(asked).not.toContain("Telemetry");
    expect(asked).toContain("SpeedBox");
    expect(fields).toContain("SpeedBox.vehicleSpeed");
    expect(fields.some((path) => path.startsWith("Telemetry."))).toBe(false);
  });
});
