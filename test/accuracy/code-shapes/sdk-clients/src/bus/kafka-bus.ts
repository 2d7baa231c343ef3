import { Kafka } from "kafkajs";
import type { AuditNote, BusSender, Envelope, BusCommand } from "./messages";

export interface BusSettings {
  brokers?: string[];
}

/** The brokers come only from run-time settings. */
export class KafkaBus implements BusSender {
  private readonly kafka: Kafka;

  constructor(settings: BusSettings) {
    this.kafka = new Kafka({ clientId: "bus", brokers: settings.brokers ?? [] });
  }

  async publish(envelope: Envelope<BusCommand>): Promise<void> {
    const producer = this.kafka.producer();
    await producer.send({ topic: envelope.topic, messages: [{ value: JSON.stringify(envelope) }] }); // expect: unresolved-destination pi.general.identity-contact pi.sensitive.location-trajectory
  }

  async note(note: AuditNote): Promise<void> {
    await this.kafka.producer().send({ topic: "notes", messages: [{ value: JSON.stringify(note) }] }); // expect-none
  }
}
