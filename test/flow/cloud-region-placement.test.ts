import { describe, expect, it } from "vitest";
import { analyzeProject, testPack } from "./helpers/flow-project.js";
import { placeDestination } from "@vdx/core/internals";

const MODEL = `
export interface Trip {
  id: string;
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
}
export declare function loadTrip(): Trip;
`;

/** Just enough of the AWS SDK v3 declarations for the sink matcher and the checker. */
const AWS_TYPES: Record<string, string> = {
  "node_modules/@aws-sdk/client-s3/index.d.ts": `
    export interface ClientConfig { region?: string; endpoint?: string; forcePathStyle?: boolean }
    export declare class S3Client { constructor(config: ClientConfig); send(command: unknown): Promise<unknown> }
    export declare class PutObjectCommand { constructor(input: { Bucket: string; Key: string; Body?: unknown }) }`,
  "node_modules/@aws-sdk/client-s3/package.json": `{ "name": "@aws-sdk/client-s3", "types": "index.d.ts" }`,
  "node_modules/@aws-sdk/client-kinesis/index.d.ts": `
    export declare class KinesisClient { constructor(config: { region?: string; endpoint?: string }); send(command: unknown): Promise<unknown> }
    export declare class PutRecordCommand { constructor(input: { StreamName?: string; StreamARN?: string; PartitionKey: string; Data: Uint8Array }) }`,
  "node_modules/@aws-sdk/client-kinesis/package.json": `{ "name": "@aws-sdk/client-kinesis", "types": "index.d.ts" }`,
  "node_modules/@aws-sdk/client-sqs/index.d.ts": `
    export declare class SQSClient { constructor(config: { region?: string; endpoint?: string }); send(command: unknown): Promise<unknown> }
    export declare class SendMessageCommand { constructor(input: { QueueUrl: string; MessageBody: string }) }`,
  "node_modules/@aws-sdk/client-sqs/package.json": `{ "name": "@aws-sdk/client-sqs", "types": "index.d.ts" }`,
};

const S3 = (region: string) => `import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3"; import { loadTrip } from "../model";
const s3 = new S3Client({ region: ${JSON.stringify(region)} });
export async function archive() {
  await s3.send(new PutObjectCommand({ Bucket: "trips-archive", Key: "k", Body: JSON.stringify(loadTrip()) }));
}
`;
const KINESIS = (region: string) => `import { KinesisClient, PutRecordCommand } from "@aws-sdk/client-kinesis"; import { loadTrip } from "../model";
const kinesis = new KinesisClient({ region: ${JSON.stringify(region)} });
export async function stream() {
  await kinesis.send(new PutRecordCommand({ StreamName: "trips", PartitionKey: "p", Data: new TextEncoder().encode(JSON.stringify(loadTrip())) }));
}
`;
const SQS = (region: string) => `import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs"; import { loadTrip } from "../model";
declare const process: { env: Record<string, string | undefined> };
const sqs = new SQSClient({ region: ${JSON.stringify(region)} });
export async function queue() {
  await sqs.send(new SendMessageCommand({ QueueUrl: process.env.TRIP_QUEUE_URL as string, MessageBody: JSON.stringify(loadTrip()) }));
}
`;

function flowsOf(files: Record<string, string>) {
  const result = analyzeProject({ ...AWS_TYPES, "src/model.ts": MODEL, ...files }, { config: { hosts: [] } });
  return { result, flows: result.flows.map((f) => `${f.location.file.replace("/proj/", "")} ${f.destination} ${f.jurisdiction} ${f.status}`).sort() };
}

describe("SDK clients placed by their configured region (resolveCloudRegion with the sink model's cloud)", () => {
  it("S3 buckets: cn-north-1 stays in China, eu-central-1 is an export to DE", () => {
    const { flows, result } = flowsOf({ "src/a/cn.ts": S3("cn-north-1"), "src/a/eu.ts": S3("eu-central-1") });
    expect(flows).toEqual(["src/a/cn.ts s3://trips-archive CN not-export", "src/a/eu.ts s3://trips-archive DE gap"]);
    const finding = result.findings.find((f) => f.location.file.endsWith("eu.ts"))!;
    expect(finding.ruleId).toBe("unassessed-export");
    expect(finding.details!.join("\n")).toContain("jurisdiction DE: the client's region aws:eu-central-1 — ");
  });

  it("Kinesis streams: cn-northwest-1 stays in China, eu-west-1 is an export to IE", () => {
    const { flows } = flowsOf({ "src/a/cn.ts": KINESIS("cn-northwest-1"), "src/a/eu.ts": KINESIS("eu-west-1") });
    expect(flows).toEqual(["src/a/cn.ts kinesis://trips CN not-export", "src/a/eu.ts kinesis://trips IE gap"]);
  });

  it("SQS queues whose URL is read at run time: the client's region says where the queue is", () => {
    const { flows, result } = flowsOf({ "src/a/cn.ts": SQS("cn-north-1"), "src/a/eu.ts": SQS("eu-central-1") });
    expect(flows).toEqual(["src/a/cn.ts aws:cn-north-1 CN not-export", "src/a/eu.ts aws:eu-central-1 DE gap"]);
    expect(result.findings.map((f) => f.ruleId)).toEqual(["unassessed-export"]);
  });

  it("places a bare region hint with the sink model's cloud, never as a host name", () => {
    const pack = testPack();
    const bucket = { kind: "known" as const, value: "s3://trips", origin: [] };
    const region = { kind: "known" as const, value: "cn-north-1", origin: [] };
    const [placed] = placeDestination(bucket, { region, cloud: "aws" }, { pack, hosts: [] });
    expect(placed).toMatchObject({ kind: "resolved", destination: "s3://trips", jurisdiction: "CN" });
    const [rendered] = placeDestination(bucket, { region: { ...region, value: "aws:eu-central-1" }, cloud: "aws" }, { pack, hosts: [] });
    expect(rendered).toMatchObject({ jurisdiction: "DE" });
    const [unknownRegion] = placeDestination(bucket, { region: { ...region, value: "mars-1" }, cloud: "aws" }, { pack, hosts: [] });
    expect(unknownRegion).toMatchObject({ jurisdiction: "unknown" });
  });
});
