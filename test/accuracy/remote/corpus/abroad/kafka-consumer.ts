import { Kafka } from "kafkajs";
import type { ChargeSession } from "../shared/types";

const kafka = new Kafka({ clientId: "eu-roaming", brokers: ["kafka-1.charging.example.com.cn:9092"] });
const consumer = kafka.consumer({ groupId: "eu-roaming" });

export async function start(): Promise<void> {
  await consumer.subscribe({ topic: "sessions.closed" });
  await consumer.run({ // expect: unassessed-export behaviour=remote-access
    eachMessage: async ({ message }) => { // expect: unassessed-export behaviour=processing-abroad
      const session = JSON.parse(String(message.value)) as ChargeSession;
      console.log(session.id);
    },
  });
}
