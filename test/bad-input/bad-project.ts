/**
 * A project whose scanned files are broken in every way a real repository can
 * break them, next to one healthy flow. Each broken file says where its problem
 * is (`line`), so the test can check the position vdx reports.
 */
import { LOCATION_FIX_SENDER } from "../fuzz/canaries.js";

export const CONFIG = `rulePack: "2026"
include: ["proto/**", "schemas/**", "src/**"]
assessments: data-export-assessments.yaml
organization:
  ciio: false
hosts:
  - { match: "*.example-motors.de", jurisdiction: DE }
`;

/** A valid registry, except for a misspelt category id (a finding, not a fatal error). */
export const REGISTRY = `version: 1
assessments:
  - id: SA-2026-0142
    mechanism: security-assessment
    exemption: null
    recipient: { name: "Example Motors GmbH", country: DE }
    destinations: ["telemetry.example-motors.de"]
    categories: [pi.general.vehicle-identifier, pi.sensitive.locaton-trajectory]
    scale: { individuals: 250000, sensitiveIndividuals: 0, vehicles: 250000 }
    mapApproval: null
    validFrom: 2026-03-01
    validUntil: 2029-02-28
`;

const BINARY = "\u0000\u0001\u0002binary\u00ff\u00fe";

/** Over the 8 MiB schema limit, and still valid JSON: only the size is wrong. */
function hugeSchema(): string {
  return `{ "type": "object", "description": "${"x".repeat(8 * 1024 * 1024 + 16)}" }`;
}

export interface BrokenFile {
  text: string;
  /** Where vdx must report the problem. */
  line: number;
  column?: number;
  /** What the message must say. */
  message: RegExp;
}

export const BROKEN_FILES: Record<string, BrokenFile> = {
  "proto/missing-semicolon.proto": {
    text: 'syntax = "proto3";\npackage acme.v1;\nmessage Trip {\n  double latitude = 1\n  double longitude = 2;\n}\n',
    // protobufjs stops at the token after the missing `;`.
    line: 5,
    message: /';' expected/,
  },
  "proto/blob.proto": { text: BINARY, line: 1, message: /binary/ },
  "schemas/blob.json": { text: BINARY, line: 1, message: /binary/ },
  "schemas/missing-comma.schema.json": {
    text: '{\n  "type": "object",\n  "properties": {\n    "vin": { "type": "string" }\n    "lat": { "type": "number" }\n  }\n}\n',
    line: 5,
    column: 5,
    message: /invalid JSON/,
  },
  "schemas/unresolvable.schema.json": {
    text: '{\n  "type": "object",\n  "properties": {\n    "driver": { "$ref": "#/$defs/missing" }\n  }\n}\n',
    line: 4,
    message: /cannot resolve \$ref "#\/\$defs\/missing"/,
  },
  "schemas/other-file.schema.json": {
    text: '{\n  "type": "object",\n  "properties": {\n    "a": { "type": "string" },\n    "other": { "$ref": "./nope.schema.json#/foo" }\n  }\n}\n',
    line: 5,
    message: /cannot resolve \$ref "\.\/nope\.schema\.json#\/foo"/,
  },
  "schemas/huge.schema.json": { text: "", line: 1, message: /limit/ },
  "src/broken.ts": {
    text: "export interface Broken {\n  /** @vdx pi.sensitive.location-trajectory */\n  lat: number\n  lng: number;;; {\nexport function oops( {\n",
    line: 4,
    column: 15,
    message: /^syntax error: .+ \(and \d+ more in this file\)/,
  },
  "src/blob.ts": { text: BINARY, line: 1, message: /not a text file/ },
};

/** Files that are fine, or odd but valid: the scan must go on through them and report their findings. */
const HEALTHY_FILES: Record<string, string> = {
  "schemas/cyclic.schema.json": JSON.stringify(
    {
      $defs: {
        a: { $ref: "#/$defs/b" },
        b: { $ref: "#/$defs/a" },
        node: { type: "object", properties: { gpsTrack: { type: "string" }, next: { $ref: "#/$defs/node" } } },
      },
      type: "object",
      properties: { loop: { $ref: "#/$defs/a" }, tree: { $ref: "#/$defs/node" } },
    },
    null,
    2,
  ),
  "proto/good.proto":
    'syntax = "proto3";\npackage acme.v1;\nmessage Position {\n  // @vdx pi.sensitive.location-trajectory\n  double lat = 1;\n  // @vdx pi.sensitive.locaton-trajectory\n  double lng = 2;\n}\n',
  "src/send.ts": LOCATION_FIX_SENDER,
};

export function badProjectFiles(): Record<string, string> {
  const files: Record<string, string> = { "vdx.config.yaml": CONFIG, "data-export-assessments.yaml": REGISTRY, ...HEALTHY_FILES };
  for (const [path, file] of Object.entries(BROKEN_FILES)) files[path] = path === "schemas/huge.schema.json" ? hugeSchema() : file.text;
  return files;
}
