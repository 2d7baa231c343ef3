import { Kafka } from "kafkajs";
import type { CampaignOutcome, PackageSourceBundle } from "@lanhai/domain";
import { publishToPartners, reportOutcomeToEu, sendPackageSource } from "./campaign-report.js";
import { otaConfig } from "./config.js";

const consumer = new Kafka({ clientId: "ota-orchestrator", brokers: otaConfig.campaignBrokers }).consumer({
  groupId: "ota-orchestrator",
});

await consumer.connect();
await consumer.subscribe({ topics: ["ota.campaign-outcome.v1", "ota.defect-source.v1"] });
await consumer.run({
  eachMessage: async ({ topic, message }) => {
    if (!message.value) return;
    if (topic === "ota.defect-source.v1") {
      await sendPackageSource(JSON.parse(message.value.toString()) as PackageSourceBundle);
      return;
    }
    const outcome = JSON.parse(message.value.toString()) as CampaignOutcome;
    await reportOutcomeToEu(outcome);
    await publishToPartners(outcome);
  },
});
