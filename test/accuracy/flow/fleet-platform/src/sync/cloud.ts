import OSS from "ali-oss";
import { KinesisClient, PutRecordCommand } from "@aws-sdk/client-kinesis";
import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs";
import { Storage } from "@google-cloud/storage";
import amqp from "amqplib";
import { VehicleState } from "../gen/telemetry";
import { latestStates, stateOf, liveStates } from "./source";

const euOss = new OSS({ region: "oss-eu-central-1", bucket: "fleet-eu", accessKeyId: "id", accessKeySecret: "secret" });
const cnOss = new OSS({ region: "oss-cn-hangzhou", bucket: "fleet-cn", accessKeyId: "id", accessKeySecret: "secret" });
const kinesis = new KinesisClient({ region: "us-west-2" });
const storage = new Storage();

export async function archiveStates(): Promise<void> {
  const states = await latestStates();
  const bytes = states.map((s) => VehicleState.encode(s).finish());
  await euOss.put("states/latest.bin", Buffer.concat(bytes)); // expect: unassessed-export conn.operating-condition pi.general.vehicle-identifier pi.sensitive.location-trajectory
  await cnOss.put("states/latest.bin", Buffer.concat(bytes)); // expect-none
}

export async function archiveFirmware(): Promise<void> {
  const states = await latestStates();
  await euOss.put("firmware.json", Buffer.from(JSON.stringify(states.map((s) => s.firmware)))); // expect-none
}

export async function streamState(vin: string): Promise<void> {
  const state = stateOf(vin);
  await kinesis.send(new PutRecordCommand({ StreamName: "vehicle-events", PartitionKey: "p", Data: VehicleState.encode(state).finish() })); // expect: unassessed-export conn.operating-condition pi.general.vehicle-identifier pi.sensitive.location-trajectory
}

export async function queueBatteryTemperature(vin: string): Promise<void> {
  const { batteryTemperature } = stateOf(vin);
  const sqs = new SQSClient({ region: "eu-central-1" });
  await sqs.send(new SendMessageCommand({ QueueUrl: "https://sqs.eu-central-1.amazonaws.com/123456789012/battery", MessageBody: String(batteryTemperature) })); // expect: unassessed-export conn.operating-condition
}

export async function backupToGcs(): Promise<void> {
  for await (const state of liveStates()) {
    await storage.bucket("eu-fleet-backup").file(`${state.firmware}.json`).save(JSON.stringify({ lat: state.latitude })); // expect: unresolved-destination pi.sensitive.location-trajectory
  }
}

export async function publishToNetherlands(): Promise<void> {
  const connection = await amqp.connect("amqps://mq.example-motors.nl");
  const channel = await connection.createChannel();
  const states = await latestStates();
  for (const state of states) {
    channel.publish("fleet", "state", Buffer.from(JSON.stringify({ vin: state.vin, t: state.batteryTemperature }))); // expect-none
    channel.publish("fleet", "position", Buffer.from(JSON.stringify({ vin: state.vin, lat: state.latitude }))); // expect: inadequate-assessment pi.general.vehicle-identifier pi.sensitive.location-trajectory
  }
}
