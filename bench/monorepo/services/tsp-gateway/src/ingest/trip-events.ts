import { Kafka } from "kafkajs";
import type { CrashEvent, RemoteCommandAudit, TripSummary } from "@lanhai/domain";
import { captureVehicleError } from "@lanhai/sdk-telemetry";
import { gatewayConfig } from "../config.js";
import { placeEmergencyCall } from "../forward/emergency-call.js";
import { publishTripSummary } from "../forward/eu-analytics.js";
import { forwardCrash, forwardTrip } from "../forward/insurer-feed.js";
import { notifyFleetOperator } from "../forward/partner-webhooks.js";
import { auditRemoteCommand } from "../forward/soc-audit.js";
import { ownerDirectory } from "./owner-directory.js";

const consumer = new Kafka({ clientId: "tsp-gateway-trips", brokers: gatewayConfig.ingress.brokers }).consumer({
  groupId: "tsp-gateway-trips",
});

export async function startTripEvents(fleetOf: (vin: string) => string | undefined): Promise<void> {
  await consumer.connect();
  await consumer.subscribe({ topics: ["vehicle.trip-completed.v1", "vehicle.crash.v1", "vehicle.remote-command.v1"] });
  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      if (!message.value) return;
      if (topic === "vehicle.remote-command.v1") {
        await auditRemoteCommand(JSON.parse(message.value.toString()) as RemoteCommandAudit);
        return;
      }
      if (topic === "vehicle.crash.v1") {
        await onCrash(JSON.parse(message.value.toString()) as CrashEvent);
        return;
      }
      const trip = JSON.parse(message.value.toString()) as TripSummary;
      const fleetId = fleetOf(trip.vin);
      try {
        await Promise.all([
          publishTripSummary(trip),
          forwardTrip(trip),
          fleetId ? notifyFleetOperator(fleetId, trip) : Promise.resolve(),
        ]);
      } catch (error) {
        captureVehicleError(error, trip.vin, { stage: "trip-fanout", topic });
      }
    },
  });
}

async function onCrash(event: CrashEvent): Promise<void> {
  const owner = await ownerDirectory.byVin(event.vin);
  await placeEmergencyCall(event, owner);
  await forwardCrash(event);
}
