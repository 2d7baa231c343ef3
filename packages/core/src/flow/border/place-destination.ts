import type { HostMapping } from "../../model/config.js";
import type { Jurisdiction, RulePack } from "../../model/pack.js";
import { isUnplaced, normaliseJurisdiction, resolveCloudRegion, resolveDestination, type DestinationResolution } from "../../jurisdiction/index.js";
import { describeStaticValue, fixedHostOfParameter, type StaticValue } from "../values/static-value.js";

/** A destination as vdx places it: resolved (one per alternative) or unresolved with the reason. */
export type PlacedDestination =
  | {
      kind: "resolved";
      /** What the registry is matched against and reports show: URL, host, `s3://bucket`, or `aws:region`. */
      destination: string;
      jurisdiction: Jurisdiction;
      /** Why that jurisdiction ("host rule *.de", "cloud region aws:eu-central-1", "config hosts"). */
      why: string;
      resolution: DestinationResolution;
      /** The environment variable that replaces this default at run time. */
      overridableBy?: string;
    }
  | {
      kind: "unresolved";
      description: string;
      /** Why static resolution gave up (never ending in a dangling colon). */
      reason: string;
      /** Environment variables the destination is read from, when the call shows them. */
      environment?: string[];
    };

export interface PlacementContext {
  pack: RulePack;
  hosts: HostMapping[];
}

/** What the sink's client tells about where its requests go, besides the destination itself. */
export interface PlacementHints {
  /** The client's region: `aws:eu-central-1` as the sink matcher renders it, or the raw SDK value `eu-central-1`. */
  region?: StaticValue;
  /** A custom endpoint (MinIO in the cluster, a VPC endpoint). */
  endpoint?: StaticValue;
  /** The sink model's cloud provider id (`aws`, `aliyun`…): how a raw region is read. */
  cloud?: string;
  /** The sink model's region format (`oss-{region}`): the raw value around the region code. */
  regionFormat?: string;
  /** Environment variables the destination expression reads (for unresolved destinations). */
  environment?: readonly string[];
}

/**
 * Places a sink's destination. A bucket or resource name alone says nothing
 * about where it is, so when a custom endpoint or a cloud region is known it
 * decides (the endpoint first: MinIO's signing region is not where MinIO is).
 * A destination read at run time from a regional SDK client (an SQS queue URL
 * from the environment) is still in the client's region. Ternaries give one
 * placement per alternative.
 */
export function placeDestination(given: StaticValue, hints: PlacementHints, ctx: PlacementContext): PlacedDestination[] {
  // A caller-supplied part after a known scheme and host only chooses the path: the host places it.
  const destination = given.kind === "parameter" ? (fixedHostOfParameter(given) ?? given) : given;
  if (destination.kind !== "known") {
    const byRegion = destination.kind === "unknown" ? placeByRegionOnly(hints, ctx) : undefined;
    if (byRegion) return byRegion;
    const environment = hints.environment && hints.environment.length > 0 ? [...hints.environment] : undefined;
    const reason = environment
      ? `read from ${environment.map((e) => `$${e}`).join(", ")}`
      : destination.kind === "unknown"
        ? cleanReason(destination.reason)
        : "supplied by a caller that was not found";
    return [
      {
        kind: "unresolved",
        description: environment ? `<unresolved: ${environment.map((e) => `$${e}`).join(", ")}>` : describeUnknown(destination),
        reason,
        ...(environment ? { environment } : {}),
      },
    ];
  }
  const values = destination.alternatives ?? [destination.value];
  return values.map((value) => {
    let resolution = resolveDestination(value, ctx);
    let why = explainResolution(resolution);
    // `kinesis://stream`, `s3://bucket`: the "host" is a resource name that says nothing about where it
    // lives; the client's endpoint or region does (unless the user's hosts name it explicitly).
    const resourceName = !NETWORK_SCHEMES.has(resolution.scheme ?? "https") && resolution.matchedBy !== "user-host";
    if (resourceName || isUnplaced(resolution.jurisdiction) || resolution.matchedBy === "none") {
      const hinted = placeByHints(hints, ctx);
      if (hinted) {
        resolution = { ...hinted.resolution, input: value };
        why = hinted.why;
      }
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

/** The first hint that places: a custom endpoint decides over the signing region. */
function placeByHints(hints: PlacementHints, ctx: PlacementContext): { resolution: DestinationResolution; why: string; value: string } | undefined {
  if (hints.endpoint?.kind === "known") {
    // A custom endpoint is where the requests go; its signing region says nothing, even when the endpoint cannot be placed.
    const value = hints.endpoint.value;
    const resolution = resolveDestination(value, ctx);
    return isUnplaced(resolution.jurisdiction) ? undefined : { resolution, why: `the client's endpoint ${value}: ${explainResolution(resolution)}`, value };
  }
  if (hints.region?.kind === "known") {
    const value = hints.region.value;
    const resolution = resolveRegionHint(value, hints, ctx);
    if (!isUnplaced(resolution.jurisdiction)) return { resolution, why: `the client's region ${describeRegion(resolution, value)}`, value };
  }
  return undefined;
}

/** A destination vdx cannot read (a queue URL from the environment) on a client whose region is known. */
function placeByRegionOnly(hints: PlacementHints, ctx: PlacementContext): PlacedDestination[] | undefined {
  if (hints.region?.kind !== "known" || hints.endpoint !== undefined) return undefined;
  const region = hints.region;
  const placed: PlacedDestination[] = [];
  for (const value of region.alternatives ?? [region.value]) {
    const resolution = resolveRegionHint(value, hints, ctx);
    if (isUnplaced(resolution.jurisdiction)) return undefined;
    const destination = resolution.rule ?? value;
    placed.push({
      kind: "resolved",
      destination,
      jurisdiction: normaliseJurisdiction(resolution.jurisdiction),
      why: `the destination is read at run time, but the client's region is ${describeRegion(resolution, value)}`,
      resolution,
      ...(region.overridable ? { overridableBy: region.overridable.env } : {}),
    });
  }
  return placed.length > 0 ? placed : undefined;
}

/**
 * A region hint: `aws:eu-central-1` (rendered by the sink matcher) or the raw
 * SDK value `eu-central-1` / `oss-eu-central-1`, read with the sink model's
 * cloud. Never looked up as a host name: "eu-central-1" is not one.
 */
function resolveRegionHint(value: string, hints: Pick<PlacementHints, "cloud" | "regionFormat">, ctx: PlacementContext): DestinationResolution {
  const text = value.trim();
  const prefixed = /^([a-z][a-z0-9-]*):([a-z0-9-]+)$/i.exec(text);
  if (prefixed && isCloudProvider(prefixed[1]!, ctx.pack)) return resolveCloudRegion(prefixed[1]!, prefixed[2]!, ctx);
  if (hints.cloud !== undefined && /^[a-z0-9-]+$/i.test(text)) return resolveCloudRegion(hints.cloud, stripRegionFormat(text, hints.regionFormat), ctx);
  return resolveDestination(text, ctx);
}

function isCloudProvider(name: string, pack: RulePack): boolean {
  const lower = name.toLowerCase();
  return pack.destinations.clouds.some((c) => c.id === lower || (c.aliases ?? []).includes(lower));
}

/** `aws:eu-central-1 — Amazon Web Services (eu-central-1)`; a region matched by config hosts names that entry. */
function describeRegion(resolution: DestinationResolution, value: string): string {
  if (resolution.matchedBy !== "cloud-region") return `${value}: ${explainResolution(resolution)}`;
  return `${resolution.rule ?? value}${resolution.service ? ` — ${resolution.service}` : ""}`;
}

/** `oss-eu-central-1` with format `oss-{region}` → `eu-central-1`. */
function stripRegionFormat(raw: string, format: string | undefined): string {
  if (!format) return raw;
  const [before = "", after = ""] = format.split("{region}");
  return raw.startsWith(before) && raw.endsWith(after) && raw.length > before.length + after.length ? raw.slice(before.length, raw.length - after.length) : raw;
}

/** The resolver's reasons sometimes end in `: <raw value>`; an empty raw value leaves a dangling colon. */
function cleanReason(reason: string): string {
  const trimmed = reason.replace(/:\s*$/, "").trim();
  return trimmed.endsWith(': ""') ? trimmed.slice(0, -4) : trimmed;
}

function describeUnknown(value: Exclude<StaticValue, { kind: "known" }>): string {
  return value.kind === "unknown" ? `<unresolved: ${cleanReason(value.reason)}>` : describeStaticValue(value);
}

const NETWORK_SCHEMES = new Set([
  "http",
  "https",
  "ws",
  "wss",
  "mqtt",
  "mqtts",
  "amqp",
  "amqps",
  "kafka",
  "tcp",
  "tls",
  "grpc",
  "grpcs",
  "nats",
  "redis",
  "rediss",
]);

function explainResolution(resolution: DestinationResolution): string {
  const service = resolution.service ? ` — ${resolution.service}` : "";
  const host = resolution.host ? `host ${resolution.host}` : `"${resolution.input}"`;
  switch (resolution.matchedBy) {
    case "user-host":
      return `${host} matches config hosts entry ${resolution.rule ?? ""}${service}`;
    case "host-rule":
      return `${host} matches rule-pack host rule ${resolution.rule ?? ""}${service}`;
    case "cloud-region":
      return `${host} is in cloud region ${resolution.cloud ? `${resolution.cloud.provider}:${resolution.cloud.region}` : (resolution.rule ?? "")}${service}`;
    case "internal-range":
      return `${host} is in internal range ${resolution.rule ?? ""}`;
    case "internal-suffix":
      return `${host} has internal suffix ${resolution.rule ?? ""}`;
    case "same-origin":
      return `${host} is a rooted relative URL${service}`;
    case "ip":
      return `${host} is a public IP address; vdx does no lookups`;
    case "none":
      return resolution.problem
        ? `"${resolution.input}" cannot be read: ${resolution.problem}`
        : `${host} is in no destination table and no config hosts entry`;
  }
}
