import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import vdx from "../src/index.js";
import { AS_OF, fixtureFile, fixtureRoot } from "./rule-tester.js";

const eslint = (ruleOptions: object = {}) =>
  new ESLint({
    cwd: fixtureRoot,
    overrideConfigFile: true,
    overrideConfig: [
      vdx.configs["recommended-type-checked"],
      { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: fixtureRoot } }, settings: { vdx: { asOf: AS_OF } } },
      { rules: ruleOptions },
    ],
  });

const upload = (endpoint: string, fields: string) => `import type { Trip } from "./model.js";
import { ${endpoint} } from "./endpoints.js";
export async function upload(trip: Trip) {
  await fetch(${endpoint}, { method: "POST", body: JSON.stringify({ ${fields} }) });
}
`;

async function messagesOf(code: string, options?: object) {
  const [result] = await eslint(options).lintText(code, { filePath: fixtureFile("src/file.ts") });
  return result!.messages;
}

describe("export messages a developer can act on", () => {
  it("say which categories from which field reach which destination in which jurisdiction, and what record would cover it", async () => {
    const [message, ...rest] = await messagesOf(upload("EU_TELEMETRY", "vin: trip.vin, lat: trip.lat"));
    expect(rest).toEqual([]);
    expect(message!.ruleId).toBe("@vdx/no-unassessed-export");
    const text = message!.message;
    expect(text).toContain("pi.general.vehicle-identifier");
    expect(text).toContain("pi.sensitive.location-trajectory");
    expect(text).toContain("Trip.lat");
    expect(text).toContain("telemetry.example-motors.de");
    expect(text).toContain("(DE)");
    expect(text).toContain("security assessment");
    expect(text).toContain(
      "To cover it: a record in data-export-assessments.yaml with destinations [telemetry.example-motors.de], categories [pi.general.vehicle-identifier, pi.sensitive.location-trajectory]",
    );
    expect(text).toMatch(/Path: field Trip\.\w+ classified .* \(src\/model\.ts:\d+\) → .* \(src\/file\.ts:4\)\.$/);
  });

  it("name the record and its gap when a record matches but does not cover", async () => {
    const [message] = await messagesOf(upload("ARCHIVE", "vin: trip.vin"));
    expect(message!.ruleId).toBe("@vdx/no-inadequate-assessment");
    expect(message!.message).toContain("SC-2023-0007");
    expect(message!.message).toMatch(/expire/i);
    expect(message!.message).toContain("Update record SC-2023-0007 in data-export-assessments.yaml");
  });

  it("leave the path out with showFlow: false", async () => {
    const [message] = await messagesOf(upload("EU_TELEMETRY", "lat: trip.lat"), { "@vdx/no-unassessed-export": ["error", { showFlow: false }] });
    expect(message!.message).not.toContain("Path:");
  });

  it("follow vdx.config.yaml `rules:` severities: off in the config is off in the editor", async () => {
    const [result] = await new ESLint({
      cwd: fixtureRoot,
      overrideConfigFile: true,
      overrideConfig: [
        vdx.configs["recommended-type-checked"],
        {
          languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: fixtureRoot } },
          settings: { vdx: { asOf: AS_OF, configFile: fixtureFile("vdx.rules-off.yaml") } },
        },
      ],
    }).lintText(upload("EU_TELEMETRY", "lat: trip.lat"), { filePath: fixtureFile("src/file.ts") });
    expect(result!.messages).toEqual([]);
    // The same code under the fixture's own config is reported (the test above).
    expect((await messagesOf(upload("EU_TELEMETRY", "lat: trip.lat"))).map((m) => m.ruleId)).toEqual(["@vdx/no-unassessed-export"]);
  });
});
