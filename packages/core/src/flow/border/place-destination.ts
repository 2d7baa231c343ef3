import type { HostMapping } from "../../model/config.js";
import type { Jurisdiction, RulePack } from "../../model/pack.js";
import { resolveDestination, type DestinationResolution } from "../../jurisdiction/index.js";
import { describeStaticValue, type StaticValue } from "../values/static-value.js";

/** A destination as vdx places it: resolved (one per alternative) or unresolved with the reason. */
export type PlacedDestination =
  | {
      kind: "resolved";
      /** What the registry is matched against and reports show: URL, host or `s3://bucket`. */
      destination: string;
      jurisdiction: Jurisdiction;
      /** Why that jurisdiction ("host rule *.de", "cloud region aws:eu-central-1", "config hosts"). */
      why: string;
      resolution: DestinationResolution;
      /** The environment variable that replaces this default at run time. */
      overridableBy?: string;
    }
  | { kind: "unresolved"; description: string; reason: string };

export interface PlacementContext {
  pack: RulePack;
  hosts: HostMapping[];
}

/**
 * Places a sink's destination. A bucket or resource name alone says nothing
 * about where it is, so when a cloud region or a custom endpoint is known it
 * decides; ternaries give one placement per alternative.
 */
export function placeDestination(
  destination: StaticValue,
  extra: { region?: StaticValue; endpoint?: StaticValue },
  ctx: PlacementContext,
): PlacedDestination[] {
  if (destination.kind !== "known") {
    return [{ kind: "unresolved", description: describeStaticValue(destination), reason: destination.kind === "unknown" ? destination.reason : "supplied by a caller that was not found" }];
  }
  const values = destination.alternatives ?? [destination.value];
  return values.map((value) => {
    let resolution = resolveDestination(value, ctx);
    let why = explainResolution(resolution);
    // `kinesis://stream`, `sqs://queue`: the "host" is a resource name that says nothing about where it
    // lives; the client's endpoint or region does (unless the user's hosts name it explicitly).
    const resourceName = !NETWORK_SCHEMES.has(resolution.scheme ?? "https") && resolution.matchedBy !== "user-host";
    for (const hint of [extra.endpoint, extra.region]) {
      if (!resourceName && resolution.jurisdiction !== "unknown" && resolution.matchedBy !== "none") break;
      if (hint?.kind !== "known") continue;
      const hinted = resolveDestination(hint.value, ctx);
      if (hinted.jurisdiction === "unknown") continue;
      resolution = { ...hinted, input: value };
      why = `${explainResolution(hinted)} (client ${hint === extra.region ? "region" : "endpoint"} ${hint.value})`;
      break; // a custom endpoint (MinIO in the cluster) decides over the signing region
    }
    return {
      kind: "resolved",
      destination: value,
      jurisdiction: normaliseJurisdiction(resolution.jurisdiction),
      why,
      resolution,
      ...(destination.overridable ? { overridableBy: destination.overridable.env } : {}),
    };
  });
}

const NETWORK_SCHEMES = new Set(["http", "https", "ws", "wss", "mqtt", "mqtts", "amqp", "amqps", "kafka", "tcp", "tls", "grpc", "grpcs", "nats", "redis", "rediss"]);

function normaliseJurisdiction(jurisdiction: string): Jurisdiction {
  const lower = jurisdiction.toLowerCase();
  return lower === "internal" || lower === "unknown" ? lower : jurisdiction.toUpperCase();
}

export function explainResolution(resolution: DestinationResolution): string {
  const service = resolution.service ? ` — ${resolution.service}` : "";
  const host = resolution.host ? `host ${resolution.host}` : `"${resolution.input}"`;
  switch (resolution.matchedBy) {
    case "user-host":
      return `${host} matches config hosts entry ${resolution.rule ?? ""}${service}`;
    case "host-rule":
      return `${host} matches rule-pack host rule ${resolution.rule ?? ""}${service}`;
    case "cloud-region":
      return `${host} is in cloud region ${resolution.cloud ? `${resolution.cloud.provider}:${resolution.cloud.region}` : resolution.rule ?? ""}${service}`;
    case "internal-range":
      return `${host} is in internal range ${resolution.rule ?? ""}`;
    case "internal-suffix":
      return `${host} has internal suffix ${resolution.rule ?? ""}`;
    case "ip":
      return `${host} is a public IP address; vdx does no lookups`;
    case "none":
      return resolution.problem ? `"${resolution.input}" cannot be read: ${resolution.problem}` : `${host} is in no destination table and no config hosts entry`;
  }
}
