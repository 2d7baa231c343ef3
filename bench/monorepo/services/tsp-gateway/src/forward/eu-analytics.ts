import { CompressionTypes, Kafka } from "kafkajs";
import { omit } from "lodash-es";
import type { TripSummary } from "@lanhai/domain";
import type { VehicleState } from "@lanhai/proto";
import { gatewayConfig } from "../config.js";

const euKafka = new Kafka({
  clientId: "tsp-gateway-eu",
  brokers: gatewayConfig.euAnalytics.brokers,
  ssl: true,
  sasl: { mechanism: "scram-sha-512", username: "tsp-gateway", password: process.env.EU_KAFKA_PASSWORD ?? "" },
});
const producer = euKafka.producer({ allowAutoTopicCreation: false });
let connecting: Promise<void> | undefined;

function connected(): Promise<void> {
  connecting ??= producer.connect();
  return connecting;
}

/**
 * Powertrain samples for the EU battery-ageing model (SA-2025-0311). Position, T-Box serial and
 * firmware stay in China.
 */
export async function publishToAnalytics(state: VehicleState): Promise<void> {
  await connected();
  const sample = omit(state, ["position", "tboxSerial", "firmwareVersion"]);
  await producer.send({
    topic: gatewayConfig.euAnalytics.stateTopic,
    compression: CompressionTypes.GZIP,
    messages: [{ key: sample.vin, value: JSON.stringify(sample) }],
  });
}

/** Completed trips for the EU range-prediction team. */
export async function publishTripSummary(trip: TripSummary): Promise<void> {
  await connected();
  await producer.send({
    topic: gatewayConfig.euAnalytics.tripTopic,
    messages: [{ key: trip.vin, value: JSON.stringify(trip) }],
  });
}

export function isEuSample(state: VehicleState): boolean {
  let hash = 0;
  for (const char of state.vin) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 100 < gatewayConfig.euAnalytics.samplePercent;
}
