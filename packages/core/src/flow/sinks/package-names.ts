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
