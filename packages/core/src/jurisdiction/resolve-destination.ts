import type { HostMapping } from "../model/config.js";
import type { Jurisdiction, RulePack } from "../model/pack.js";
import { bestPackMatch, bestUserMatch, compileTable, compileUserHosts, internalRange, internalSuffix, type CompiledTable } from "./compiled-table.js";
import { parseDestination, type ParsedDestination } from "./destination-input.js";
import { INTERNAL_NETWORK, UNKNOWN_JURISDICTION } from "./domestic.js";

/** Which kind of rule placed a destination. */
export type DestinationMatchKind = "user-host" | "host-rule" | "cloud-region" | "internal-range" | "internal-suffix" | "same-origin" | "ip" | "none";

export interface DestinationResolution {
  /** What was asked, unchanged. */
  input: string;
  /** Normalised host: lower case, no trailing dot, IDN in punycode; canonical IP text; "" when there is none. */
  host: string;
  /** The host with punycode labels decoded, when that differs (`例子.中国`). */
  unicodeHost?: string;
  scheme?: string;
  port?: number;
  /** Bucket URLs (`s3://bucket/key`): the bucket name. */
  bucket?: string;
  /** Set when a cloud region decided the jurisdiction (host pattern or `provider:region`). */
  cloud?: { provider: string; region: string };
  /** ISO 3166-1 alpha-2 code, `internal`, or `unknown`. */
  jurisdiction: Jurisdiction;
  matchedBy: DestinationMatchKind;
  /** The pattern that matched (`*.cn`, `aws:eu-central-1`, `10.0.0.0/8`, `.local`, or the config glob). */
  rule?: string;
  /** What the destination is (`Sentry SaaS (US region)`). */
  service?: string;
  /** Why the destination could not be read (relative URL, spaces, bad port…). */
  problem?: string;
}

export interface ResolveContext {
  pack: RulePack;
  /** Config `hosts`: tried before the pack (none when left out). */
  hosts?: HostMapping[];
}

/** Where a destination is, by the user's hosts first, then the pack. Pure: no DNS, no network. */
export function resolveDestination(destination: string, ctx: ResolveContext): DestinationResolution {
  if (typeof destination !== "string")
    return { input: String(destination), host: "", jurisdiction: UNKNOWN_JURISDICTION, matchedBy: "none", problem: "not a string" };
  const table = compileTable(ctx.pack.destinations);
  const parsed = parseDestination(destination, (id) => table.providersByName.has(id));
  return resolveParsed(destination, parsed, table, ctx.hosts ?? NO_HOSTS);
}

const NO_HOSTS: HostMapping[] = [];

/**
 * The jurisdiction of a cloud region as SDK clients are configured
 * (`new S3Client({ region: "eu-central-1" })` → `resolveCloudRegion("aws", "eu-central-1", …)`).
 * Provider ids and aliases of the pack (`aws`, `aliyun`/`alibaba`, `gcp`/`google`…) are accepted.
 */
export function resolveCloudRegion(provider: string, region: string, ctx: { pack: RulePack }): DestinationResolution {
  const table = compileTable(ctx.pack.destinations);
  const input = `${provider}:${region}`;
  return resolveRegion(input, provider.trim().toLowerCase(), region.trim().toLowerCase(), table);
}

function resolveParsed(input: string, parsed: ParsedDestination, table: CompiledTable, userHosts: HostMapping[]): DestinationResolution {
  switch (parsed.kind) {
    case "invalid":
      return { input, host: "", jurisdiction: UNKNOWN_JURISDICTION, matchedBy: "none", problem: parsed.problem };
    case "region":
      return resolveRegion(input, parsed.provider, parsed.region, table);
    case "same-origin":
      // A browser sends a rooted path to the server that served the page: the application's own back end.
      return { input, host: "", jurisdiction: INTERNAL_NETWORK, matchedBy: "same-origin", service: "the origin that serves the page (a rooted relative URL)" };
    case "bucket":
      return resolveBucket(input, parsed, table, userHosts);
    case "ip": {
      const base = {
        input,
        host: parsed.host,
        ...(parsed.scheme ? { scheme: parsed.scheme } : {}),
        ...(parsed.port !== undefined ? { port: parsed.port } : {}),
      };
      const user = bestUserMatch(compileUserHosts(userHosts), {
        host: parsed.host,
        address: parsed.address,
        url: urlOf(parsed.scheme, parsed.host, parsed.path),
      });
      if (user) return { ...base, ...fromUser(user.mapping) };
      const block = internalRange(table, parsed.address);
      if (block) return { ...base, jurisdiction: INTERNAL_NETWORK, matchedBy: "internal-range", rule: block.text };
      // A public address tells nothing about where it is without a lookup vdx never makes.
      return { ...base, jurisdiction: UNKNOWN_JURISDICTION, matchedBy: "ip" };
    }
    case "host": {
      const base = {
        input,
        host: parsed.host,
        ...(parsed.unicodeHost ? { unicodeHost: parsed.unicodeHost } : {}),
        ...(parsed.scheme ? { scheme: parsed.scheme } : {}),
        ...(parsed.port !== undefined ? { port: parsed.port } : {}),
      };
      const user = bestUserMatch(compileUserHosts(userHosts), { host: parsed.host, url: urlOf(parsed.scheme, parsed.host, parsed.path) });
      if (user) return { ...base, ...fromUser(user.mapping) };
      const suffix = internalSuffix(table, parsed.host);
      if (suffix) return { ...base, jurisdiction: INTERNAL_NETWORK, matchedBy: "internal-suffix", rule: suffix };
      if (table.singleLabel && parsed.explicit && !parsed.host.includes(".")) {
        return {
          ...base,
          jurisdiction: INTERNAL_NETWORK,
          matchedBy: "internal-suffix",
          rule: "(single-label host)",
          service: "local DNS name (compose / Kubernetes service, search domain)",
        };
      }
      const best = bestPackMatch(table, parsed.host);
      if (!best) return { ...base, jurisdiction: UNKNOWN_JURISDICTION, matchedBy: "none" };
      return {
        ...base,
        jurisdiction: best.jurisdiction,
        matchedBy: best.kind,
        rule: best.rule,
        ...(best.service ? { service: best.service } : {}),
        ...(best.cloud ? { cloud: best.cloud } : {}),
      };
    }
  }
}

function resolveRegion(input: string, providerName: string, region: string, table: CompiledTable): DestinationResolution {
  const provider = table.providersByName.get(providerName);
  if (!provider) return { input, host: "", jurisdiction: UNKNOWN_JURISDICTION, matchedBy: "none", problem: `unknown cloud provider "${providerName}"` };
  const jurisdiction = provider.regions[region];
  if (!jurisdiction) {
    return {
      input,
      host: "",
      jurisdiction: UNKNOWN_JURISDICTION,
      matchedBy: "none",
      service: provider.title,
      problem: `"${region}" is not a ${provider.title} region the rule pack knows`,
    };
  }
  return {
    input,
    host: "",
    jurisdiction,
    matchedBy: "cloud-region",
    rule: `${provider.id}:${region}`,
    service: `${provider.title} (${region})`,
    cloud: { provider: provider.id, region },
  };
}

/**
 * `s3://bucket/key`: the bucket name says nothing about the region, so only a
 * config glob (`s3://example-eu-*`) places it — or a bucket written in its
 * regional host form, where only cloud-region patterns may decide (a bucket
 * called `logs.example.cn` is not thereby in China).
 */
function resolveBucket(
  input: string,
  parsed: Extract<ParsedDestination, { kind: "bucket" }>,
  table: CompiledTable,
  userHosts: HostMapping[],
): DestinationResolution {
  const base = { input, host: parsed.bucket, bucket: parsed.bucket, scheme: parsed.scheme };
  const user = bestUserMatch(compileUserHosts(userHosts), { url: `${parsed.scheme}://${parsed.bucket}${parsed.path}` });
  if (user) return { ...base, ...fromUser(user.mapping) };
  const best = bestPackMatch(table, parsed.bucket);
  if (best?.kind === "cloud-region") {
    return {
      ...base,
      jurisdiction: best.jurisdiction,
      matchedBy: "cloud-region",
      rule: best.rule,
      ...(best.service ? { service: best.service } : {}),
      ...(best.cloud ? { cloud: best.cloud } : {}),
    };
  }
  return {
    ...base,
    jurisdiction: UNKNOWN_JURISDICTION,
    matchedBy: "none",
    problem: `the region of bucket "${parsed.bucket}" is not visible in the URL: map it in config hosts (e.g. "${parsed.scheme}://${parsed.bucket}")`,
  };
}

function fromUser(mapping: HostMapping): Pick<DestinationResolution, "jurisdiction" | "matchedBy" | "rule" | "service"> {
  return { jurisdiction: mapping.jurisdiction, matchedBy: "user-host", rule: mapping.match, ...(mapping.service ? { service: mapping.service } : {}) };
}

function urlOf(scheme: string | undefined, host: string, path: string): string | undefined {
  return scheme ? `${scheme}://${host}${path}` : undefined;
}
