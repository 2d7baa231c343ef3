import { credentials, Metadata } from "@grpc/grpc-js";
import { str } from "@lanhai/config";
import { TelemetryIngestServiceClient, type StateBatch } from "@lanhai/proto";

const ingest = new TelemetryIngestServiceClient(
  str("EU_INGEST_GRPC", "ingest.analytics.lanhai-motors.de:443"),
  credentials.createSsl(),
  { "grpc.keepalive_time_ms": 30_000 },
);

/** Forwards whole batches to the EU ingestion service (used by the fleet-simulation team). */
export function pushBatchToEu(batch: StateBatch): Promise<number> {
  const metadata = new Metadata();
  metadata.set("x-source", "tsp-gateway-cn");
  return new Promise((resolve, reject) => {
    ingest.pushStates(batch, metadata, (error, response) => (error ? reject(error) : resolve(response.accepted)));
  });
}
