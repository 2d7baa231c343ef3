import { join, relative } from "node:path";
import { createBaseline, DEFAULT_BASELINE_FILE, serializeBaseline } from "@vdx/core";
import { booleanFlag, parseArgs, stringFlag, type FlagSpecs } from "../args/parse-args.js";
import { writeReports, type CliIo } from "../io.js";
import { scanInputGuard } from "../output/input-guard.js";
import { plural } from "../reporters/summary.js";
import { BASELINE_HELP } from "../help.js";
import { scanFromFlags } from "./scan-from-flags.js";

const FLAGS: FlagSpecs = {
  config: { type: "string" },
  output: { type: "string" },
  "as-of": { type: "string" },
  help: { type: "boolean", short: "h" },
};

/** `vdx baseline`: records today's findings so that `vdx scan --baseline` fails only on new ones. */
export async function baselineCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, FLAGS);
  if (booleanFlag(args, "help")) {
    io.stdout.write(BASELINE_HELP);
    return 0;
  }
  const result = await scanFromFlags(args, io);
  if ("exitCode" in result) return result.exitCode;
  const output = stringFlag(args, "output") ?? relative(io.cwd, join(result.root, DEFAULT_BASELINE_FILE));
  const baseline = createBaseline(result.findings, result.root);
  if (!writeReports(io, [{ file: output, text: serializeBaseline(baseline) }], scanInputGuard(result.inputs))) return 2;
  io.stdout.write(`wrote ${plural(baseline.findings.length, "finding")} to ${output}\n`);
  return 0;
}
