import type { SourceLocation } from "../../model/location.js";
import type { SinkDestinationKind, SinkModel } from "../../model/pack.js";
import type { StaticValue } from "../values/static-value.js";
import { knownValue, unknownValue, valuesOf } from "../values/static-value.js";

/**
 * Turns a raw resolved value (a bucket name, a DSN, a connection string…) into
 * the destination string the jurisdiction resolver reads. Only known values
 * are rendered: a caller-supplied (`parameter`) value stays raw so that it can
 * be bound at each call site and rendered then.
 */
export function renderDestination(kind: SinkDestinationKind, value: StaticValue, model: SinkModel, location: SourceLocation): StaticValue {
  if (value.kind !== "known") return value;
  const rendered: string[] = [];
  for (const raw of valuesOf(value)) {
    // A template turns a site or host into a URL; a value that already is a URL (a configured base server) stays.
    const templated = model.template && !hasScheme(raw.trim()) ? model.template.replace("{}", raw) : raw;
    const result = renderOne(kind, templated, model);
    if (typeof result !== "string") {
      // Say which value failed, and where it may come from at run time, without a dangling colon for "".
      const shown = raw.trim() === "" ? "the value is empty" : `got "${raw}"`;
      const env = value.overridable ? `; set at run time by $${value.overridable.env}` : "";
      return unknownValue(`${result.error} (${shown}${env})`, location);
    }
    rendered.push(result);
  }
  return knownValue(rendered, value.origin, value.overridable);
}

type Rendered = string | { error: string };

function renderOne(kind: SinkDestinationKind, raw: string, model: SinkModel): Rendered {
  const text = raw.trim();
  switch (kind) {
    case "url":
    case "instance":
    case "request-options":
      return renderUrl(text);
    case "host":
      return hasScheme(text) ? text : `${model.scheme ?? "https"}://${text}`;
    case "bucket":
    case "resource":
      return hasScheme(text) || text.startsWith("arn:") ? text : `${model.scheme ?? "resource"}://${text}`;
    case "brokers":
      return hasScheme(text) ? text : `${model.scheme ?? "kafka"}://${text}`;
    case "region":
      return renderRegion(text, model) ?? { error: "not a region" };
    case "dsn":
      return renderDsn(text);
    case "connection-string":
      return renderConnectionString(text, model);
    case "arn":
      return text.startsWith("arn:") ? text : { error: "not an ARN" };
  }
}

function hasScheme(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
}

function renderUrl(text: string): Rendered {
  if (hasScheme(text)) return text;
  if (text.startsWith("//")) return `https:${text}`;
  // A rooted path (`/api/positions`) goes to the page's own origin; the resolver places it.
  if (text.startsWith("/")) return text;
  if (text.startsWith(".") || text === "") return { error: "relative URL, resolved against the page or base at run time" };
  // `api.example.de/v1` without a scheme: clients treat it as a host.
  if (/^[a-z0-9.-]+\.[a-z]{2,}(:\d+)?(\/|$)/i.test(text)) return `https://${text}`;
  return { error: "not a URL" };
}

/** `oss-cn-hangzhou` with format `oss-{region}` → `aliyun:cn-hangzhou`. */
export function renderRegion(raw: string, model: SinkModel): string | undefined {
  let region = raw.trim();
  if (region === "") return undefined;
  if (model.regionFormat) {
    const [before = "", after = ""] = model.regionFormat.split("{region}");
    if (region.startsWith(before) && region.endsWith(after) && region.length > before.length + after.length) {
      region = region.slice(before.length, region.length - after.length);
    }
  }
  return `${model.cloud ?? "cloud"}:${region}`;
}

/** The region inside an AWS ARN (`arn:aws:sns:eu-west-1:123:topic`), or undefined. */
export function regionOfArn(arn: string): string | undefined {
  const parts = arn.split(":");
  return parts[0] === "arn" && parts[3] ? parts[3] : undefined;
}

/** `https://key@o1.ingest.sentry.io/42` → `https://o1.ingest.sentry.io` (the key is a secret, the path a project id). */
function renderDsn(text: string): Rendered {
  try {
    const url = new URL(text);
    return `${url.protocol}//${url.host}`;
  } catch {
    return { error: "not a DSN" };
  }
}

/**
 * A `key=value;…` connection string → the endpoint it connects to:
 * Azure Storage (`<Service>Endpoint`, else `AccountName` + `EndpointSuffix` of the model's `storageService`),
 * Service Bus / Event Hubs / Web PubSub / Communication Services (`Endpoint`), Cosmos DB (`AccountEndpoint`),
 * Application Insights (`IngestionEndpoint`), IoT Hub (`HostName`), SQL Server (`Server` / `Data Source`).
 */
function renderConnectionString(text: string, model: SinkModel): Rendered {
  // A URL (with a SAS query string, say) given where a connection string may be.
  if (hasScheme(text)) return text;
  const fields = new Map<string, string>();
  for (const part of text.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) fields.set(part.slice(0, eq).trim().toLowerCase().replace(/\s+/g, " "), part.slice(eq + 1).trim());
  }
  if (fields.size === 0) {
    // A fully-qualified namespace or host where a connection string may be (`new ServiceBusClient(fqdn, credential)`).
    return /^[a-z0-9.-]+\.[a-z]{2,}(:\d+)?$/i.test(text) ? `${model.scheme ?? "https"}://${text}` : { error: "not a connection string" };
  }
  const service = model.storageService ?? "blob";
  if (fields.get("usedevelopmentstorage") === "true") return `http://127.0.0.1:${DEVELOPMENT_STORAGE_PORTS[service]}`;
  const serviceEndpoint = fields.get(`${service}endpoint`);
  if (serviceEndpoint) return serviceEndpoint.replace(/\/+$/, "");
  for (const key of ["endpoint", "accountendpoint", "ingestionendpoint"]) {
    const endpoint = fields.get(key);
    if (endpoint) return hasScheme(endpoint) ? endpoint.replace(/\/+$/, "") : `https://${endpoint.replace(/\/+$/, "")}`;
  }
  const hostName = fields.get("hostname");
  if (hostName) return `${model.scheme ?? "https"}://${hostName}`;
  const server = fields.get("server") ?? fields.get("data source") ?? fields.get("address") ?? fields.get("addr") ?? fields.get("network address");
  if (server) {
    // `tcp:myserver.database.windows.net,1433` → host and port.
    const [host = "", port] = server
      .replace(/^tcp:/i, "")
      .split(",")
      .map((s) => s.trim());
    return `${model.scheme ?? "mssql"}://${host}${port ? `:${port}` : ""}`;
  }
  const account = fields.get("accountname");
  if (!account) return { error: "connection string without an endpoint, host name or account name" };
  const protocol = fields.get("defaultendpointsprotocol") ?? "https";
  const suffix = fields.get("endpointsuffix") ?? "core.windows.net";
  return `${protocol}://${account}.${service}.${suffix}`;
}

/** Ports of the Azure Storage emulator (Azurite). */
const DEVELOPMENT_STORAGE_PORTS: Record<NonNullable<SinkModel["storageService"]>, number> = {
  blob: 10000,
  queue: 10001,
  table: 10002,
  file: 10000,
  dfs: 10000,
};
