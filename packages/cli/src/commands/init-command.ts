import { lstatSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { CONFIG_FILE_NAMES, DEFAULT_ASSESSMENTS_FILE, isUnplaced } from "@vdx/core";
import { booleanFlag, parseArgs, UsageError, type FlagSpecs } from "../args/parse-args.js";
import type { CliIo } from "../io.js";
import { INIT_HELP } from "../help.js";
import { plural } from "../reporters/summary.js";
import { draftFromCode, type CodeDraft } from "../init/draft-from-code.js";
import { starterConfig, starterRegistry } from "../init/starter-files.js";
import { surveyProject } from "../init/survey-project.js";
import { writeOutputs } from "../output/write-outputs.js";

const FLAGS: FlagSpecs = {
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
};

/** The preferred config name and the registry the config points at by default: what a scan of this folder finds. */
const CONFIG_FILE = CONFIG_FILE_NAMES[0]!;
const REGISTRY_FILE = DEFAULT_ASSESSMENTS_FILE;

/**
 * `vdx init [dir]`: looks at the project, writes a starter config and registry, scans the code with
 * them and drafts what the user must confirm — the hosts the code names with their jurisdiction, a
 * record to fill in per foreign destination — then prints the next three steps. Refuses to overwrite
 * without `--force`.
 */
export async function initCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, FLAGS);
  if (booleanFlag(args, "help")) {
    io.stdout.write(INIT_HELP);
    return 0;
  }
  if (args.positionals.length > 1) throw new UsageError("init takes at most one directory");
  const root = resolve(io.cwd, args.positionals[0] ?? ".");
  const files = [join(root, CONFIG_FILE), join(root, REGISTRY_FILE)] as const;
  // A link counts as existing even when it leads nowhere: writing it would create its target.
  const existing = files.filter(isPresent);
  if (existing.length > 0 && !booleanFlag(args, "force")) {
    for (const file of existing) io.stderr.write(`${relative(io.cwd, file) || file}:1:1: already exists (use --force to overwrite)\n`);
    return 2;
  }
  const survey = surveyProject(root);
  const show = (f: string) => relative(io.cwd, f) || f;
  // Both files or neither, atomically, never through a link.
  const write = (config: string, registry: string) => {
    const problems = writeOutputs([
      { path: files[0], text: config },
      { path: files[1], text: registry },
    ]);
    for (const problem of problems) io.stderr.write(`${show(problem.path)}:1:1: ${problem.message}\n`);
    return problems.length === 0;
  };
  if (!write(starterConfig(survey), starterRegistry())) return 2;
  // With the starter files in place, the scan finds the project's hosts and flows; the drafts replace them.
  const draft = await draftFromCode(root);
  if (!draft.problem && !write(starterConfig(survey, draft), starterRegistry(draft))) return 2;
  io.stdout.write(
    [
      `wrote ${show(files[0])} and ${show(files[1])}`,
      `  tsconfig:    ${survey.tsconfig ?? "none found"}`,
      `  include:     ${survey.include.length > 0 ? survey.include.join(", ") : "everything (no source folders found)"}`,
      `  schemas in:  ${survey.schemaFolders.length > 0 ? survey.schemaFolders.join(", ") : "none found"}`,
      `  vehicleSide: ${survey.vehicleSide.length > 0 ? survey.vehicleSide.join(", ") : "none found (add your T-Box / head-unit code)"}`,
      ...hostLines(draft),
      "",
      "Next:",
      ...nextSteps(draft, show(files[0]), show(files[1])),
      "",
    ].join("\n"),
  );
  return 0;
}

function hostLines(draft: CodeDraft): string[] {
  if (draft.problem) return [`  hosts:       not drafted: ${draft.problem}`];
  if (draft.hosts.length === 0) return ["  hosts:       none named in the code"];
  return [
    `  hosts:       ${plural(draft.hosts.length, "host")} named in the code, foreign ones first:`,
    ...draft.hosts.map((h) => `                 ${h.host.padEnd(40)} ${h.jurisdiction.padEnd(8)} ${h.because} (${h.seenAt})`),
  ];
}

function nextSteps(draft: CodeDraft, config: string, registry: string): string[] {
  const unknown = draft.hosts.filter((h) => isUnplaced(h.jurisdiction)).length;
  return [
    `  1. Confirm the hosts in ${config}${unknown > 0 ? ` and place the ${plural(unknown, "host")} vdx cannot (commented TODO lines)` : ""}, and declare your scale under organization (vehiclesInChina …).`,
    draft.records.length > 0
      ? `  2. Fill in the ${plural(draft.records.length, "record")} drafted in ${registry} (one per foreign destination) with your approvals, filings or contracts, and uncomment them.`
      : `  2. Record your export approvals, filings or contracts in ${registry} (the commented entry shows the fields).`,
    '  3. Run `vdx scan`; accept what stays for now with `vdx baseline --reason "…"`, and gate pull requests with `vdx scan --changed-since origin/main`.',
  ];
}

function isPresent(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
