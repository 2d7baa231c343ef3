import type ts from "typescript";

/**
 * The TypeScript module the analysis runs against. It is always passed in
 * (ts-morph's copy from the CLI, the user's `typescript` from the ESLint
 * plugin) and never imported as a value, so nodes of two copies never mix.
 */
export type TS = typeof ts;
