import type { FlagSpecs } from "./parse-args.js";

/**
 * Flags every command that runs a scan shares, declared once (each command spreads the ones it takes).
 * Declarative on purpose: the specs map one to one onto `node:util` `parseArgs` options.
 */
export const SCAN_INPUT_FLAGS: FlagSpecs = {
  config: { type: "string" },
  "as-of": { type: "string" },
};

/** PR mode and the persistent cache (`scan`, `inventory`). */
export const PULL_REQUEST_FLAGS: FlagSpecs = {
  "changed-since": { type: "string" },
  cache: { type: "boolean" },
  "cache-location": { type: "string" },
};

/** What a run tells on stderr besides errors: progress on a terminal (off with `--quiet`), notes with `--verbose`. */
export const CHATTER_FLAGS: FlagSpecs = {
  quiet: { type: "boolean", short: "q" },
  verbose: { type: "boolean" },
};

export const OUTPUT_FLAGS: FlagSpecs = {
  format: { type: "string", multiple: true },
  output: { type: "string", multiple: true },
};

export const HELP_FLAG: FlagSpecs = {
  help: { type: "boolean", short: "h" },
};
