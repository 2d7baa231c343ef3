import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { Kafka } from "kafkajs";
import { scenarios, features, type Scenario } from "../model/frames";
import { coarsenLocation } from "../privacy/anonymise";

const s3 = new S3Client({ region: "eu-central-1" });
const kafka = new Kafka({ clientId: "adas-loop", brokers: ["kafka.example-motors.de:9092"] });
const cnKafka = new Kafka({ clientId: "adas-loop-cn", brokers: ["kafka.example-motors.com.cn:9092"] });

function metadataOf(s: Scenario) {
  return { id: s.scenarioId, tags: s.tags, vin: s.vin };
}

export async function uploadScenarioMetadata(): Promise<void> {
  for (const scenario of await scenarios()) {
    const body = JSON.stringify(metadataOf(scenario));
    await s3.send(new PutObjectCommand({ Bucket: "adas-metadata-eu", Key: scenario.scenarioId, Body: body })); // expect-none
  }
}

export async function uploadScenarioWithRoute(): Promise<void> {
  const all = await scenarios();
  const withRoutes = all.map((s) => ({ ...metadataOf(s), route: s.route }));
  await s3.send(new PutObjectCommand({ Bucket: "adas-metadata-eu", Key: "batch.json", Body: JSON.stringify(withRoutes) })); // expect: inadequate-assessment ad.training-data pi.general.vehicle-identifier pi.sensitive.location-trajectory
}

export async function uploadScenarioWithCoarseRoute(): Promise<void> {
  const all = await scenarios();
  const coarse = all.map((s) => ({ ...metadataOf(s), route: coarsenLocation(s.route) }));
  await s3.send(new PutObjectCommand({ Bucket: "adas-metadata-eu", Key: "coarse.json", Body: JSON.stringify(coarse) })); // expect-none
}

export async function uploadRouteToOtherBucket(): Promise<void> {
  const [first] = await scenarios();
  if (!first) return;
  await s3.send(new PutObjectCommand({ Bucket: "adas-routes-eu", Key: "r.json", Body: JSON.stringify(first.route) })); // expect: unassessed-export pi.sensitive.location-trajectory
}

export async function streamFeatures(): Promise<void> {
  const producer = kafka.producer();
  await producer.connect();
  const messages = features().map((f) => ({ value: JSON.stringify(f.embedding) }));
  await producer.send({ topic: "features", messages }); // expect: inadequate-assessment ad.feature-data
}

export async function streamFeaturesDomestic(): Promise<void> {
  const producer = cnKafka.producer();
  await producer.send({ topic: "features", messages: features().map((f) => ({ value: JSON.stringify(f) })) }); // expect-none
}

export async function streamModelNames(): Promise<void> {
  const producer = kafka.producer();
  await producer.send({ topic: "models", messages: features().map((f) => ({ value: f.model })) }); // expect-none
}
