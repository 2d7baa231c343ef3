import got from "got";
import { ubi } from "../clients/ubi-client.js";
import { config } from "../config/env.js";
import { toRiskBand } from "./risk.js";
import type { PolicyHolder, TripSummary } from "../domain/trip.js";

export async function exportScores(trips: TripSummary[]): Promise<void> {
  const rows = trips.map((t) => ({ vin: t.vin, harshBrakes: t.harshBrakes, nightKm: t.nightKm }));
  await ubi.post("scores", { json: rows }); // negative: covered by SC-2026-0501 (vin + driving behaviour, 80k people)
}

export async function exportBands(trips: TripSummary[]): Promise<void> {
  await ubi.post("bands", { json: trips.map((t) => toRiskBand(t)) }); // negative: route removed by toRiskBand, rest covered by SC-2026-0501
}

export async function exportRawTrips(trips: TripSummary[]): Promise<void> {
  await ubi.post("trips/raw", { json: trips }); // expect: inadequate-assessment behaviour=push pi.general.driving-behaviour pi.general.vehicle-identifier pi.sensitive.location-trajectory
}

async function pushOne(trip: TripSummary): Promise<void> {
  await ubi.post("trips/single", { json: { vin: trip.vin, route: trip.route } }); // expect: inadequate-assessment behaviour=push pi.general.vehicle-identifier pi.sensitive.location-trajectory
}

export async function pushAll(trips: TripSummary[]): Promise<void> {
  await Promise.all(trips.map(pushOne));
}

export async function sendTelematicsFeed(trip: TripSummary): Promise<void> {
  await got.post(`${config.telematicsUrl}/v1/feeds`, { json: trip }); // expect: inadequate-assessment behaviour=push pi.general.driving-behaviour pi.general.vehicle-identifier pi.sensitive.location-trajectory
}

export async function notifyClaim(holder: PolicyHolder): Promise<void> {
  await got.post(`${config.claimsUrl}/notifications`, { json: { vin: holder.vin, email: holder.email, mobile: holder.mobile, policyNo: holder.policyNo } }); // negative: ordinary PI of 20k people, E8 record EX-2026-E8-014
}

export async function settleClaim(holder: PolicyHolder): Promise<void> {
  await got.post(`${config.claimsUrl}/settlements`, { json: { policyNo: holder.policyNo, iban: holder.iban, vin: holder.vin } }); // expect: inadequate-assessment behaviour=push pi.general.vehicle-identifier pi.sensitive.financial
}

export async function shareWithReinsurer(trips: TripSummary[]): Promise<void> {
  await got.post(`${config.reinsurerUrl}/portfolio/trips`, { json: trips.map((t) => ({ vin: t.vin, nightKm: t.nightKm })) }); // expect: unresolved-destination behaviour=push pi.general.driving-behaviour pi.general.vehicle-identifier
}

export async function archiveDomestic(trips: TripSummary[]): Promise<void> {
  await got.post(`${config.domesticLake}/trips`, { json: trips }); // negative: domestic data lake
}
