import { Pool } from "pg";
import type { ChargeSession, Station } from "../../../shared/model";

// Reads straight from the session database in China (read-only replica user).
const china = new Pool({ connectionString: "postgres://roaming_ro@pg.charging.example-motors.com.cn:5432/charging" });

/** Nightly job: pulls yesterday's roaming sessions for settlement with EU partners. */
export async function pullRoamingSessions(day: string): Promise<ChargeSession[]> {
  const { rows } = await china.query<ChargeSession>("SELECT * FROM charge_sessions WHERE roaming AND started_at::date = $1", [day]);
  return rows;
}

/** Station directory for the EU roaming map: no personal data. */
export async function pullStations(): Promise<Station[]> {
  const { rows } = await china.query<Station>("SELECT id, operator, city, connectors FROM stations");
  return rows;
}
