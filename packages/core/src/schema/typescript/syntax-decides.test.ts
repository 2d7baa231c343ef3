import { describe, expect, it } from "vitest";
import { ts } from "ts-morph";
import type tsType from "typescript";
import { declaresAllItsProperties, typeCarriesNoFields } from "./syntax-decides.js";
import type { Declaration } from "./declaration-members.js";

const tsApi = ts as unknown as typeof tsType;

function program(files: Record<string, string>): tsType.Program {
  const host = tsApi.createCompilerHost({ noEmit: true, allowJs: true });
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => (files[name] !== undefined ? tsApi.createSourceFile(name, files[name], version, true) : read(name, version));
  host.fileExists = (name) => files[name] !== undefined || tsApi.sys.fileExists(name);
  return tsApi.createProgram(Object.keys(files), { noEmit: true, allowJs: true }, host);
}

function typeOfMember(source: string): tsType.TypeNode | undefined {
  const file = tsApi.createSourceFile("t.ts", `interface T { m: ${source} }`, tsApi.ScriptTarget.Latest, true);
  return ((file.statements[0] as tsType.InterfaceDeclaration).members[0] as tsType.PropertySignature).type;
}

describe("what a member's written type decides", () => {
  it("carries nothing when it is built from primitives and literals only", () => {
    for (const text of [
      "string",
      "number | null",
      "'eu' | 'cn'",
      "readonly boolean[]",
      "(string | undefined)[][]",
      "`v-${number}`",
      "object",
      "unknown",
      "any",
    ]) {
      expect(typeCarriesNoFields(tsApi, typeOfMember(text)), text).toBe(true);
    }
  });

  it("asks the checker for any named, inline or computed type", () => {
    for (const text of [
      "Vehicle",
      "Vehicle | null",
      "string | Position",
      "{ vin: string }",
      "Position[]",
      "Pick<V, 'vin'>",
      "typeof x",
      "keyof V",
      "V['vin']",
      "() => void",
    ]) {
      expect(typeCarriesNoFields(tsApi, typeOfMember(text)), text).toBe(false);
    }
    expect(typeCarriesNoFields(tsApi, undefined)).toBe(false);
  });
});

describe("whether a declaration writes all its properties", () => {
  const files = {
    "/a.ts":
      "export interface Plain { vin: string }\nexport interface Child extends Plain { speed: number }\nexport type Alias = { vin: string };\nexport type Derived = Pick<Plain, 'vin'>;\nexport class Car { vin = '' }\nexport interface Merged { vin: string }\n",
    "/b.ts": "import './a';\ndeclare module './a' { interface Merged { position: string } }\n",
    "/c.js": "export class JsCar { constructor() { this.vin = ''; } }\nJsCar.prototype.speed = 1;\n",
  };
  const built = program(files);
  const checker = built.getTypeChecker();
  const decide = (file: string, name: string): boolean => {
    const declaration = built.getSourceFile(file)!.statements.find((s) => (s as Declaration).name?.text === name) as Declaration;
    return declaresAllItsProperties(tsApi, declaration, checker.getSymbolAtLocation(declaration.name!)!);
  };

  it("does for a lone interface, class or alias of an object literal type", () => {
    expect(decide("/a.ts", "Plain")).toBe(true);
    expect(decide("/a.ts", "Alias")).toBe(true);
    expect(decide("/a.ts", "Car")).toBe(true);
  });

  it("does not for inherited, derived, merged or JavaScript declarations", () => {
    expect(decide("/a.ts", "Child")).toBe(false);
    expect(decide("/a.ts", "Derived")).toBe(false);
    expect(decide("/a.ts", "Merged")).toBe(false);
    expect(decide("/c.js", "JsCar")).toBe(false);
  });
});
