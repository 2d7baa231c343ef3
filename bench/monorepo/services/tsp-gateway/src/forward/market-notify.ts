import ky from "ky";
import { NOTIFY_HOSTS, type Market } from "@lanhai/config";
import type { Vin } from "@lanhai/domain";

export interface ServiceReminder {
  vin: Vin;
  market: Market;
  reminderType: "inspection" | "battery-check" | "recall";
  dueOn: string;
}

/** Service reminders go out through the notification service of the market the car was sold in. */
export async function sendServiceReminder(reminder: ServiceReminder): Promise<void> {
  await ky.post(`${NOTIFY_HOSTS[reminder.market]}/v1/reminders`, {
    json: { type: reminder.reminderType, dueOn: reminder.dueOn },
    headers: { "X-Vehicle-Vin": reminder.vin },
    timeout: 5_000,
  });
}
