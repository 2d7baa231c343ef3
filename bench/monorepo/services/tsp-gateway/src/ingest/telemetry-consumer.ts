import { Kafka, logLevel, type EachMessagePayload } from "kafkajs";
import { list } from "@lanhai/config";
import { StateBatch, type VehicleState } from "@lanhai/proto";
import { gatewayConfig } from "../config.js";
import { publishToLake } from "../forward/data-lake.js";
import { trackDeliveryVehicle } from "../forward/delivery-tracking.js";
import { isEuSample, publishToAnalytics } from "../forward/eu-analytics.js";
import { pushBatchToEu } from "../forward/eu-grpc-ingest.js";
import { broadcastPosition } from "../live/live-tracking.js";
import { recordDecodeFailure, recordImplausibleState, recordLag } from "../observability.js";

const kafka = new Kafka({ clientId: "tsp-gateway", brokers: gatewayConfig.ingress.brokers, logLevel: logLevel.WARN });
const consumer = kafka.consumer({ groupId: gatewayConfig.ingress.groupId, sessionTimeout: 30_000 });
const deliveryVins = new Set(list("DELIVERY_FLEET_VINS", []));

export async function startTelemetryIngest(): Promise<void> {
  await consumer.connect();
  await consumer.subscribe({ topic: gatewayConfig.ingress.stateTopic, fromBeginning: false });
  await consumer.run({ partitionsConsumedConcurrently: 4, eachMessage: handleStateBatch });
}

async function handleStateBatch({ message, partition }: EachMessagePayload): Promise<void> {
  if (!message.value) return;
  const lagMs = Date.now() - Number(message.timestamp);
  if (lagMs > 60_000) recordLag(partition, lagMs);

  let batch: StateBatch;
  try {
    batch = StateBatch.decode(message.value);
  } catch (error) {
    recordDecodeFailure(message.value.byteLength, partition, error);
    return;
  }

  for (const state of batch.states) {
    const problem = plausibilityProblem(state);
    if (problem) recordImplausibleState(state, problem);
    await publishToLake(state);
    if (isEuSample(state)) await publishToAnalytics(state);
    if (deliveryVins.has(state.vin)) trackDeliveryVehicle(state);
    if (state.position) await broadcastPosition(state.vin, state.position);
  }
  await pushBatchToEu(batch);
}

function plausibilityProblem(state: VehicleState): string | undefined {
  if (state.socPct < 0 || state.socPct > 100) return "soc out of range";
  if (state.packVoltage > 1_000) return "pack voltage out of range";
  return undefined;
}
