import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { createBaseline, DEFAULT_BASELINE_FILE, readBaseline, serializeBaseline, updateBaseline, type Acceptance } from "@vdx/core";
import { booleanFlag, parseArgs, stringFlag, type FlagSpecs } from "../args/parse-args.js";
import { CHATTER_FLAGS, HELP_FLAG, SCAN_INPUT_FLAGS } from "../args/scanning-flags.js";
import { writeReports, type CliIo } from "../io.js";
import { scanInputGuard } from "../output/input-guard.js";
import { printInputErrors } from "../print-errors.js";
import { plural } from "../reporters/summary.js";
import { BASELINE_HELP } from "../help.js";
import { scanFromFlags } from "./scan-from-flags.js";

const FLAGS: FlagSpecs = {
  ...SCAN_INPUT_FLAGS,
  output: { type: "string" },
  reason: { type: "string" },
  by: { type: "string" },
  update: { type: "boolean" },
  ...CHATTER_FLAGS,
  ...HELP_FLAG,
};

/**
 * `vdx baseline`: records today's findings so that `vdx scan --baseline` fails only on new ones. Each
 * entry says who accepted it (`--by`, else the committer or CI user the environment names) and why
 * (`--reason`). `--update` keeps the entries of findings still present as they were accepted, adds the
 * new ones and drops the ones no finding matches.
 */
export async function baselineCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, FLAGS);
  if (booleanFlag(args, "help")) {
    io.stdout.write(BASELINE_HELP);
    return 0;
  }
  const result = await scanFromFlags(args, io);
  if ("exitCode" in result) return result.exitCode;
  const output = stringFlag(args, "output") ?? relative(io.cwd, join(result.root, DEFAULT_BASELINE_FILE));
  const acceptance: Acceptance = {
    by: stringFlag(args, "by") ?? acceptedByDefault(io.env),
    ...(stringFlag(args, "reason") !== undefined ? { reason: stringFlag(args, "reason")! } : {}),
    on: result.asOf,
  };
  const path = resolve(io.cwd, output);
  const previous = existsSync(path) ? readBaseline(path) : undefined;
  if (booleanFlag(args, "update") && previous) {
    if (previous.errors.length > 0) {
      printInputErrors(io, previous.errors);
      return 2;
    }
    const updated = updateBaseline({ version: 1, findings: previous.entries }, result.findings, result.root, acceptance);
    if (!writeReports(io, [{ file: output, text: serializeBaseline(updated.baseline) }], scanInputGuard(result.inputs))) return 2;
    io.stdout.write(
      `updated ${output}: ${plural(updated.kept, "entry", "entries")} kept as accepted, ${updated.added} added` +
        (updated.added > 0 ? ` (accepted by ${acceptance.by}${acceptance.reason !== undefined ? `: ${acceptance.reason}` : ", no --reason given"})` : "") +
        `, ${updated.removed.length} stale removed\n`,
    );
    return 0;
  }
  const baseline = createBaseline(result.findings, result.root, acceptance);
  const lostReasons = previous?.entries.filter((entry) => entry.reason !== undefined).length ?? 0;
  if (lostReasons > 0)
    io.stderr.write(`vdx: ${output}: replaced ${plural(lostReasons, "entry", "entries")} with a reason; \`vdx baseline --update\` keeps them\n`);
  if (!writeReports(io, [{ file: output, text: serializeBaseline(baseline) }], scanInputGuard(result.inputs))) return 2;
  const why = acceptance.reason !== undefined ? `: ${acceptance.reason}` : " (no --reason given)";
  io.stdout.write(`wrote ${plural(baseline.findings.length, "finding")} to ${output}, accepted by ${acceptance.by}${why}\n`);
  return 0;
}

/** Who runs `vdx baseline` when `--by` does not say: the committer git would record, or the CI user, or the login. */
function acceptedByDefault(env: Readonly<Record<string, string | undefined>>): string {
  const named = (name: string | undefined, email: string | undefined) => (name ? (email ? `${name} <${email}>` : name) : undefined);
  return (
    named(env.GIT_AUTHOR_NAME, env.GIT_AUTHOR_EMAIL) ??
    named(env.GIT_COMMITTER_NAME, env.GIT_COMMITTER_EMAIL) ??
    env.GITHUB_ACTOR ??
    env.GITLAB_USER_LOGIN ??
    env.USER ??
    env.USERNAME ??
    "unknown"
  );
}
