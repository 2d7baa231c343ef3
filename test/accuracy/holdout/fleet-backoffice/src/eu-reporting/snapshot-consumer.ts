import { Kafka } from "kafkajs";
import type { FleetVehicle } from "../domain/fleet.js";

const kafka = new Kafka({ clientId: "eu-reporting", brokers: ["kafka-1.fleetops.example-motors.com.cn:9092"] });
const consumer = kafka.consumer({ groupId: "eu-reporting" });
const mileageByFleet = new Map<string, number>();

export async function startSnapshotConsumer(): Promise<void> {
  await consumer.connect();
  await consumer.subscribe({ topic: "fleet.snapshot", fromBeginning: false });
  await consumer.run({ // expect: unassessed-export behaviour=remote-access conn.operating-condition pi.general.vehicle-identifier pi.sensitive.location-trajectory
    eachMessage: async ({ message }) => { // expect: unassessed-export behaviour=processing-abroad pi.general.vehicle-identifier pi.sensitive.location-trajectory
      const vehicle = JSON.parse(message.value!.toString()) as FleetVehicle;
      mileageByFleet.set(vehicle.fleetId, (mileageByFleet.get(vehicle.fleetId) ?? 0) + vehicle.mileageKm);
    },
  });
}
