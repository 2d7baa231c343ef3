import { posixPath } from "@vdx/core";

/** TypeScript reports forward slashes on every OS; ESLint gives native paths. Files are compared in TypeScript's form (core's `posixPath`). */
export const normalise = posixPath;

/** Paths in code-point order: the order the CLI hands files to the field index. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
