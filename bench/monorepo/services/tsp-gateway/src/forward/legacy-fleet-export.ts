import https from "node:https";
import type { OdometerReading } from "@lanhai/domain";
import { pool } from "../db.js";

/**
 * Daily odometer export for the Nagoya leasing fleet. The partner's old API takes a plain POST
 * with a static key; kept on node:https because their TLS setup breaks undici.
 */
export async function exportDailyOdometer(day: string): Promise<void> {
  const { rows } = await pool.query<OdometerReading>(
    `SELECT vin, max(odometer_km) AS "odometerKm", $1::text AS day
       FROM vehicle_state_daily WHERE day = $1 AND fleet_id = 'NAGOYA-LEASE' GROUP BY vin`,
    [day],
  );
  if (rows.length > 0) await postReadings(rows);
}

function postReadings(readings: OdometerReading[]): Promise<void> {
  const body = JSON.stringify({ readings: readings.map((r) => ({ vin: r.vin, km: r.odometerKm, day: r.day })) });
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: "fleet-api.nagoya-logistics.co.jp",
        path: "/v2/odometer",
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": process.env.NAGOYA_API_KEY ?? "" },
      },
      (res) => {
        res.resume();
        res.on("end", () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
      },
    );
    req.on("error", reject);
    req.write(body);
    req.end();
  });
}
