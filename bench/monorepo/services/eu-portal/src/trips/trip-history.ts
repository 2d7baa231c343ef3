import COS from "cos-nodejs-sdk-v5";
import type { TripSummary } from "@lanhai/domain";
import { portalConfig } from "../config.js";

const cos = new COS({ SecretId: process.env.COS_SECRET_ID ?? "", SecretKey: process.env.COS_SECRET_KEY ?? "" });

/** Trip history comes from the Frankfurt replica of the trip archive. */
export async function archivedTrip(vin: string, tripId: string): Promise<TripSummary> {
  const { Body } = await cos.getObject({
    Bucket: portalConfig.tripArchiveEu.bucket,
    Region: portalConfig.tripArchiveEu.region,
    Key: `trips/${vin}/${tripId}.json`,
  });
  return JSON.parse(Body.toString("utf8")) as TripSummary;
}
