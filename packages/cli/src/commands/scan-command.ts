import type { FindingLevel } from "@vdx/core";
import { booleanFlag, choice, parseArgs, stringFlag, type FlagSpecs } from "../args/parse-args.js";
import { outputTargets } from "../args/output-targets.js";
import { CHATTER_FLAGS, HELP_FLAG, OUTPUT_FLAGS, PULL_REQUEST_FLAGS, SCAN_INPUT_FLAGS } from "../args/scanning-flags.js";
import { writeReports, type CliIo } from "../io.js";
import { scanInputGuard } from "../output/input-guard.js";
import { shouldColour } from "../reporters/colour.js";
import { cliVersion } from "../version.js";
import { SCAN_HELP } from "../help.js";
import { renderScan, SCAN_FORMATS } from "./render-scan.js";
import { scanFromFlags } from "./scan-from-flags.js";

const FLAGS: FlagSpecs = {
  ...SCAN_INPUT_FLAGS,
  ...OUTPUT_FLAGS,
  "fail-on": { type: "string" },
  baseline: { type: "string" },
  ...PULL_REQUEST_FLAGS,
  shard: { type: "string" },
  ...CHATTER_FLAGS,
  ...HELP_FLAG,
};

const FAIL_ON = ["error", "warn", "never"] as const;

/** `vdx scan`: exit 0 when nothing is at or above `--fail-on`, 1 when something is, 2 on input errors. */
export async function scanCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, FLAGS);
  if (booleanFlag(args, "help")) {
    io.stdout.write(SCAN_HELP);
    return 0;
  }
  const targets = outputTargets(args, SCAN_FORMATS, "text");
  const failOn = choice("fail-on", stringFlag(args, "fail-on") ?? "error", FAIL_ON);

  const result = await scanFromFlags(args, io, { baseline: true, pullRequest: true, shard: true });
  if ("exitCode" in result) return result.exitCode;

  const toolVersion = cliVersion();
  const reports = targets.map((target) => {
    const colour = target.file === undefined && shouldColour(io.stdout.isTTY === true, io.env);
    return {
      ...(target.file !== undefined ? { file: target.file } : {}),
      text: renderScan(target.format, result, { toolVersion, displayBase: io.cwd, colour }),
    };
  });
  if (!writeReports(io, reports, scanInputGuard(result.inputs))) return 2;
  return result.findings.some((f) => atOrAbove(f.level, failOn)) ? 1 : 0;
}

function atOrAbove(level: FindingLevel, failOn: (typeof FAIL_ON)[number]): boolean {
  if (failOn === "never") return false;
  return failOn === "warn" || level === "error";
}
