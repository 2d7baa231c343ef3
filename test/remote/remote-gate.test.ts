import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CHARGE_SESSION_TYPES, chargingApp, writeChargingApiProject } from "./helpers/charging-api-project.js";
import { loadRulePack, normaliseJurisdiction, remoteAccessWorthAnalysing, remoteGateHintsIn, remoteGateOpensWith, scan, type RulePack } from "@vdx/core";

const config = { deployments: [], exposures: [] };
const base = loadRulePack({ rulePack: "2026", extends: [], baseDir: process.cwd() }).value;

describe("remoteAccessWorthAnalysing (the gate the CLI and the ESLint plugin share)", () => {
  const open = (...texts: string[]) => remoteAccessWorthAnalysing({ pack: base, config, sourceTexts: texts });

  it("needs a remote catalogue, then deployments, exposures, or the words of a CORS / issuer / replication model", () => {
    expect(
      remoteAccessWorthAnalysing({
        pack: {},
        config: { ...config, deployments: [{ path: "eu/**", jurisdiction: normaliseJurisdiction("DE") }] },
        sourceTexts: [],
      }),
    ).toBe(false);
    expect(
      remoteAccessWorthAnalysing({
        pack: base,
        config: { ...config, deployments: [{ path: "eu/**", jurisdiction: normaliseJurisdiction("DE") }] },
        sourceTexts: [],
      }),
    ).toBe(true);
    expect(remoteAccessWorthAnalysing({ pack: base, config: { ...config, exposures: [{ path: "/partner/**", origins: ["JP"] }] }, sourceTexts: [] })).toBe(
      true,
    );
    expect(open('import cors from "cors";\napp.use(cors({ origin: ORIGINS }));')).toBe(true);
    expect(
      open("await s3.send(new PutBucketReplicationCommand({ Bucket, ReplicationConfiguration: { Role, Rules: [{ Destination: { Bucket: target } }] } }));"),
    ).toBe(true);
    expect(open("await s3.send(new CopyObjectCommand(input));")).toBe(true);
    expect(open('import { NestFactory } from "@nestjs/core";\nconst app = await NestFactory.create(AppModule);\napp.enableCors({ origin });')).toBe(true);
    expect(open('app.use(expressjwt({ secret, issuer: "https://auth.example.de/" }));')).toBe(true);
  });

  it("stays closed on text that cannot hold what a model needs", () => {
    // No origin can be read from `cors()`; a Nest app without `cors` options; the word "cors" in a string.
    expect(open('import cors from "cors";\napp.use(cors());')).toBe(false);
    expect(open('import { NestFactory } from "@nestjs/core";\nconst app = await NestFactory.create(AppModule, { bufferLogs: true });')).toBe(false);
    expect(open("const corsHint = 'see docs'; await fetch(url, { body });")).toBe(false);
    expect(open('import { Sequelize } from "sequelize";\nnew Sequelize(url, { dialect: "postgres" });')).toBe(false);
    // Replication rules read from elsewhere name no target vdx could see.
    expect(open("await s3.send(new PutBucketReplicationCommand(input));")).toBe(false);
  });

  it("combines the words of several files: a CORS middleware here, its origins in a config module", () => {
    const app = 'import cors from "cors";\napp.use(cors(corsOptions));';
    const settings = 'export const corsOptions = { origin: ["https://portal.example-motors.de"] };';
    expect(open(app)).toBe(false);
    expect(open(app, settings)).toBe(true);
    expect(remoteGateOpensWith(base, [remoteGateHintsIn(base, app), remoteGateHintsIn(base, settings)])).toBe(true);
    expect(remoteGateOpensWith(base, [remoteGateHintsIn(base, app)])).toBe(false);
  });

  it("reads the sources lazily and stops once the gate is open", () => {
    let read = 0;
    function* texts() {
      for (const text of ["const a = 1;", "app.use(cors({ origin: ORIGINS }));", "never read"]) {
        read++;
        yield text;
      }
    }
    expect(remoteAccessWorthAnalysing({ pack: base, config, sourceTexts: texts() })).toBe(true);
    expect(read).toBe(2);
  });
});

/**
 * The gate is derived from the pack, so a model a user pack adds is analysed
 * without any deployment or exposure in config (issue 11, item 9): the text of
 * these files holds none of the built-in models' words.
 */
describe("a user pack's new CORS and replication models open the gate", () => {
  const root = mkdtempSync(join(tmpdir(), "vdx-gate-pack-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "pack"));
  writeFileSync(
    join(root, "pack/routes.yaml"),
    [
      "exposures:",
      "  - id: acme-edge-allow-origins",
      "    kind: cors",
      '    package: "@acme/edge"',
      '    member: "EdgeGateway#allowOrigins"',
      "    origin: [{ argument: 0 }]",
      "    examples:",
      '      match: ["import { EdgeGateway } from \\"@acme/edge\\";\\nnew EdgeGateway(app).allowOrigins([\\"https://portal.example-motors.de\\"]);"]',
      '      noMatch: ["import { EdgeGateway } from \\"@acme/edge\\";\\nnew EdgeGateway(app).listen(8080);"]',
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(root, "pack/stores.yaml"),
    [
      "stores: []",
      "replications:",
      "  - id: acme-blob-mirror",
      '    package: "@acme/blob"',
      '    member: "BlobStore#mirrorTo"',
      "    kind: call",
      "    destinationKind: url",
      "    sourceScheme: blob",
      "    destination: [{ argument: 0 }]",
      '    source: [{ call: "BlobStore()", argument: 0 }]',
      "    examples:",
      '      match: ["import { BlobStore } from \\"@acme/blob\\";\\nnew BlobStore(\\"sessions\\").mirrorTo(\\"https://blob.example-motors.de\\");"]',
      '      noMatch: ["import { BlobStore } from \\"@acme/blob\\";\\nnew BlobStore(\\"sessions\\").close();"]',
      "",
    ].join("\n"),
  );
  writeChargingApiProject(root, { packExtensions: ["./pack"] });
  const files: Record<string, string> = {
    "src/types.ts": CHARGE_SESSION_TYPES,
    "src/app.ts": chargingApp('import { EdgeGateway } from "@acme/edge";', 'new EdgeGateway(app).allowOrigins(["https://portal.example-motors.de"]);'),
    "src/mirror.ts":
      'import { BlobStore } from "@acme/blob";\nexport const mirror = () => new BlobStore("sessions").mirrorTo("https://blob.example-motors.de");\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);

  it("derives the gate from the merged pack", () => {
    const extended: RulePack = loadRulePack({ rulePack: "2026", extends: [join(root, "pack")], baseDir: root }).value;
    expect(extended.remote?.exposures.map((e) => e.id)).toContain("acme-edge-allow-origins");
    const texts = Object.values(files);
    expect(remoteAccessWorthAnalysing({ pack: base, config, sourceTexts: texts })).toBe(false);
    expect(remoteAccessWorthAnalysing({ pack: extended, config, sourceTexts: texts })).toBe(true);
    // Each new model opens it alone: the CORS call, and the replication call.
    expect(remoteAccessWorthAnalysing({ pack: extended, config, sourceTexts: [files["src/app.ts"]!] })).toBe(true);
    expect(remoteAccessWorthAnalysing({ pack: extended, config, sourceTexts: [files["src/mirror.ts"]!] })).toBe(true);
  });

  it("analyses the route the new CORS model exposes, with no deployments in config", async () => {
    const result = await scan({ paths: [root], cwd: root, asOf: "2026-06-01" });
    const remote = result.findings.filter((f) => f.export?.behaviour === "remote-access");
    expect(remote.map((f) => `${f.ruleId} ${f.location.file.replace(`${root}/`, "")}:${f.location.line} ${f.export?.jurisdiction}`)).toEqual([
      "unassessed-export src/app.ts:10 DE",
    ]);
  });
});
