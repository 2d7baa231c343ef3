import { lstatSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { CONFIG_FILE_NAMES, DEFAULT_ASSESSMENTS_FILE } from "@vdx/core";
import { booleanFlag, parseArgs, UsageError, type FlagSpecs } from "../args/parse-args.js";
import type { CliIo } from "../io.js";
import { INIT_HELP } from "../help.js";
import { REPOSITORY_URL } from "../project-links.js";
import { surveyProject, type ProjectSurvey } from "./survey-project.js";
import { writeOutputs } from "../output/write-outputs.js";

const FLAGS: FlagSpecs = {
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
};

/** The preferred config name and the registry the config points at by default: what a scan of this folder finds. */
const CONFIG_FILE = CONFIG_FILE_NAMES[0]!;
const REGISTRY_FILE = DEFAULT_ASSESSMENTS_FILE;

/** `vdx init [dir]`: writes a starter config and registry; refuses to overwrite without `--force`. */
export function initCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, FLAGS);
  if (booleanFlag(args, "help")) {
    io.stdout.write(INIT_HELP);
    return 0;
  }
  if (args.positionals.length > 1) throw new UsageError("init takes at most one directory");
  const root = resolve(io.cwd, args.positionals[0] ?? ".");
  const files = [join(root, CONFIG_FILE), join(root, REGISTRY_FILE)];
  // A link counts as existing even when it leads nowhere: writing it would create its target.
  const existing = files.filter(isPresent);
  if (existing.length > 0 && !booleanFlag(args, "force")) {
    for (const file of existing) io.stderr.write(`${relative(io.cwd, file) || file}:1:1: already exists (use --force to overwrite)\n`);
    return 2;
  }
  const survey = surveyProject(root);
  const show = (f: string) => relative(io.cwd, f) || f;
  // Both files or neither, never through a link.
  const problems = writeOutputs([{ path: files[0]!, text: starterConfig(survey) }, { path: files[1]!, text: STARTER_REGISTRY }]);
  for (const problem of problems) io.stderr.write(`${show(problem.path)}:1:1: ${problem.message}\n`);
  if (problems.length > 0) return 2;
  io.stdout.write(
    [
      `wrote ${show(files[0]!)} and ${show(files[1]!)}`,
      `  tsconfig:    ${survey.tsconfig ?? "none found"}`,
      `  include:     ${survey.include.length > 0 ? survey.include.join(", ") : "everything (no source folders found)"}`,
      `  schemas in:  ${survey.schemaFolders.length > 0 ? survey.schemaFolders.join(", ") : "none found"}`,
      `  vehicleSide: ${survey.vehicleSide.length > 0 ? survey.vehicleSide.join(", ") : "none found (add your T-Box / head-unit code)"}`,
      "Next: declare your hosts, organisation scale and export records, then run `vdx scan`.",
      "",
    ].join("\n"),
  );
  return 0;
}

function yamlList(items: readonly string[]): string {
  return items.length === 0 ? "[]" : `[${items.map((i) => JSON.stringify(i)).join(", ")}]`;
}

function starterConfig(survey: ProjectSurvey): string {
  return `# vdx configuration — see ${REPOSITORY_URL}/blob/main/docs/config.md
rulePack: "2026"
extends: []
include: ${yamlList(survey.include)}
exclude: ["**/*.test.ts", "**/*.spec.ts"]
${survey.tsconfig ? `tsconfig: ${survey.tsconfig}` : "# tsconfig: tsconfig.json"}
assessments: ${REGISTRY_FILE}

# Scale facts that decide scale-conditional categories and PI thresholds.
# Undeclared facts are taken at the higher level (GB/T 43697: 就高从严).
organization:
  ciio: false
  # vehiclesInChina: 1200000

# Your own endpoints and their jurisdiction (ISO 3166 alpha-2, or "internal").
hosts: []
#  - { match: "*.example-motors.de", jurisdiction: DE }
#  - { match: "telemetry.example-motors.com.cn", jurisdiction: CN }

# Where code runs when not in China (remote access / processing abroad).
deployments: []

# On-vehicle code: direct foreign transfer of PI or important data is always an error.
vehicleSide: ${yamlList(survey.vehicleSide)}

# Functions whose result no longer carries some categories.
sanitizers: []
#  - { function: "coarsenLocation", removes: [pi.sensitive.location-trajectory] }

unknownHosts: warn
`;
}

const STARTER_REGISTRY = `# Export records: security assessments, standard contracts, certifications, exemptions.
# A flow is covered when one record matches its destination, lists every category it
# carries, is valid on the scan date and its mechanism is adequate for the data and scale.
version: 1
assessments: []
#  - id: SA-2026-0142
#    mechanism: security-assessment      # security-assessment | standard-contract | certification | exemption
#    exemption: null                     # E1..E9 when mechanism is exemption
#    recipient: { name: "Example Motors GmbH", country: DE }
#    destinations: ["telemetry.example-motors.de"]
#    categories: [pi.general.vehicle-identifier, conn.operating-condition]
#    scale: { individuals: 250000, sensitiveIndividuals: 0, vehicles: 250000 }
#    mapApproval: null
#    validFrom: 2026-03-01
#    validUntil: 2029-02-28
`;

function isPresent(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
