import { createRequire } from "node:module";

type TsMorph = typeof import("ts-morph");

let loaded: TsMorph | undefined;

/**
 * ts-morph (and the TypeScript copy it bundles), loaded on first use: loading it is about half a
 * second, which a run that replays its results from the cache, or that has no TypeScript to analyse,
 * does not pay.
 */
export function tsMorph(): TsMorph {
  return (loaded ??= createRequire(import.meta.url)("ts-morph") as TsMorph);
}
