import { scan, type ScanResult } from "@vdx/core";
import { stringFlag, type ParsedArgs } from "../args/parse-args.js";
import { optional } from "../args/optional.js";
import type { CliIo } from "../io.js";
import { printInputErrors } from "../print-errors.js";

/**
 * Runs a scan from the flags every scanning command shares (`--config`,
 * `--as-of`, and for `scan` also `--changed-since` and `--baseline`). Input
 * errors are printed as file:line:column and turned into exit code 2, so each
 * command only deals with a complete result.
 */
export async function scanFromFlags(
  args: ParsedArgs,
  io: CliIo,
  extra: { filterFlags?: boolean } = {},
): Promise<ScanResult | { exitCode: 2 }> {
  const result = await scan({
    paths: args.positionals,
    cwd: io.cwd,
    ...optional("configFile", stringFlag(args, "config")),
    ...optional("asOf", stringFlag(args, "as-of")),
    ...(extra.filterFlags
      ? {
          ...optional("changedSince", stringFlag(args, "changed-since")),
          ...optional("baselineFile", stringFlag(args, "baseline")),
        }
      : {}),
  });
  if (result.errors.length > 0) {
    printInputErrors(io, result.errors);
    return { exitCode: 2 };
  }
  return result;
}
