import { Kafka } from "kafkajs";
import type { ChargeDetailRecord, ChargeSession, MeterSample } from "@lanhai/domain";
import { captureVehicleError, initSentry } from "@lanhai/sdk-telemetry";
import { createApp } from "./api/app.js";
import { hubConfig } from "./config.js";
import { sessionsRepo } from "./db/sessions-repo.js";
import { pushCdr } from "./roaming/cdr-push.js";
import { authorizeAutocharge, pushMeterSample, pushSessionUpdate } from "./roaming/session-sync.js";
import { archiveCdr, exportMonthlyEnergyReport } from "./storage/cdr-archive.js";

initSentry("charging-hub");

const consumer = new Kafka({ clientId: "charging-hub", brokers: hubConfig.kafka.brokers }).consumer({
  groupId: "charging-hub",
});

async function onSessionEvent(topic: string, value: Buffer): Promise<void> {
  switch (topic) {
    case "charging.session.v1": {
      const session = JSON.parse(value.toString()) as ChargeSession;
      await pushSessionUpdate(session);
      break;
    }
    case "charging.meter.v1": {
      const { sessionId, sample } = JSON.parse(value.toString()) as { sessionId: string; sample: MeterSample };
      await pushMeterSample(sessionId, sample);
      break;
    }
    case "charging.autocharge.v1": {
      const request = JSON.parse(value.toString()) as { vin: ChargeSession["vin"]; stationId: string; evseUid: string };
      const allowed = await authorizeAutocharge(request.vin, request.stationId, request.evseUid);
      await sessionsRepo.recordAutochargeDecision(request.stationId, request.evseUid, allowed);
      break;
    }
    case "charging.cdr.v1": {
      const cdr = JSON.parse(value.toString()) as ChargeDetailRecord;
      await sessionsRepo.saveCdr(cdr);
      await archiveCdr(cdr);
      try {
        await pushCdr(cdr);
      } catch (error) {
        captureVehicleError(error, cdr.vin, { stage: "cdr-push" });
      }
      break;
    }
  }
}

async function main(): Promise<void> {
  await consumer.connect();
  await consumer.subscribe({ topics: ["charging.session.v1", "charging.meter.v1", "charging.autocharge.v1", "charging.cdr.v1"] });
  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      if (message.value) await onSessionEvent(topic, message.value);
    },
  });
  createApp().listen(Number(process.env.PORT ?? 8080));
}

export async function runMonthlyEnergyReport(month: string): Promise<void> {
  await exportMonthlyEnergyReport(month, await sessionsRepo.inMonth(month));
}

void main();
