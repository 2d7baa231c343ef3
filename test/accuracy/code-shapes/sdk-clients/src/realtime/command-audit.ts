import amqp, { type Channel } from "amqplib";
import { currentVehicle } from "../model/vehicle";

// The broker connection is opened on first use and shared: a promise of the channel, kept lazily.
let auditChannel: Promise<Channel> | undefined;
let statusChannel: Promise<Channel> | undefined;

function openAuditChannel(): Promise<Channel> {
  auditChannel ??= amqp.connect("amqps://audit@broker.example-motors.de:5671").then((connection) => connection.createConfirmChannel());
  return auditChannel;
}

function openStatusChannel(): Promise<Channel> {
  statusChannel ||= amqp.connect(process.env.STATUS_BROKER_URL ?? "").then(function (connection) {
    return connection.createChannel();
  });
  return statusChannel;
}

export async function auditCommand(command: string): Promise<void> {
  const channel = await openAuditChannel();
  channel.publish("commands", command, Buffer.from(JSON.stringify({ command, vin: currentVehicle().vin }))); // expect: unassessed-export pi.general.vehicle-identifier
  channel.sendToQueue("command-counts", Buffer.from(command)); // expect-none
}

export async function reportStatus(): Promise<void> {
  const channel = await openStatusChannel();
  channel.sendToQueue("status", Buffer.from(JSON.stringify(currentVehicle()))); // expect: unresolved-destination pi.general.vehicle-identifier
}
