import { SendMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { Kafka, type Producer } from "kafkajs";
import type { CampaignOutcome, PackageSourceBundle } from "@lanhai/domain";
import { createGotClient } from "@lanhai/http-kit";
import { discoverBrokers } from "./broker-discovery.js";
import { otaConfig } from "./config.js";

const sqs = new SQSClient({ region: "eu-central-1" });
const supplier = createGotClient(`${otaConfig.supplierPortal}/api/v1`, process.env.BREMER_PORTAL_TOKEN);
let partnerProducer: Producer | undefined;

/** The EU homologation team tracks rollout of campaigns that also ship on export models. */
export async function reportOutcomeToEu(outcome: CampaignOutcome): Promise<void> {
  await sqs.send(
    new SendMessageCommand({
      QueueUrl: otaConfig.resultsQueueUrl,
      MessageBody: JSON.stringify(outcome),
      MessageGroupId: outcome.campaignId,
    }),
  );
}

/** Partner integrations subscribe to rollout results on the partner cluster (brokers from Consul). */
export async function publishToPartners(outcome: CampaignOutcome): Promise<void> {
  if (!partnerProducer) {
    const brokers = await discoverBrokers("partner-kafka");
    partnerProducer = new Kafka({ clientId: "ota-orchestrator", brokers }).producer();
    await partnerProducer.connect();
  }
  await partnerProducer.send({ topic: "ota.rollout-results", messages: [{ key: outcome.vin, value: JSON.stringify(outcome) }] });
}

/** Defect rectification: the ECU supplier needs the package source to build the fix (E7). */
export async function sendPackageSource(bundle: PackageSourceBundle): Promise<void> {
  // vdx-assessment: MIIT-OTA-2026-007
  await supplier.post("ota/defect-sources", {
    json: { defectId: bundle.defectId, ecu: bundle.targetEcu, archive: Buffer.from(bundle.sourceArchive).toString("base64") },
  });
}
