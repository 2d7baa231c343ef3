import { describe, expect, it } from "vitest";
import type { FlowAnalysisResult } from "@vdx/core";
import { analysedDuring } from "./helpers/analysed-units.js";
import { testPack } from "./helpers/flow-project.js";
import { analyzeState, programStates } from "./helpers/program-states.js";

/**
 * Kept taint summaries and the two project-wide indexes the engine consults beside the import closure:
 * the subtypes of marker interfaces (a value typed by an empty interface carries what its subtypes
 * carry) and the settings configuration modules write (a settings object no call passes). An edit of a
 * file outside a function's import closure can change either answer, and the next state must report
 * what a fresh analysis reports.
 */
const MESSAGES = `/** Every bus message extends this marker; senders are typed by it alone. */
export interface BusCommand {}`;

const SENDER = `import axios from "axios";
import type { BusCommand } from "./messages";
export function publish(command: BusCommand) { return axios.post("https://bus.example-motors.jp/v1/commands", command); }`;

// The subtype's file imports the marker in both states, so that only the heritage clause changes (and the
// classified field keeps its position: the field index, and so the summaries' generation, stay the same).
const COMMAND = (heritage: string) => `import type { BusCommand } from "./messages";
export interface LocateCommand${heritage} {
  /** @vdx pi.sensitive.location-trajectory */
  parkedAt: string;
}`;

const MARKER_PROJECT = {
  "src/messages.ts": MESSAGES,
  "src/sender.ts": SENDER,
  "src/locate.ts": COMMAND(""),
  "src/feature.ts": `export const n = 1;`,
};

const SETTINGS_TYPES = `export interface PlatformSettings { partners: { roaming: { tokenUrl: string } } }`;

const CLIENT = `import axios from "axios";
import type { PlatformSettings } from "./settings-types";
import { loadTrip } from "./trip";
/** Built from the settings object at start-up: no call in the project passes one. */
export class RoamingClient {
  constructor(private readonly settings: PlatformSettings) {}
  token() { return axios.post(this.settings.partners.roaming.tokenUrl, { vin: loadTrip().vin }); }
}`;

const TRIP = `export interface Trip {
  /** @vdx pi.general.vehicle-identifier */
  vin: string;
}
export declare function loadTrip(): Trip;`;

const DEVELOPMENT = (host: string) => `import type { PlatformSettings } from "./settings-types";
export const development: PlatformSettings = { partners: { roaming: { tokenUrl: "https://${host}/oauth/token" } } };`;

const SETTINGS_PROJECT = {
  "src/settings-types.ts": SETTINGS_TYPES,
  "src/roaming-client.ts": CLIENT,
  "src/trip.ts": TRIP,
  "src/development.ts": DEVELOPMENT("login.roaming.example-motors.de"),
};

const hosts = (findings: readonly unknown[]) => JSON.stringify(findings).match(/[\w.-]+\.example-motors\.(?:de|jp|cn)/g) ?? [];
const carriesLocation = (result: FlowAnalysisResult) => result.findings.some((f) => f.export?.categories.includes("pi.sensitive.location-trajectory"));

/**
 * A fresh analysis of `files`, for comparison. Built after the states it is compared with: a program built
 * from scratch starts a new generation of global files (`createReuseScope`), after which nothing kept applies.
 */
const freshAnalysis = (files: Record<string, string>) => analyzeState(programStates(files).fresh());

describe("taint summaries kept across states, and the project-wide indexes", () => {
  it("sees a subtype of a marker interface declared by an edit of a file the sender does not import", () => {
    const pack = testPack();
    const e = programStates(MARKER_PROJECT);
    const before = analyzeState(e.program, pack);
    expect(carriesLocation(before)).toBe(false);

    // Not a flush on every edit: an edit that changes no subtype of the marker keeps the sender's summary.
    e.edit({ "src/feature.ts": `export const n = 2;` });
    expect(analysedDuring(() => expect(analyzeState(e.program, pack)).toEqual(before))).toEqual([]);

    const sender = e.file("src/sender.ts");
    e.edit({ "src/locate.ts": COMMAND(" extends BusCommand") });
    expect(e.file("src/sender.ts")).toBe(sender);
    let after = before;
    expect(analysedDuring(() => (after = analyzeState(e.program, pack)))).toEqual(["publish"]);
    expect(carriesLocation(after)).toBe(true);

    // And back: the subtype no longer extends the marker, the sender carries nothing again.
    e.edit({ "src/locate.ts": COMMAND("") });
    const again = analyzeState(e.program, pack);
    expect(again).toEqual(before);

    expect(before).toEqual(freshAnalysis(MARKER_PROJECT));
    expect(after).toEqual(freshAnalysis({ ...MARKER_PROJECT, "src/locate.ts": COMMAND(" extends BusCommand") }));
  });

  it("sees a configured default changed by an edit of a configuration module the client does not import", () => {
    const pack = testPack();
    const e = programStates(SETTINGS_PROJECT);
    const before = analyzeState(e.program, pack);
    expect(hosts(before.findings)).toContain("login.roaming.example-motors.de");

    const client = e.file("src/roaming-client.ts");
    e.edit({ "src/development.ts": DEVELOPMENT("login.roaming.example-motors.jp") });
    expect(e.file("src/roaming-client.ts")).toBe(client);
    const after = analyzeState(e.program, pack);
    expect(hosts(after.findings)).toContain("login.roaming.example-motors.jp");
    expect(hosts(after.findings)).not.toContain("login.roaming.example-motors.de");

    expect(before).toEqual(freshAnalysis(SETTINGS_PROJECT));
    expect(after).toEqual(freshAnalysis({ ...SETTINGS_PROJECT, "src/development.ts": DEVELOPMENT("login.roaming.example-motors.jp") }));
  });
});
