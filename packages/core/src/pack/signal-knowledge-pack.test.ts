import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { explainSignals, matchSignals } from "../schema/signals/match-signals.js";
import { loadRulePack } from "./load-rule-pack.js";

const root = mkdtempSync(join(tmpdir(), "vdx-knowledge-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function packFolder(name: string, files: Record<string, string>): string {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name, file)), { recursive: true });
    writeFileSync(join(root, name, file), text);
  }
  return name;
}

const load = (extendsFolders: string[]) => loadRulePack({ rulePack: "2026", extends: extendsFolders, baseDir: root });

describe("built-in vocabulary and dictionaries", () => {
  const { value: pack, errors, findings } = load([]);

  it("load clean, with every standard's dictionary", () => {
    expect(errors).toEqual([]);
    expect(findings).toEqual([]);
    expect(pack.dictionaries!.map((d) => d.id).sort()).toEqual([
      "gbfs",
      "gtfs-realtime",
      "j1939-rfms",
      "mds",
      "oauth",
      "obd2",
      "ocpi",
      "ocpp",
      "ros",
      "vhal",
      "vss",
    ]);
    expect(pack.vocabulary!.abbreviations.find((a) => a.short === "spd")?.full).toBe("speed");
  });

  it("read abbreviations from the pack, not from code", () => {
    expect(matchSignals("vehSpd", {}, pack)[0]).toMatchObject({ category: "pi.general.driving-behaviour", confidence: 0.85 });
  });
});

describe("a user pack extends the vocabulary and the dictionaries", () => {
  const folder = packFolder("acme", {
    "vocabulary.yaml": [
      "abbreviations:",
      "  - { short: geschw, full: speed, examples: { match: [fahrzeugGeschw], noMatch: [geschwister] } }",
      "qualifiers:",
      "  - id: switch",
      "    meaning: a switch about X",
      "    parts: [[enabled], [aktiv]]",
      "    position: after",
      "    cap: 0",
      "    examples: { match: [gpsAktiv], noMatch: [gps] }",
    ].join("\n"),
    "dictionaries/vss.yaml": [
      "dictionary: vss",
      "title: Acme overlay",
      "sources: [{ id: acme, spec: Acme overlay, version: '1', section: Vehicle.Private.Acme }]",
      "groups:",
      "  - source: acme",
      "    branch: Vehicle.Private.Acme",
      "    categories: [pi.sensitive.location-trajectory]",
      "    confidence: 0.95",
      "    leaves: [ParkedLatitude]",
      "    examples: { match: [Vehicle.Private.Acme.ParkedLatitude], noMatch: [Vehicle.Private.Acme.Theme] }",
      "  - source: vss",
      "    branch: Vehicle.Cabin.Door",
      "    categories: [conn.operating-condition]",
      "    confidence: 0.85",
      "    leaves: [IsOpen]",
      "    examples: { match: [Vehicle.Cabin.Door.IsOpen], noMatch: [Vehicle.Cabin.Door.Switch] }",
    ].join("\n"),
  });
  const { value: pack, errors } = load([folder]);

  it("adds and replaces entries by key", () => {
    expect(errors).toEqual([]);
    expect(matchSignals("fahrzeugGeschw", {}, pack)[0]?.category).toBe("pi.general.driving-behaviour");
    expect(explainSignals("gpsAktiv", {}, pack).suppressed).toEqual([
      { which: "term:gps", category: "pi.sensitive.location-trajectory", by: "qualifier:switch" },
    ]);
    // The replaced qualifier lost the base's other words.
    expect(matchSignals("gpsAvailable", {}, pack)[0]?.category).toBe("pi.sensitive.location-trajectory");
  });

  it("adds tables to a known dictionary; a leaf listed again takes the later decision", () => {
    expect(matchSignals("", { vssPath: "Vehicle.Private.Acme.ParkedLatitude" }, pack)[0]?.category).toBe("pi.sensitive.location-trajectory");
    expect(matchSignals("", { vssPath: "Vehicle.Cabin.Door.Row1.DriverSide.IsOpen" }, pack)).toEqual([
      { category: "conn.operating-condition", confidence: 0.85, which: "vss:Vehicle.Cabin.Door.IsOpen" },
    ]);
    expect(pack.dictionaries!.find((d) => d.id === "vss")!.sources.map((s) => s.id)).toEqual(["vss", "vss4", "acme"]);
  });
});

describe("bad dictionary and vocabulary files", () => {
  it("report schema errors and unknown sources with their position, and keep the good tables", () => {
    const folder = packFolder("bad", {
      "dictionaries/acme.yaml": [
        "dictionary: acme",
        "title: Acme names",
        "sources: [{ id: acme, spec: Acme, version: '1', section: all }]",
        "groups:",
        "  - source: acme",
        "    categories: [pi.general.vehicle-identifier]",
        "    confidence: 0.9",
        "    names: [acmeVehicleKey]",
        "    examples: { match: [acmeVehicleKey with acmeOwnerRef], noMatch: [key] }",
        "  - source: nowhere",
        "    categories: [pi.general.vehicle-identifier]",
        "    confidence: 0.9",
        "    names: [acmeOwnerRef]",
        "    examples: { match: [acmeOwnerRef with acmeVehicleKey], noMatch: [ref] }",
        "  - source: acme",
        "    out: short",
        "    names: [acmeNoise]",
        "    examples: { match: [acmeNoise], noMatch: [noise] }",
        "  - source: acme",
        "    categories: [pi.general.vehicle-identifer]",
        "    confidence: 0.9",
        "    names: [acmeTypo]",
        "    examples: { match: [acmeTypo], noMatch: [typo] }",
      ].join("\n"),
    });
    const { value: pack, errors, findings } = load([folder]);
    const messages = errors.map((e) => `${e.line}: ${e.message}`);
    expect(messages.some((m) => m.startsWith('10: groups[1].source: "nowhere"'))).toBe(true);
    expect(errors.some((e) => e.pointer?.startsWith("/groups/2"))).toBe(true);
    expect(findings).toMatchObject([{ ruleId: "unknown-category", location: { line: 20 } }]);
    expect(findings[0]!.suggestions![0]).toBe("pi.general.vehicle-identifier");
    const acme = pack.dictionaries!.find((d) => d.id === "acme")!;
    expect(acme.groups.map((g) => g.names![0])).toEqual(["acmeVehicleKey", "acmeTypo"]);
  });

  it("leave a vocabulary file with a wrong top level out, and say where", () => {
    const folder = packFolder("bad-vocabulary", { "vocabulary.yaml": "abbreviation:\n  - { short: x, full: y }\n" });
    const { value: pack, errors } = load([folder]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 1 });
    expect(pack.vocabulary!.abbreviations.length).toBeGreaterThan(20);
  });
});
