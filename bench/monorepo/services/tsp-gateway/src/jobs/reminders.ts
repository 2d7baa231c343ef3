import { pool } from "../db.js";
import { sendServiceReminder, type ServiceReminder } from "../forward/market-notify.js";

/** Reminders due today, across markets; each goes to its market's notification service. */
export async function sendDueReminders(today: string): Promise<number> {
  const { rows } = await pool.query<ServiceReminder>(
    `SELECT vin, market, reminder_type AS "reminderType", due_on AS "dueOn"
       FROM service_reminders WHERE due_on = $1 AND sent_at IS NULL`,
    [today],
  );
  for (const reminder of rows) {
    await sendServiceReminder(reminder);
    await pool.query("UPDATE service_reminders SET sent_at = now() WHERE vin = $1 AND due_on = $2", [reminder.vin, today]);
  }
  return rows.length;
}
