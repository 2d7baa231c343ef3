import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A charging back end on disk for the remote-access gate tests of the CLI and of the ESLint plugin: an
 * Express route serving the charge sessions of a Postgres database in China, with no deployment and no
 * exposure in config, so that only the source text can open the gate.
 */
export function writeChargingApiProject(root: string, options: { packExtensions?: readonly string[] } = {}): void {
  mkdirSync(join(root, "src"), { recursive: true });
  writeFileSync(
    join(root, "vdx.config.yaml"),
    [
      'rulePack: "2026"',
      ...(options.packExtensions ? [`extends: ${JSON.stringify(options.packExtensions)}`] : []),
      'include: ["src/**"]',
      "hosts:",
      '  - { match: "*.charging.example.com.cn", jurisdiction: CN }',
      '  - { match: "*.example-motors.de", jurisdiction: DE }',
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(root, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { target: "ES2022", module: "ESNext", moduleResolution: "Bundler", strict: true, noEmit: true, skipLibCheck: true, types: [] },
      include: ["src/**/*.ts"],
    }),
  );
  writeFileSync(join(root, "src/types.ts"), CHARGE_SESSION_TYPES);
}

/** `src/types.ts`: a charge session carries the vehicle's VIN. */
export const CHARGE_SESSION_TYPES = "export interface ChargeSession {\n  id: string;\n  /** @vdx pi.general.vehicle-identifier */\n  vin: string;\n}\n";

/**
 * `src/app.ts`: the route serving the sessions (the remote-access finding sits on its line 10), exposed by
 * `exposure` (a CORS call, a user pack's gateway, or a comment where none is), which `exposureImport` imports.
 */
export function chargingApp(exposureImport: string, exposure: string): string {
  return [
    'import express from "express";',
    exposureImport,
    'import { Pool } from "pg";',
    'import type { ChargeSession } from "./types";',
    'const pool = new Pool({ host: "pg.charging.example.com.cn" });',
    "const app = express();",
    exposure,
    'app.get("/v1/sessions", async (req, res) => {',
    '  const { rows } = await pool.query<ChargeSession>("SELECT * FROM charge_sessions");',
    "  res.json(rows);",
    "});",
    "",
  ].join("\n");
}
