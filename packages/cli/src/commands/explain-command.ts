import { suggestIds } from "@vdx/core";
import { booleanFlag, parseArgs, stringFlag, UsageError, type FlagSpecs } from "../args/parse-args.js";
import type { CliIo } from "../io.js";
import { printInputErrors } from "../print-errors.js";
import { RULE_IDS, ruleDescription } from "../rule-catalog.js";
import { EXPLAIN_HELP } from "../help.js";
import { loadProjectPack } from "./load-project-pack.js";
import { describeCategory, describeRule } from "./explain-topic.js";
import { explainLocation, looksLikeLocation, parseLocationTarget, resolveTargetFile } from "./explain-location.js";
import { terminalSafeLines } from "../reporters/terminal-safe.js";

const FLAGS: FlagSpecs = {
  config: { type: "string" },
  "as-of": { type: "string" },
  help: { type: "boolean", short: "h" },
};

/**
 * `vdx explain <rule-id|category-id|file[:line[:column]]>`. A rule id wins, then
 * an existing file, then a category id of the pack in use, then a path matched
 * against the scanned files by suffix.
 */
export async function explainCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, FLAGS);
  if (booleanFlag(args, "help")) {
    io.stdout.write(EXPLAIN_HELP);
    return 0;
  }
  const [target, ...extra] = args.positionals;
  if (target === undefined) throw new UsageError("explain needs a rule id, a category id, or a file (file:line)");
  if (extra.length > 0) throw new UsageError(`explain takes one target, got ${args.positionals.length}: ${args.positionals.join(" ")}`);
  const configFile = stringFlag(args, "config");
  const asOf = stringFlag(args, "as-of");

  const rule = ruleDescription(target);
  if (rule) {
    io.stdout.write(describeRule(rule));
    return 0;
  }
  const location = parseLocationTarget(target);
  if (resolveTargetFile(io.cwd, location.path, configFile) !== undefined) return explainLocation(io, location, { configFile, asOf });

  const { config, pack, errors } = loadProjectPack(io.cwd, configFile);
  if (errors.length > 0) {
    printInputErrors(io, errors);
    return 2;
  }
  const category = pack.categories.get(target);
  if (category) {
    io.stdout.write(terminalSafeLines(describeCategory(category, pack, config)));
    return 0;
  }
  if (looksLikeLocation(target)) return explainLocation(io, location, { configFile, asOf });
  const suggestions = suggestIds(target, [...RULE_IDS, ...pack.categories.keys()]);
  const hint = suggestions.length > 0 ? ` (did you mean ${suggestions.join(", ")}?)` : "";
  throw new UsageError(`"${target}" is not a rule id, a category id of rule pack ${pack.id}, or a file${hint}`);
}
