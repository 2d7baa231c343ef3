import { describe, expect, it } from "vitest";
import { analyzeRemote, summarise, SESSION_TYPES } from "./remote-project.js";

describe("smoke", () => {
  it("finds a foreign reader", () => {
    const result = analyzeRemote({
      "types.ts": SESSION_TYPES,
      "eu/sync.ts": `
        import { Pool } from "pg";
        import type { ChargeSession } from "../types";
        const pool = new Pool({ connectionString: "postgres://app@pg.charging.example.com.cn:5432/charging" });
        export async function syncSessions() {
          const { rows } = await pool.query<ChargeSession>("SELECT * FROM charge_sessions");
          return rows;
        }`,
      "cn/app.ts": `
        import express from "express";
        import cors from "cors";
        import { Pool } from "pg";
        import type { ChargeSession } from "../types";
        const pool = new Pool({ host: "pg.charging.example.com.cn" });
        const app = express();
        app.use(cors({ origin: ["https://portal.example-motors.de"] }));
        app.get("/v1/sessions", async (req, res) => {
          const { rows } = await pool.query<ChargeSession>("SELECT vin, energy_wh FROM charge_sessions");
          res.json(rows);
        });`,
    });
    console.log(summarise(result), result.stats);
    for (const f of result.findings) console.log(f.message, "\n", (f.details ?? []).join("\n"));
    expect(result.findings.length).toBeGreaterThan(0);
  });
});
