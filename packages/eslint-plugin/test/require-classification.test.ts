import { requireClassification } from "../src/rules/require-classification.js";
import { fixtureFile, runRule, syntacticRuleTester, typedRuleTester } from "./rule-tester.js";

const filename = fixtureFile("src/file.ts");
const LOCATION = "pi.sensitive.location-trajectory";
const LOCATION_TEXT = `${LOCATION} (Precise location and trajectory)`;

const loneLat = `export interface Fix {
  lat: number;
  altitudeM: number;
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

const cases = {
  valid: [
    // Strong signals classify by themselves (lat beside lng): nothing to ask the developer.
    { filename, code: "export interface Fix {\n  lat: number;\n  lng: number;\n}\n" },
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
              output: `export interface Fix {\n  /** @vdx ${LOCATION} */\n  lat: number;\n  altitudeM: number;\n}\n`,
            },
            {
              messageId: "annotateNone" as const,
              data: { field: "Fix.lat" },
              output: "export interface Fix {\n  /** @vdx none */\n  lat: number;\n  altitudeM: number;\n}\n",
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
            { messageId: "annotate" as const, output: `export interface Fix {\n  /** @vdx ${LOCATION} */\n  lat: number;\n  altitudeM: number;\n}\n` },
            { messageId: "annotateNone" as const, output: "export interface Fix {\n  /** @vdx none */\n  lat: number;\n  altitudeM: number;\n}\n" },
          ],
        },
      ],
    },
  ],
};

runRule(typedRuleTester(), "require-classification (typed)", requireClassification, cases);
runRule(syntacticRuleTester(), "require-classification (no type information)", requireClassification, cases);
