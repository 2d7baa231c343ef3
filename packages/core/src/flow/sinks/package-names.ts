import type ts from "typescript";

/** Package identity of module specifiers and declaration files. */

/** `node:http` → `http`; deep imports keep their subpath (`firebase-admin/firestore`). */
export function normalizePackageName(specifier: string): string {
  return specifier.startsWith("node:") ? specifier.slice(5) : specifier;
}

/** Files of installed packages, except `@types/node` and TypeScript's libs, which declare globals. */
export function isInPackage(fileName: string): boolean {
  const pkg = packageOfFile(fileName);
  return pkg !== undefined && pkg !== "node" && pkg !== "typescript";
}

/** The npm package a file belongs to (`…/node_modules/@aws-sdk/client-s3/dist-types/…` → `@aws-sdk/client-s3`; `@types/x` → `x`). */
export function packageOfFile(fileName: string): string | undefined {
  const normalized = fileName.replace(/\\/g, "/");
  const index = normalized.lastIndexOf("/node_modules/");
  if (index < 0) return undefined;
  const segments = normalized.slice(index + "/node_modules/".length).split("/");
  const first = segments[0];
  if (!first) return undefined;
  const name = first.startsWith("@") ? `${first}/${segments[1] ?? ""}` : first;
  if (name.startsWith("@types/")) {
    const typed = name.slice("@types/".length);
    return typed.includes("__") ? "@" + typed.replace("__", "/") : typed;
  }
  return name;
}

/** Declared by an installed library: TypeScript's own lib files or a package's `.d.ts` (`@types/node`'s `fetch`). */
export function isLibraryDeclaration(declaration: ts.Node): boolean {
  const file = declaration.getSourceFile();
  return file.isDeclarationFile && packageOfFile(file.fileName) !== undefined;
}

/**
 * The declaration a name means at one use: a script's top-level `function fetch(…)` merges with the library's
 * global, but it is that global only in its own file; anywhere else the name means the library's declaration.
 */
export function declarationAtUse(symbol: ts.Symbol, use: ts.Node): ts.Declaration | undefined {
  const declarations = symbol.declarations ?? [];
  const library = declarations.find(isLibraryDeclaration);
  // A name that is both a type and a value (ts-proto's `interface XClient` + `const XClient = makeGenericClientConstructor(…)`) is followed as the value.
  if (!library) return symbol.valueDeclaration ?? declarations[0];
  const file = use.getSourceFile();
  return declarations.find((d) => d.getSourceFile() === file) ?? library;
}
