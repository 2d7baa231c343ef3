import { Kafka } from "kafkajs";
import { list } from "@lanhai/config";
import type { TripSummary } from "@lanhai/domain";
import { archiveTrip, landRaw } from "./archive-writer.js";
import { mirrorToEuPortal } from "./eu-mirror.js";

const euMirroredVins = new Set(list("EU_MIRRORED_VINS", []));
const consumer = new Kafka({
  clientId: "trip-archiver",
  brokers: list("KAFKA_BROKERS", ["kafka-0.tsp.lanhai.internal:9092"]),
}).consumer({ groupId: "trip-archiver" });

await consumer.connect();
await consumer.subscribe({ topic: "vehicle.trip-completed.v1" });
await consumer.run({
  eachMessage: async ({ partition, message }) => {
    if (!message.value) return;
    await landRaw(partition, message.offset, message.value);
    const trip = JSON.parse(message.value.toString()) as TripSummary;
    await archiveTrip(trip);
    if (euMirroredVins.has(trip.vin)) await mirrorToEuPortal(trip);
  },
});
