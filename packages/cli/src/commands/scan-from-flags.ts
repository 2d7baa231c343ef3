import { scan, type ScanOptions, type ScanResult } from "@vdx/core";
import { booleanFlag, stringFlag, UsageError, type ParsedArgs } from "../args/parse-args.js";
import { optional } from "../args/optional.js";
import type { CliIo } from "../io.js";
import { printInputErrors } from "../print-errors.js";
import { ProgressLine } from "../progress/progress-line.js";

/** Which of the shared scanning flags a command takes. */
export interface ScanFlagUse {
  /** `--baseline` (scan). */
  baseline?: boolean;
  /** `--changed-since`, `--cache`, `--cache-location` (scan, inventory). */
  pullRequest?: boolean;
  /** `--shard` (scan). */
  shard?: boolean;
}

/**
 * Runs a scan from the flags every scanning command shares (`--config`, `--as-of`, and as the command
 * allows `--baseline`, `--changed-since`, `--cache`, `--shard`). Progress is drawn on a terminal's
 * stderr unless `--quiet`; `--verbose` prints the scan's notes (cache use, what PR mode analysed).
 * Input errors are printed as file:line:column and turned into exit code 2, so each command only deals
 * with a complete result.
 */
export async function scanFromFlags(args: ParsedArgs, io: CliIo, use: ScanFlagUse = {}): Promise<ScanResult | { exitCode: 2 }> {
  const quiet = booleanFlag(args, "quiet");
  const verbose = booleanFlag(args, "verbose");
  const progress = !quiet && io.stderr.isTTY === true ? new ProgressLine(io.stderr) : undefined;
  const notes: string[] = [];
  const options: ScanOptions = {
    paths: args.positionals,
    cwd: io.cwd,
    ...optional("configFile", stringFlag(args, "config")),
    ...optional("asOf", stringFlag(args, "as-of")),
    ...(use.baseline ? optional("baselineFile", stringFlag(args, "baseline")) : {}),
    ...(use.pullRequest ? optional("changedSince", stringFlag(args, "changed-since")) : {}),
    ...(use.pullRequest && (booleanFlag(args, "cache") || stringFlag(args, "cache-location") !== undefined)
      ? { cache: optional("location", stringFlag(args, "cache-location")) }
      : {}),
    ...(use.shard ? optional("shard", shardFlag(stringFlag(args, "shard"))) : {}),
    ...(progress ? { onProgress: (p) => progress.update(p) } : {}),
    ...(verbose ? { onNote: (message) => notes.push(message) } : {}),
  };
  let result: ScanResult;
  try {
    result = await scan(options);
  } finally {
    progress?.clear();
  }
  for (const note of notes) io.stderr.write(`vdx: ${note}\n`);
  if (result.errors.length > 0) {
    printInputErrors(io, result.errors);
    return { exitCode: 2 };
  }
  return result;
}

/** `--shard i/n`: the i-th of n shards, 1-based. */
function shardFlag(value: string | undefined): { index: number; count: number } | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  if (!match) throw new UsageError(`--shard must be i/n, the i-th of n shards (for example 2/4), not "${value}"`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) throw new UsageError(`--shard ${value}: the shard must be between 1 and ${count < 1 ? "n" : count}`);
  return { index, count };
}
