import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRulePack } from "@vdx/core";
import { entityKey, sqlShape } from "@vdx/core/internals";

describe("sqlShape", () => {
  it("reads tables and columns of a SELECT, through aliases, functions and joins", () => {
    expect(sqlShape("SELECT s.vin, lower(d.email) AS mail FROM charge_sessions s JOIN drivers d ON d.id = s.driver_id WHERE s.day = $1")).toEqual({
      reads: true,
      tables: ["charge_sessions", "drivers"],
      columns: ["vin", "email"],
      outputs: ["vin", "mail"],
      opaque: false,
    });
  });
  it("names the row properties a select list makes: aliases, quoted or not, else the columns", () => {
    expect(sqlShape('SELECT trip_id AS "tripId", vin, start_fix AS "start", end_fix AS end_point FROM trips').outputs).toEqual([
      "tripId",
      "vin",
      "start",
      "end_point",
    ]);
  });
  it("knows `*`, quoted names and schemas", () => {
    expect(sqlShape('SELECT * FROM public."ChargeSession"')).toMatchObject({ reads: true, tables: ["ChargeSession"], columns: ["*"] });
  });
  it("treats writes as non-reads unless they return rows", () => {
    expect(sqlShape("INSERT INTO tariffs (eur) VALUES ($1)").reads).toBe(false);
    expect(sqlShape("UPDATE drivers SET phone = $1 WHERE id = $2 RETURNING phone")).toMatchObject({ reads: true, tables: ["drivers"], columns: ["phone"] });
  });
  it("ignores string literals and comments", () => {
    expect(sqlShape("-- vin\nSELECT id FROM stations WHERE kind = 'vin'").columns).toEqual(["id"]);
  });
});

describe("entityKey", () => {
  it("matches table, type, model and key-prefix spellings", () => {
    expect(new Set(["charge_sessions", "ChargeSession", "chargeSession", "charge-sessions"].map(entityKey))).toEqual(new Set(["chargesession"]));
    expect(entityKey("batteries")).toBe("battery");
    expect(entityKey("addresses")).toBe("address");
    expect(entityKey("session:42")).toBe("session");
  });
});

describe("rule pack: stores.yaml and routes.yaml", () => {
  it("loads the built-in catalogues", () => {
    const pack = loadRulePack({ rulePack: "2026", extends: [], baseDir: process.cwd() });
    expect(pack.errors).toEqual([]);
    expect(pack.value.remote?.stores.map((s) => s.id)).toContain("pg-pool-query");
    expect(pack.value.remote?.replications.map((s) => s.id)).toContain("aws-dynamodb-replica-update");
    expect(pack.value.remote?.frameworks.map((s) => s.id)).toContain("express-app");
    expect(pack.value.remote?.exposures.map((s) => s.id)).toContain("cors-middleware");
  });

  it("lets an extending pack replace an entry by id and reports schema errors with positions", () => {
    const dir = mkdtempSync(join(tmpdir(), "vdx-remote-pack-"));
    writeFileSync(
      join(dir, "stores.yaml"),
      [
        "stores:",
        "  - id: pg-pool-query",
        "    package: our-pg",
        '    member: "Pool#query"',
        "    kind: call",
        "    store: database",
        "    destinationKind: url",
        '    destination: [{ call: "Pool()", argument: 0 }]',
        '    examples: { match: ["x"], noMatch: ["y"] }',
        "  - id: broken",
        "    package: x",
        '    member: "a"',
        "    kind: call",
        "    store: warehouse",
        "    destinationKind: url",
        "    destination: []",
        '    examples: { match: ["x"], noMatch: ["y"] }',
        "",
      ].join("\n"),
    );
    const pack = loadRulePack({ rulePack: "2026", extends: [dir], baseDir: process.cwd() });
    expect(pack.value.remote?.stores.find((s) => s.id === "pg-pool-query")?.package).toBe("our-pg");
    expect(pack.value.remote?.stores.some((s) => s.id === "broken")).toBe(false);
    const error = pack.errors.find((e) => e.file.endsWith("stores.yaml"));
    expect(error?.line).toBe(14);
  });
});
