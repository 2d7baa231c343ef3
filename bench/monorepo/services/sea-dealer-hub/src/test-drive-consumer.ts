import { Kafka } from "kafkajs";
import { MongoClient } from "mongodb";
import type { TestDriveRequest } from "@lanhai/domain";
import { hubConfig } from "./config.js";

const kafka = new Kafka({ clientId: "sea-dealer-hub", brokers: hubConfig.cnBrokers, ssl: true });
const consumer = kafka.consumer({ groupId: "sea-dealer-hub-test-drives" });
const local = new MongoClient(hubConfig.localMongo);

/** Test-drive requests made in the China app for a dealer here (owners travelling or moving). */
export async function startTestDriveConsumer(): Promise<void> {
  await consumer.connect();
  await consumer.subscribe({ topics: ["crm.test-drive-requests.sea"] });
  await consumer.run({
    eachMessage: async ({ message }) => {
      if (!message.value) return;
      const request = JSON.parse(message.value.toString()) as TestDriveRequest;
      await local.db("dealer").collection("test_drives").insertOne({ ...request, receivedAt: new Date() });
    },
  });
}
