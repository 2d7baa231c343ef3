/**
 * One valid document of each input kind the fuzzer mutates: small, realistic,
 * using the features vdx reads (imports, `$ref`s, anchors, includes, options,
 * annotations), so a mutation lands on something that matters.
 */

export type InputKind = "proto" | "json-schema" | "openapi" | "config" | "registry" | "typescript" | "vspec";

export const INPUT_KINDS: readonly InputKind[] = ["proto", "json-schema", "openapi", "config", "registry", "typescript", "vspec"];

/** Where the fuzzed file goes in the project (config and registry replace the canary ones). */
export const FUZZ_FILE: Record<InputKind, string> = {
  proto: "fuzz/telemetry.proto",
  "json-schema": "fuzz/state.schema.json",
  openapi: "fuzz/api.yaml",
  config: "vdx.config.yaml",
  registry: "data-export-assessments.yaml",
  typescript: "fuzz/upload.ts",
  vspec: "fuzz/vehicle.vspec",
};

export const TEMPLATES: Record<InputKind, string> = {
  proto: `syntax = "proto3";
package fuzz.telemetry.v1;

import "fuzz/common.proto";
import "google/protobuf/timestamp.proto";

// @vdx pi.general.vehicle-identifier
message VehicleState {
  string vin = 1;
  // @vdx pi.sensitive.location-trajectory
  double latitude = 2 [(vdx.category) = "pi.sensitive.location-trajectory"];
  double longitude = 3;
  google.protobuf.Timestamp sampled_at = 4;
  fuzz.common.Geo position = 5;
  repeated float cell_voltages = 6;
  map<string, int32> dtc_counts = 7;
  oneof source {
    string gnss = 8;
    string dead_reckoning = 9;
  }
  message Nested { int32 speed = 1; }
  enum Gear { PARK = 0; DRIVE = 1; }
}
`,
  "json-schema": `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://schemas.example-motors.de/state.json",
  "title": "State",
  "type": "object",
  "properties": {
    "vin": { "type": "string", "x-vdx": "pi.general.vehicle-identifier" },
    "position": { "$ref": "#/$defs/Position" },
    "trail": { "type": "array", "items": { "$ref": "#/$defs/Position" } },
    "battery": { "$ref": "common.schema.json#/$defs/Battery" },
    "driver": { "type": "object", "properties": { "name": { "type": "string" }, "phone": { "type": "string" } } }
  },
  "$defs": {
    "Position": {
      "type": "object",
      "x-vdx": ["pi.sensitive.location-trajectory"],
      "properties": { "lat": { "type": "number" }, "lng": { "type": "number" }, "next": { "$ref": "#/$defs/Position" } }
    }
  }
}
`,
  openapi: `openapi: 3.0.3
info:
  title: Fleet API
  version: "1.0"
paths:
  /vehicles/{vin}/position:
    parameters:
      - name: vin
        in: path
        required: true
        schema: { type: string }
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Position" }
components:
  schemas:
    Base: &base
      type: object
      properties:
        timestamp: { type: string, format: date-time }
    Position:
      <<: *base
      type: object
      x-vdx: pi.sensitive.location-trajectory
      properties:
        latitude: { type: number }
        longitude: { type: number }
        vehicle: { $ref: "#/components/schemas/Vehicle" }
    Vehicle:
      type: object
      properties:
        vin: { type: string }
        owner: { $ref: "common.schema.json#/$defs/Battery" }
`,
  config: `rulePack: "2026"
include: ["canary/**", "fuzz/**"]
exclude: ["**/*.test.ts"]
assessments: data-export-assessments.yaml
organization:
  ciio: false
  vehiclesInChina: 1200000
hosts:
  - { match: "*.example-motors.de", jurisdiction: DE }
  - { match: "telemetry.example-motors.com.cn", jurisdiction: CN }
deployments:
  - { path: "services/eu/**", jurisdiction: DE }
vehicleSide: ["apps/tbox/**"]
sanitizers:
  - { function: "coarsenLocation", removes: [pi.sensitive.location-trajectory] }
unknownHosts: warn
rules:
  unclassified-signal: warn
`,
  registry: `version: 1
assessments:
  - id: SA-2026-0142
    mechanism: security-assessment
    exemption: null
    recipient: { name: "Example Motors GmbH", country: DE }
    destinations: ["telemetry.example-motors.de", "s3://example-eu-logs"]
    categories: [pi.general.vehicle-identifier]
    scale: { individuals: 250000, sensitiveIndividuals: 0, vehicles: 250000 }
    mapApproval: null
    validFrom: 2026-03-01
    validUntil: 2029-02-28
  - id: SC-2026-0007
    mechanism: standard-contract
    exemption: null
    recipient: { name: "Example Motors Inc.", country: US }
    destinations: ["*.example-motors.com"]
    categories: [conn.operating-condition]
    scale: { individuals: 9000, sensitiveIndividuals: 0, vehicles: 9000 }
    mapApproval: null
    validFrom: 2026-01-01
    validUntil: 2027-12-31
`,
  typescript: `import type { Fix } from "../canary/send.js";

export interface Trip {
  /** @vdx pi.sensitive.location-trajectory */
  route: { lat: number; lng: number }[];
  vin: string;
  odometerKm: number;
}

const BASE = "https://eu-api.example-motors.de";

export async function uploadTrip(trip: Trip, fix: Fix): Promise<void> {
  const body = JSON.stringify({ route: trip.route, vin: trip.vin, at: fix.lat });
  await fetch(\`\${BASE}/v1/trips\`, { method: "POST", body, headers: { "content-type": "application/json" } });
}

export class Uploader {
  constructor(private readonly endpoint: string) {}
  async send(trip: Trip): Promise<Response> {
    return fetch(this.endpoint + "/v1/trips", { method: "PUT", body: JSON.stringify(trip) });
  }
}
`,
  vspec: `#include fuzz/included.vspec Vehicle.Body

Vehicle:
  type: branch
  description: High-level vehicle data.
  x-vdx: conn.operating-condition

Vehicle.Speed:
  type: sensor
  datatype: float
  unit: km/h
  description: Vehicle speed.

Vehicle.CurrentLocation.Latitude:
  type: sensor
  datatype: double
  x-vdx: pi.sensitive.location-trajectory
  description: Current latitude.
`,
};

/** Files the templates refer to (imports, `$ref`s, includes), valid. */
export const COMPANIONS: Record<string, string> = {
  "fuzz/common.proto": 'syntax = "proto3";\npackage fuzz.common;\nmessage Geo { double lat = 1; double lng = 2; }\n',
  "fuzz/common.schema.json": '{ "$defs": { "Battery": { "type": "object", "properties": { "soc": { "type": "number" } } } } }\n',
  "fuzz/included.vspec": "Trunk:\n  type: branch\n  description: Trunk.\nTrunk.IsOpen:\n  type: actuator\n  datatype: boolean\n  description: Open.\n",
};

/** Tokens that mean something in each kind, spliced in at random. */
export const ALPHABETS: Record<InputKind, readonly string[]> = {
  proto: [
    "message",
    "{",
    "}",
    ";",
    "=",
    "repeated",
    "map<",
    ">",
    ",",
    "oneof",
    "option",
    "(vdx.category)",
    '"',
    "//",
    "/*",
    "*/",
    "import",
    "package",
    ".",
    "[",
    "]",
    "1",
    "group",
    "extend",
    "enum",
    "reserved",
    "\n",
  ],
  "json-schema": [
    "{",
    "}",
    "[",
    "]",
    '"',
    ":",
    ",",
    '"$ref"',
    '"#/"',
    '"#"',
    '"properties"',
    '"x-vdx"',
    '"items"',
    '"$defs"',
    '"$id"',
    "null",
    "true",
    "1e999",
    "-0",
    "\\u0000",
    "\\ud800",
    "\n",
  ],
  openapi: [
    "{",
    "}",
    "[",
    "]",
    ":",
    "- ",
    "&a",
    "*a",
    "!!str",
    "!!binary",
    "? ",
    "|",
    ">",
    "#",
    "'",
    '"',
    "$ref: ",
    "<<: *base",
    "---",
    "...",
    "%YAML 1.1",
    "\t",
    "  ",
    "\n",
  ],
  config: [
    ":",
    "- ",
    "&a",
    "*a",
    "{",
    "}",
    "[",
    "]",
    "? ",
    "include",
    "hosts",
    "jurisdiction: XX",
    "rulePack: /",
    "extends: [..]",
    "tsconfig: ",
    "\t",
    "  ",
    "#",
    "\n",
  ],
  registry: [":", "- ", "&a", "*a", "{", "}", "[", "]", "? ", "validUntil: 2026-02-30", "mechanism: x", "id: SA-1", "categories: [x]", "\t", "  ", "#", "\n"],
  typescript: [
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ";",
    ",",
    "`",
    "${",
    "'",
    '"',
    "/*",
    "//",
    "=>",
    "fetch(",
    "await ",
    "class ",
    "function ",
    "declare ",
    "module ",
    "@vdx ",
    "/** ",
    "*/",
    "<",
    ">",
    "as any",
    "\n",
  ],
  vspec: [":", "- ", "#include ", "type: branch", "type: sensor", "x-vdx: ", "&a", "*a", "{", "}", "Vehicle.", "..", "\t", "  ", "#", "\n"],
};
