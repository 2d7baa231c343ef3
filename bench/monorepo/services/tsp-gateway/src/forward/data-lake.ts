import { Kafka } from "kafkajs";
import { VehicleState } from "@lanhai/proto";
import { gatewayConfig } from "../config.js";

const lake = new Kafka({ clientId: "tsp-gateway-lake", brokers: gatewayConfig.domesticLake.brokers, ssl: true });
const producer = lake.producer({ idempotent: true, maxInFlightRequests: 1 });
const ready = producer.connect();

/** Every state goes to the domestic data lake, keyed by VIN so a vehicle's samples stay ordered. */
export async function publishToLake(state: VehicleState): Promise<void> {
  await ready;
  await producer.send({
    topic: "lake.vehicle-state.v1",
    messages: [{ key: state.vin, value: Buffer.from(VehicleState.encode(state).finish()) }],
  });
}
