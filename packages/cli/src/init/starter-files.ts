import type { ProjectSurvey } from "./survey-project.js";
import type { CodeDraft } from "./draft-from-code.js";
import { isUnplaced } from "@vdx/core";

/** Where the config and registry formats are described: the docs that come with vdx (no web address is invented). */
const DOCS = "docs/config.md and docs/assessments.md of the vdx repository, or `vdx <command> --help`";

const MAX_PLACES = 5;

function yamlList(items: readonly string[]): string {
  return items.length === 0 ? "[]" : `[${items.map((i) => JSON.stringify(i)).join(", ")}]`;
}

/**
 * The starter `vdx.config.yaml`: what the survey found (tsconfig, folders to scan, schema folders,
 * on-vehicle code) and, once the code has been scanned with it, every host the code names with the
 * jurisdiction vdx gives it — to confirm or correct. Hosts vdx cannot place are left as comments to
 * fill in. Nothing here is an example address.
 */
export function starterConfig(survey: ProjectSurvey, draft?: CodeDraft): string {
  return `# vdx configuration (formats: ${DOCS}).
rulePack: "2026"
extends: []
include: ${yamlList(survey.include)}
exclude: ["**/*.test.ts", "**/*.spec.ts"]
${survey.tsconfig ? `tsconfig: ${survey.tsconfig}` : "# tsconfig: tsconfig.json"}
assessments: data-export-assessments.yaml

# Scale facts that decide scale-conditional categories and PI thresholds.
# Undeclared facts are taken at the higher level (GB/T 43697: 就高从严).
organization:
  ciio: false
  # vehiclesInChina: <number of vehicles in China>

${hostsSection(draft)}
# Where code runs when not in China (remote access / processing abroad).
deployments: []

# On-vehicle code: direct foreign transfer of PI or important data is always an error.
vehicleSide: ${yamlList(survey.vehicleSide)}

# Functions whose result no longer carries some categories.
sanitizers: []
#  - { function: "<function name>", removes: [<category id>] }

unknownHosts: warn
`;
}

/** Where a destination is reached, the first few places named (a big project sends from many). */
function places(seenAt: readonly string[]): string {
  const shown = seenAt.slice(0, MAX_PLACES).join(", ");
  return seenAt.length > MAX_PLACES ? `${shown} and ${seenAt.length - MAX_PLACES} more` : shown;
}

function hostsSection(draft: CodeDraft | undefined): string {
  const header = '# Your endpoints and where they are (ISO 3166 alpha-2, or "internal"), checked before the rule pack.';
  if (!draft || draft.hosts.length === 0) {
    return `${header}\nhosts: []\n#  - { match: "<host, or *.domain>", jurisdiction: <ISO code or internal> }\n`;
  }
  const placed = draft.hosts.filter((h) => !isUnplaced(h.jurisdiction));
  const unplaced = draft.hosts.filter((h) => isUnplaced(h.jurisdiction));
  const lines = [
    header,
    "# Every host the code names, foreign ones first, with the jurisdiction vdx gives it: confirm or correct each.",
    placed.length > 0 ? "hosts:" : "hosts: []",
    ...placed.map((h) => `  - { match: ${JSON.stringify(h.host)}, jurisdiction: ${h.jurisdiction} }   # by ${h.because}; seen at ${h.seenAt}`),
    ...unplaced.map((h) => `#  - { match: ${JSON.stringify(h.host)}, jurisdiction: <ISO code or internal> }   # TODO: ${h.because}; seen at ${h.seenAt}`),
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * The starter `data-export-assessments.yaml`: no record (a record would cover flows), and for each
 * foreign destination classified data reaches, a record to fill in — commented out until it is the
 * approval, filing or contract the organisation holds.
 */
export function starterRegistry(draft?: CodeDraft): string {
  const head = `# Export records: security assessments, standard contracts, certifications, exemptions (format: ${DOCS}).
# A flow is covered when one record matches its destination, lists every category it carries, is
# valid on the scan date and its mechanism is adequate for the data and the declared scale.
version: 1
assessments: []
`;
  if (!draft || draft.records.length === 0) {
    return `${head}#  - id: <approval, filing or contract reference>
#    mechanism: <security-assessment | standard-contract | certification | exemption>
#    exemption: null                     # E1..E9 when mechanism is exemption
#    recipient: { name: "<recipient>", country: <ISO code> }
#    destinations: ["<host>"]
#    categories: [<category ids>]
#    scale: { individuals: <per year>, sensitiveIndividuals: <per year>, vehicles: <per year> }
#    mapApproval: null
#    validFrom: <YYYY-MM-DD>
#    validUntil: <YYYY-MM-DD>
`;
  }
  const records = draft.records.map((record, index) =>
    [
      `# TODO ${index + 1}: classified data reaches ${record.host} (${record.jurisdiction}) at ${places(record.seenAt)}.`,
      `#  - id: <approval, filing or contract reference>`,
      `#    mechanism: <security-assessment | standard-contract | certification | exemption>`,
      `#    exemption: null`,
      `#    recipient: { name: "<who receives the data at ${record.host}>", country: ${record.jurisdiction} }`,
      `#    destinations: [${JSON.stringify(record.host)}]`,
      `#    categories: [${record.categories.join(", ")}]`,
      `#    scale: { individuals: <per year>, sensitiveIndividuals: <per year>, vehicles: <per year> }`,
      `#    mapApproval: null`,
      `#    validFrom: <YYYY-MM-DD>`,
      `#    validUntil: <YYYY-MM-DD>`,
    ].join("\n"),
  );
  return `${head}# One record to fill in per foreign destination vdx found; uncomment each once it is real.\n${records.join("\n\n")}\n`;
}
