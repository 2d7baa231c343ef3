/**
 * The healthy half of every fuzz project: a config, a registry and one good
 * file of each kind, each with a finding vdx must report whatever the broken
 * file beside them does. A lost canary finding means one bad file cost
 * another file's findings.
 */

const CANARY_CONFIG = `rulePack: "2026"
assessments: data-export-assessments.yaml
organization:
  ciio: false
hosts:
  - { match: "*.example-motors.de", jurisdiction: DE }
`;

const CANARY_REGISTRY = `version: 1
assessments:
  - id: SA-2026-0142
    mechanism: security-assessment
    exemption: null
    recipient: { name: "Example Motors GmbH", country: DE }
    destinations: ["telemetry.example-motors.de"]
    categories: [pi.general.vehicle-identifier]
    scale: { individuals: 250000, sensitiveIndividuals: 0, vehicles: 250000 }
    mapApproval: null
    validFrom: 2026-03-01
    validUntil: 2029-02-28
`;

/** A finding a canary file must keep: rule, file (relative to the project root) and line. */
export interface CanaryFinding {
  ruleId: string;
  file: string;
  line: number;
}

const SCHEMA_CANARIES: Record<string, string> = {
  "canary/position.proto": [
    'syntax = "proto3";',
    "package canary.v1;",
    "message Position {",
    "  // @vdx pi.sensitive.locaton-trajectory",
    "  double latitude = 1;",
    "}",
    "",
  ].join("\n"),
  "canary/trip.schema.json": [
    "{",
    '  "$schema": "https://json-schema.org/draft/2020-12/schema",',
    '  "title": "Trip",',
    '  "type": "object",',
    '  "properties": {',
    '    "route": { "type": "string", "x-vdx": "pi.sensitive.locaton-trajectory" }',
    "  }",
    "}",
    "",
  ].join("\n"),
  "canary/fleet.openapi.yaml": [
    "openapi: 3.0.3",
    "info: { title: Fleet, version: '1' }",
    "paths: {}",
    "components:",
    "  schemas:",
    "    Vehicle:",
    "      type: object",
    "      properties:",
    "        vin: { type: string, x-vdx: pi.general.vehicle-identifer }",
    "",
  ].join("\n"),
  "canary/cabin.vspec": [
    "Vehicle.Cabin:",
    "  type: branch",
    "  description: Cabin.",
    "Vehicle.Cabin.Temperature:",
    "  type: sensor",
    "  datatype: float",
    "  x-vdx: conn.operating-conditon",
    "  description: Cabin temperature.",
    "",
  ].join("\n"),
};

const SCHEMA_CANARY_FINDINGS: CanaryFinding[] = [
  { ruleId: "unknown-category", file: "canary/position.proto", line: 5 },
  { ruleId: "unknown-category", file: "canary/trip.schema.json", line: 6 },
  { ruleId: "unknown-category", file: "canary/fleet.openapi.yaml", line: 9 },
  { ruleId: "unknown-category", file: "canary/cabin.vspec", line: 4 },
];

/**
 * A flow of location data to a German host (`fetch` on line 6), which the canary registry does not cover for
 * that category: an `inadequate-assessment` that bad input elsewhere in the project must not hide (here and in
 * test/bad-input).
 */
export const LOCATION_FIX_SENDER = [
  "export interface Fix {",
  "  /** @vdx pi.sensitive.location-trajectory */",
  "  lat: number;",
  "}",
  "export async function send(fix: Fix): Promise<void> {",
  '  await fetch("https://telemetry.example-motors.de/v1/fix", { method: "POST", body: JSON.stringify(fix) });',
  "}",
  "",
].join("\n");

const TS_CANARY: Record<string, string> = { "canary/send.ts": LOCATION_FIX_SENDER };

const TS_CANARY_FINDINGS: CanaryFinding[] = [{ ruleId: "inadequate-assessment", file: "canary/send.ts", line: 6 }];

/** The canary files of a project, and the findings they must keep. The TypeScript canary costs a program build: optional. */
export function canaryProject(withTypeScript: boolean): { files: Record<string, string>; expected: CanaryFinding[] } {
  return {
    files: {
      "vdx.config.yaml": CANARY_CONFIG,
      "data-export-assessments.yaml": CANARY_REGISTRY,
      ...SCHEMA_CANARIES,
      ...(withTypeScript ? TS_CANARY : {}),
    },
    expected: [...SCHEMA_CANARY_FINDINGS, ...(withTypeScript ? TS_CANARY_FINDINGS : [])],
  };
}
