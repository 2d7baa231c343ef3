import cron from "node-cron";
import { pool } from "./db.js";
import { flushDeliveryPositions, refreshEtas } from "./forward/delivery-tracking.js";
import { exportDailyOdometer } from "./forward/legacy-fleet-export.js";
import { startTelemetryIngest } from "./ingest/telemetry-consumer.js";
import { startTripEvents } from "./ingest/trip-events.js";
import { createInternalApi } from "./internal-api.js";
import { sendDueReminders } from "./jobs/reminders.js";
import { dashboardHeartbeat } from "./live/live-tracking.js";

const fleetByVin = new Map<string, string>();

async function loadFleetMembership(): Promise<void> {
  const { rows } = await pool.query<{ vin: string; fleet_id: string }>("SELECT vin, fleet_id FROM fleet_vehicles");
  fleetByVin.clear();
  for (const row of rows) fleetByVin.set(row.vin, row.fleet_id);
}

async function main(): Promise<void> {
  await loadFleetMembership();
  await Promise.all([startTelemetryIngest(), startTripEvents((vin) => fleetByVin.get(vin))]);

  setInterval(() => void flushDeliveryPositions(), 5 * 60_000);
  setInterval(() => void refreshEtas(), 15 * 60_000);
  setInterval(dashboardHeartbeat, 30_000);
  cron.schedule("10 0 * * *", () => {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    void exportDailyOdometer(yesterday);
  });
  cron.schedule("*/10 * * * *", () => void loadFleetMembership());
  cron.schedule("0 9 * * *", () => void sendDueReminders(new Date().toISOString().slice(0, 10)));
  createInternalApi().listen(Number(process.env.INTERNAL_PORT ?? 9090));
}

void main();
