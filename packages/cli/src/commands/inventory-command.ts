import { booleanFlag, parseArgs, type FlagSpecs } from "../args/parse-args.js";
import { outputTargets } from "../args/output-targets.js";
import { writeReports, type CliIo } from "../io.js";
import { scanInputGuard } from "../output/input-guard.js";
import { formatInventoryCsv, formatInventoryJson } from "../reporters/inventory.js";
import { formatInventoryMarkdown } from "../reporters/inventory-markdown.js";
import { INVENTORY_HELP } from "../help.js";
import { scanFromFlags } from "./scan-from-flags.js";
import { CHATTER_FLAGS, HELP_FLAG, OUTPUT_FLAGS, PULL_REQUEST_FLAGS, SCAN_INPUT_FLAGS } from "../args/scanning-flags.js";

const FLAGS: FlagSpecs = {
  ...SCAN_INPUT_FLAGS,
  ...OUTPUT_FLAGS,
  "include-reviewed": { type: "boolean" },
  ...PULL_REQUEST_FLAGS,
  ...CHATTER_FLAGS,
  ...HELP_FLAG,
};

const FORMATS = ["markdown", "json", "csv"] as const;

/** `vdx inventory`: every flow and classified field; exit 0, or 2 on input errors. */
export async function inventoryCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, FLAGS);
  if (booleanFlag(args, "help")) {
    io.stdout.write(INVENTORY_HELP);
    return 0;
  }
  const targets = outputTargets(args, FORMATS, "markdown");
  const result = await scanFromFlags(args, io, { pullRequest: true });
  if ("exitCode" in result) return result.exitCode;
  const options = { includeReviewed: booleanFlag(args, "include-reviewed") };
  const reports = targets.map((target) => {
    const text =
      target.format === "json"
        ? formatInventoryJson(result, options)
        : target.format === "csv"
          ? formatInventoryCsv(result, options)
          : formatInventoryMarkdown(result, { ...options, categories: result.pack.categories, organization: result.config.organization });
    return { ...(target.file !== undefined ? { file: target.file } : {}), text };
  });
  return writeReports(io, reports, scanInputGuard(result.inputs)) ? 0 : 2;
}
