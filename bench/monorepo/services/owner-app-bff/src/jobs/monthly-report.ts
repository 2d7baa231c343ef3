import { MongoClient } from "mongodb";
import type { Owner, TripSummary } from "@lanhai/domain";
import { bffConfig } from "../config.js";
import { sendMonthlyReport } from "../integrations/mail.js";

const mongo = new MongoClient(bffConfig.ownersMongo);

/** First of the month: every owner who opted in gets last month's driving report. */
export async function sendMonthlyReports(month: string): Promise<void> {
  const owners = mongo.db("owners").collection<Owner & { monthlyReport: boolean }>("owners");
  const trips = mongo.db("owners").collection<TripSummary & { month: string }>("trip_digest");
  for await (const owner of owners.find({ monthlyReport: true })) {
    const ownerTrips = await trips.find({ vin: { $in: owner.vins }, month }).toArray();
    if (ownerTrips.length > 0) await sendMonthlyReport(owner, ownerTrips);
  }
}
