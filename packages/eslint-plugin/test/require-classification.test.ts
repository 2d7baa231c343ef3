import { requireClassification } from "../src/rules/require-classification.js";
import { fixtureFile, runRule, syntacticRuleTester, typedRuleTester } from "./rule-tester.js";

const filename = fixtureFile("src/file.ts");
const LOCATION = "pi.sensitive.location-trajectory";
const LOCATION_TEXT = `${LOCATION} (Precise location and trajectory)`;

const loneLat = `export interface Fix {
  lat: number;
  label: string;
}
`;

const documentedSpeed = `export class Telemetry {
  /**
   * Vehicle speed over ground.
   *
   * Unit: km/h.
   */
  speedKph = 0;
}
`;

const inlineSpeed = `export class Telemetry {
  /** Vehicle speed in km/h. */
  speedKph = 0;
}
`;

const twoCandidates = `export type Recording = { routeSpeed: number[] };
`;

const strongPair = "export interface Fix {\n  lat: number;\n  lng: number;\n}\n";

const confirmed = (field: string, ids: string, output: string, none: string) => [
  { messageId: "confirm" as const, data: { field, ids }, output },
  { messageId: "annotateNone" as const, data: { field }, output: none },
];
/** `confirmed` for an annotation on its own line above `member` (given with its indentation) in `code`. */
const confirmedAbove = (code: string, member: string, field: string, ids: string) => {
  const indent = member.slice(0, member.length - member.trimStart().length);
  const annotated = (comment: string) => code.replace(member, `${indent}/** @vdx ${comment} */\n${member}`);
  return confirmed(field, ids, annotated(ids), annotated("none"));
};

const VIN = "pi.general.vehicle-identifier";
const VIN_TEXT = `${VIN} (VIN, own licence plate)`;

const inlineLeaf = `export type Req = {
  path: {
    vin: string;
  };
};
`;

const fieldEnum = `export enum TelemetryField {
  Latitude = "latitude",
  Longitude = "longitude",
  Label = "label",
}
`;

const zodVin = `export const Car = z.object({
  vin: z.string(),
  label: z.string(),
});
`;

const columns = `export const COLUMNS = ["est_lat", "est_lng", "label"];
`;

const cases = {
  valid: [
    { filename, code: `export interface Fix {\n  /** @vdx ${LOCATION} */\n  lat: number;\n  /** @vdx ${LOCATION} */\n  lng: number;\n}\n` },
    // A status enum is not a list of signals, whatever its members look like.
    { filename, code: 'export enum ChargingState {\n  Charging = "Charging",\n  Idle = "Idle",\n  EVConnected = "EVConnected",\n}\n' },
    { filename, code: `export interface Fix {\n  /** @vdx ${LOCATION} */\n  lat: number;\n}\n` },
    // Reviewed: not export-relevant.
    { filename, code: "export interface Sprite {\n  /** @vdx none */\n  lat: number;\n}\n" },
    // Whole parts only: no `lat` in translate, latency; no `plate` in template.
    { filename, code: "export interface Ui {\n  translate: string;\n  latency: number;\n  template: string;\n}\n" },
    // A type-level mark covers its properties.
    { filename, code: `/** @vdx ${LOCATION} */\nexport interface Fix {\n  lat: number;\n}\n` },
    // `ignore` patterns.
    { filename, code: loneLat, options: [{ ignore: ["Fix.*"] }] as const },
    { filename, code: loneLat, options: [{ ignore: ["F*.lat"] }] as const },
  ],
  invalid: [
    {
      // Strong signals classify by themselves (lat beside lng), and the rule asks to confirm them.
      filename,
      code: strongPair,
      errors: [
        {
          messageId: "classifiedBySignal" as const,
          line: 2,
          column: 3,
          data: { field: "Fix.lat", candidates: LOCATION_TEXT, ids: LOCATION },
          suggestions: confirmedAbove(strongPair, "  lat", "Fix.lat", LOCATION),
        },
        {
          messageId: "classifiedBySignal" as const,
          line: 3,
          data: { field: "Fix.lng", candidates: LOCATION_TEXT, ids: LOCATION },
          suggestions: confirmedAbove(strongPair, "  lng", "Fix.lng", LOCATION),
        },
      ],
    },
    {
      // The leaf of an inline object type is a field of its own, named through its holder.
      filename,
      code: inlineLeaf,
      errors: [
        {
          messageId: "classifiedBySignal" as const,
          line: 3,
          column: 5,
          data: { field: "Req.path.vin", candidates: VIN_TEXT, ids: VIN },
          suggestions: confirmedAbove(inlineLeaf, "    vin", "Req.path.vin", VIN),
        },
      ],
    },
    {
      // Members of an enum that names signals are fields; the annotation goes on the member.
      filename,
      code: fieldEnum,
      errors: [
        {
          messageId: "classifiedBySignal" as const,
          line: 2,
          data: { field: "TelemetryField.Latitude", candidates: LOCATION_TEXT, ids: LOCATION },
          suggestions: confirmedAbove(fieldEnum, "  Latitude", "TelemetryField.Latitude", LOCATION),
        },
        {
          messageId: "classifiedBySignal" as const,
          line: 3,
          data: { field: "TelemetryField.Longitude", candidates: LOCATION_TEXT, ids: LOCATION },
          suggestions: confirmedAbove(fieldEnum, "  Longitude", "TelemetryField.Longitude", LOCATION),
        },
      ],
    },
    {
      // A zod key is a field `Schema.key`; the annotation goes on the key.
      filename,
      code: zodVin,
      errors: [
        {
          messageId: "classifiedBySignal" as const,
          line: 2,
          column: 3,
          data: { field: "Car.vin", candidates: VIN_TEXT, ids: VIN },
          suggestions: confirmedAbove(zodVin, "  vin", "Car.vin", VIN),
        },
      ],
    },
    {
      // A declared list of signal names: each name is a field, the annotation goes before `export` (on the list).
      filename,
      code: columns,
      errors: [
        {
          messageId: "classifiedBySignal" as const,
          line: 1,
          column: 25,
          data: { field: "COLUMNS.est_lat", candidates: LOCATION_TEXT, ids: LOCATION },
          suggestions: confirmed("COLUMNS.est_lat", LOCATION, `/** @vdx ${LOCATION} */\n${columns}`, `/** @vdx none */\n${columns}`),
        },
        {
          messageId: "classifiedBySignal" as const,
          line: 1,
          column: 36,
          data: { field: "COLUMNS.est_lng", candidates: LOCATION_TEXT, ids: LOCATION },
          suggestions: confirmed("COLUMNS.est_lng", LOCATION, `/** @vdx ${LOCATION} */\n${columns}`, `/** @vdx none */\n${columns}`),
        },
      ],
    },
    {
      filename,
      code: loneLat,
      errors: [
        {
          messageId: "unclassified" as const,
          line: 2,
          column: 3,
          endColumn: 6,
          data: { field: "Fix.lat", candidates: LOCATION_TEXT },
          suggestions: [
            {
              messageId: "annotate" as const,
              data: { field: "Fix.lat", ids: LOCATION },
              output: `export interface Fix {\n  /** @vdx ${LOCATION} */\n  lat: number;\n  label: string;\n}\n`,
            },
            {
              messageId: "annotateNone" as const,
              data: { field: "Fix.lat" },
              output: "export interface Fix {\n  /** @vdx none */\n  lat: number;\n  label: string;\n}\n",
            },
          ],
        },
      ],
    },
    {
      // An existing JSDoc keeps its text; the tag goes on its own line (TypeScript reads tags only there).
      filename,
      code: documentedSpeed,
      errors: [
        {
          messageId: "unclassified" as const,
          line: 7,
          data: { field: "Telemetry.speedKph", candidates: "pi.general.driving-behaviour (Driving behaviour linked to a person)" },
          suggestions: [
            {
              messageId: "annotate" as const,
              data: { field: "Telemetry.speedKph", ids: "pi.general.driving-behaviour" },
              output: `export class Telemetry {
  /**
   * Vehicle speed over ground.
   *
   * Unit: km/h.
   * @vdx pi.general.driving-behaviour
   */
  speedKph = 0;
}
`,
            },
            {
              messageId: "annotateNone" as const,
              data: { field: "Telemetry.speedKph" },
              output: documentedSpeed.replace("   * Unit: km/h.\n", "   * Unit: km/h.\n   * @vdx none\n"),
            },
          ],
        },
      ],
    },
    {
      filename,
      code: inlineSpeed,
      errors: [
        {
          messageId: "unclassified" as const,
          line: 3,
          suggestions: [
            {
              messageId: "annotate" as const,
              output: "export class Telemetry {\n  /**\n   * Vehicle speed in km/h.\n   * @vdx pi.general.driving-behaviour\n   */\n  speedKph = 0;\n}\n",
            },
            {
              messageId: "annotateNone" as const,
              output: "export class Telemetry {\n  /**\n   * Vehicle speed in km/h.\n   * @vdx none\n   */\n  speedKph = 0;\n}\n",
            },
          ],
        },
      ],
    },
    {
      // Two weak candidates: one suggestion each, one with both, and `none`; inline declaration keeps its line.
      filename,
      code: twoCandidates,
      errors: [
        {
          messageId: "unclassified" as const,
          line: 1,
          data: {
            field: "Recording.routeSpeed",
            candidates: `pi.general.driving-behaviour (Driving behaviour linked to a person), ${LOCATION_TEXT}`,
          },
          suggestions: [
            { messageId: "annotate" as const, output: "export type Recording = { /** @vdx pi.general.driving-behaviour */ routeSpeed: number[] };\n" },
            { messageId: "annotate" as const, output: `export type Recording = { /** @vdx ${LOCATION} */ routeSpeed: number[] };\n` },
            {
              messageId: "annotate" as const,
              data: { field: "Recording.routeSpeed", ids: `pi.general.driving-behaviour ${LOCATION}` },
              output: `export type Recording = { /** @vdx pi.general.driving-behaviour ${LOCATION} */ routeSpeed: number[] };\n`,
            },
            { messageId: "annotateNone" as const, output: "export type Recording = { /** @vdx none */ routeSpeed: number[] };\n" },
          ],
        },
      ],
    },
    {
      // `ignore` matches whole `Type.property` names only.
      filename,
      code: loneLat,
      options: [{ ignore: ["Fix"] }] as const,
      errors: [
        {
          messageId: "unclassified" as const,
          line: 2,
          suggestions: [
            { messageId: "annotate" as const, output: `export interface Fix {\n  /** @vdx ${LOCATION} */\n  lat: number;\n  label: string;\n}\n` },
            { messageId: "annotateNone" as const, output: "export interface Fix {\n  /** @vdx none */\n  lat: number;\n  label: string;\n}\n" },
          ],
        },
      ],
    },
  ],
};

runRule(typedRuleTester(), "require-classification (typed)", requireClassification, cases);
runRule(syntacticRuleTester(), "require-classification (no type information)", requireClassification, cases);
