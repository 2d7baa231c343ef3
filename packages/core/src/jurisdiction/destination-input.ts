import { domainToUnicode } from "node:url";
import { formatIp, parseIp, type IpAddress } from "./ip-address.js";

/**
 * Turns whatever code passes as a destination — a URL of any scheme, `host`,
 * `host:port`, userinfo, IPv4/IPv6 literals, bucket URLs, `provider:region` —
 * into one normalised form. Pure string work: no DNS, no network.
 */
export type ParsedDestination =
  | {
      kind: "host";
      /** Lower case, no trailing dot, IDN labels in punycode (what the rules match). */
      host: string;
      /** The same host with punycode labels decoded, when that differs. */
      unicodeHost?: string;
      scheme?: string;
      port?: number;
      /** Path, query and fragment after the authority (for URL-form user globs). */
      path: string;
      /** Written with a scheme, a port or brackets: clearly a host, not a relative path. */
      explicit: boolean;
    }
  | { kind: "ip"; host: string; address: IpAddress; scheme?: string; port?: number; path: string }
  | { kind: "bucket"; scheme: string; bucket: string; path: string }
  | { kind: "region"; provider: string; region: string }
  /** A path without a host (`/api/positions`): what a browser resolves against the page's own origin. */
  | { kind: "same-origin"; path: string }
  | { kind: "invalid"; problem: string };

/**
 * URL schemes whose authority names a cloud resource, not a host: object-store buckets, and the streams,
 * tables, functions and topics the sink catalogue renders as `<scheme>://<name>` (`kinesis://trips`).
 * A name alone places nothing (a single-label name is not a local host).
 */
const BUCKET_SCHEMES = new Set([
  "s3",
  "s3a",
  "s3n",
  "oss",
  "cos",
  "gs",
  "obs",
  "bos",
  "r2",
  "minio",
  "tos",
  "kinesis",
  "firehose",
  "dynamodb",
  "lambda",
  "timestream",
  "logs",
  "pubsub",
]);

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
/** `aws:eu-central-1` — a provider id and a region code that is not a port number. */
const REGION_FORM = /^([a-z][a-z0-9-]*):([a-z][a-z0-9-]*)$/i;

export function parseDestination(input: string, isCloudProvider: (id: string) => boolean): ParsedDestination {
  const text = input.trim();
  if (text === "") return { kind: "invalid", problem: "empty destination" };
  const regionForm = REGION_FORM.exec(text);
  if (regionForm && isCloudProvider(regionForm[1]!.toLowerCase())) {
    return { kind: "region", provider: regionForm[1]!.toLowerCase(), region: regionForm[2]!.toLowerCase() };
  }

  let scheme: string | undefined;
  let rest = text;
  const schemeMatch = SCHEME.exec(text);
  if (schemeMatch) {
    scheme = schemeMatch[1]!.toLowerCase();
    rest = text.slice(schemeMatch[0].length);
  } else if (text.startsWith("//")) {
    rest = text.slice(2);
  } else if (text.startsWith("/")) {
    return { kind: "same-origin", path: text };
  } else if (text.startsWith(".") || text.startsWith("?") || text.startsWith("#")) {
    return { kind: "invalid", problem: "a relative URL names no host" };
  }

  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd < 0 ? rest : rest.slice(0, authorityEnd);
  const path = authorityEnd < 0 ? "" : rest.slice(authorityEnd);
  if (/\s/.test(authority)) return { kind: "invalid", problem: "a host name cannot contain spaces" };

  if (scheme && BUCKET_SCHEMES.has(scheme)) {
    if (authority === "") return { kind: "invalid", problem: `${scheme}:// URL without a bucket name` };
    return { kind: "bucket", scheme, bucket: authority.toLowerCase(), path };
  }

  // Userinfo may itself contain `@` in sloppy URLs; the host follows the last one.
  const withoutUser = authority.slice(authority.lastIndexOf("@") + 1);
  // Multi-host authorities (`mongodb://h1,h2/db`, Kafka broker lists) name replicas of one
  // service; the first host stands for them.
  const hostPort = withoutUser.split(",")[0] ?? "";
  const split = splitHostPort(hostPort);
  if (typeof split === "string") return { kind: "invalid", problem: split };
  const { hostText, port, bracketed } = split;
  if (hostText === "") return { kind: "invalid", problem: "no host name" };

  const normalised = normaliseHost(hostText, bracketed);
  if (typeof normalised === "string") return { kind: "invalid", problem: normalised };
  if ("address" in normalised) {
    return { kind: "ip", host: normalised.host, address: normalised.address, ...(scheme ? { scheme } : {}), ...(port !== undefined ? { port } : {}), path };
  }
  const unicodeHost = domainToUnicode(normalised.host);
  return {
    kind: "host",
    host: normalised.host,
    ...(unicodeHost && unicodeHost !== normalised.host ? { unicodeHost } : {}),
    ...(scheme ? { scheme } : {}),
    ...(port !== undefined ? { port } : {}),
    path,
    explicit: scheme !== undefined || port !== undefined || text.startsWith("//"),
  };
}

function splitHostPort(hostPort: string): { hostText: string; port?: number; bracketed: boolean } | string {
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    if (close < 0) return "unclosed [ in an IPv6 address";
    const after = hostPort.slice(close + 1);
    if (after !== "" && !/^:\d{1,5}$/.test(after)) return `unexpected "${after}" after an IPv6 address`;
    return { hostText: hostPort.slice(1, close), bracketed: true, ...(after ? { port: Number(after.slice(1)) } : {}) };
  }
  // Two colons or more without brackets can only be a bare IPv6 literal (`::1`, `fe80::1`).
  if ((hostPort.match(/:/g) ?? []).length >= 2) return { hostText: hostPort, bracketed: true };
  const colon = hostPort.indexOf(":");
  if (colon < 0) return { hostText: hostPort, bracketed: false };
  const portText = hostPort.slice(colon + 1);
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) return `"${portText}" is not a port number`;
  return { hostText: hostPort.slice(0, colon), port: Number(portText), bracketed: false };
}

/**
 * The WHATWG URL host parser does the hard parts the same way browsers and
 * Node's `fetch` do: lower case, IDN → punycode, IPv4 shorthand (`0x7f.1`,
 * `2130706433`) → dotted, IPv6 compression.
 */
function normaliseHost(hostText: string, bracketed: boolean): { host: string } | { host: string; address: IpAddress } | string {
  const withoutDot = hostText.replace(/\.+$/, "");
  if (withoutDot === "") return "no host name";
  if (bracketed) {
    const address = parseIp(withoutDot.replace(/%.*$/, ""));
    if (!address) return `"${hostText}" is not an IPv6 address`;
    return { host: formatIp(address), address };
  }
  let parsed: string;
  try {
    parsed = new URL(`http://${withoutDot}/`).hostname;
  } catch {
    return `"${hostText}" is not a valid host name`;
  }
  const address = parseIp(parsed);
  if (address) return { host: formatIp(address), address };
  return { host: parsed.replace(/\.+$/, "") };
}
