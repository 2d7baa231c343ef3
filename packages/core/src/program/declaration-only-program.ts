import type ts from "typescript";

type TS = typeof import("typescript");

/**
 * A program for the scanned files the scan's program leaves out — JavaScript
 * when the project's tsconfig does not allow it, `.d.ts` files no tsconfig
 * includes — so that their declarations are still inventoried. Their fields
 * are classified, never their flows (flow analysis stays on the project's
 * program, as ESLint's does). No lib and no import resolution: like the
 * ESLint plugin's program of a file outside every tsconfig, it sees what the
 * files themselves declare, which is all declaration classification needs.
 */
export function createDeclarationOnlyProgram(tsApi: TS, files: readonly string[], guardText?: (fileName: string, text: string) => string): ts.Program {
  const options: ts.CompilerOptions = {
    noLib: true,
    noResolve: true,
    types: [],
    allowJs: true,
    checkJs: false,
    noEmit: true,
    jsx: tsApi.JsxEmit.Preserve,
    target: tsApi.ScriptTarget.Latest,
    module: tsApi.ModuleKind.ESNext,
    moduleResolution: tsApi.ModuleResolutionKind.Bundler,
  };
  if (!guardText) return tsApi.createProgram({ rootNames: [...files], options });
  // Read through the scan's guard, as the main program is: no file nested too deeply reaches the parser.
  const host = tsApi.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (fileName) => {
    const text = read(fileName);
    return text === undefined ? undefined : guardText(fileName, text);
  };
  return tsApi.createProgram({ rootNames: [...files], options, host });
}
