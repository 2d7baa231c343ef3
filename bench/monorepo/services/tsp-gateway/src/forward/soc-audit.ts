import amqp, { type Channel } from "amqplib";
import { str } from "@lanhai/config";
import type { RemoteCommandAudit } from "@lanhai/domain";

// The group security operations centre (Munich) correlates remote commands across markets.
const SOC_URL = str("SOC_AMQP_URL", "amqps://tsp-gateway@soc.lanhai-motors.de:5671/remote-commands");
let channel: Promise<Channel> | undefined;

function socChannel(): Promise<Channel> {
  channel ??= amqp.connect(SOC_URL).then((connection) => connection.createConfirmChannel());
  return channel;
}

export async function auditRemoteCommand(audit: RemoteCommandAudit): Promise<void> {
  const ch = await socChannel();
  ch.publish("remote-commands", audit.command.toLowerCase(), Buffer.from(JSON.stringify(audit)), {
    persistent: true,
    contentType: "application/json",
  });
}
