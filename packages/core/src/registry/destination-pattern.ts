import { compileHostGlob, normaliseGlob } from "../jurisdiction/host-glob.js";

/**
 * The destinations an assessment record names, and whether a flow's resolved
 * destination falls under one of them.
 *
 * A pattern is one of
 * - a host glob: `telemetry.example.com`, `*.example.de` (any subdomain, not the
 *   apex), `**.example.de` (the apex and any subdomain), `10.20.*.*` — the rule
 *   pack's grammar, compiled by `compileHostGlob` (jurisdiction/host-glob.ts);
 * - a URL: `https://api.example.de` or `https://api.example.de/v1/**` (the scheme
 *   family must agree, the path is a glob where `*` stays inside one segment);
 * - a bucket URL: `s3://example-eu-logs`, `s3://logs-*`, `oss://bucket/prefix/**`.
 *
 * A host glob matches any destination that has a host (a bare host, or a URL
 * of a non-bucket scheme); it never matches a bucket URL, whose "authority" is
 * a bucket name, not a host.
 */

/** Schemes whose authority is a bucket or container name rather than a host. */
const BUCKET_SCHEMES = new Set(["s3", "s3a", "gs", "oss", "cos", "obs", "bos", "ks3", "r2", "azblob", "wasb", "wasbs", "abfs", "abfss"]);

/** Schemes that reach the same host and differ only by transport security. */
const SCHEME_FAMILIES: Record<string, string> = {
  http: "http",
  https: "http",
  ws: "ws",
  wss: "ws",
  mqtt: "mqtt",
  mqtts: "mqtt",
  amqp: "amqp",
  amqps: "amqp",
  grpc: "grpc",
  grpcs: "grpc",
};

export interface DestinationParts {
  /** Lower-case scheme without `://`, or undefined for a bare host. */
  scheme?: string;
  /** Lower-case host (no port, no user info, no trailing dot) or bucket name. */
  authority: string;
  /** Path after the authority, `""` when there is none. */
  path: string;
  bucket: boolean;
}

export function destinationParts(text: string): DestinationParts | undefined {
  const trimmed = text.trim();
  if (trimmed === "" || /\s/.test(trimmed)) return undefined;
  const schemeMatch = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(trimmed);
  const scheme = schemeMatch ? schemeMatch[1]!.toLowerCase() : undefined;
  const rest = schemeMatch ? schemeMatch[2]! : trimmed.replace(/^\/\//, "");
  const cut = rest.search(/[/?#]/);
  let authority = cut === -1 ? rest : rest.slice(0, cut);
  const path = cut === -1 ? "" : rest.slice(cut).replace(/[?#].*$/, "");
  authority = authority.replace(/^[^@]*@/, ""); // user info never names the recipient
  if (authority.startsWith("[")) {
    const end = authority.indexOf("]");
    authority = end === -1 ? authority : authority.slice(0, end + 1); // IPv6 literal, port dropped
  } else {
    authority = authority.replace(/:[0-9*]*$/, "");
  }
  authority = authority.toLowerCase().replace(/\.$/, "");
  if (authority === "") return undefined;
  const bucket = scheme !== undefined && BUCKET_SCHEMES.has(scheme);
  return { ...(scheme !== undefined ? { scheme } : {}), authority: bucket ? authority : toAsciiHost(authority), path, bucket };
}

/** `例子.中国` → `xn--fsqu00a.xn--fiqs8s`, so a record and a resolved URL spell one host the same way. */
function toAsciiHost(host: string): string {
  return /[^\x00-\x7f]/.test(host) ? normaliseGlob(host) : host;
}

/** Why a record's destination pattern is unusable, or undefined when it is fine. */
export function destinationPatternProblem(pattern: string): string | undefined {
  const parsed = destinationParts(pattern);
  if (!parsed) return `"${pattern}" is not a host glob, URL or bucket URL`;
  if (!parsed.bucket && !/^[a-z0-9*_.[\]:-]+$/.test(parsed.authority)) {
    return `"${pattern}" has characters that cannot appear in a host name`;
  }
  if (parsed.authority === "*" || parsed.authority === "**") return `"${pattern}" matches every host; name the recipient's hosts`;
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, "\\$&");
}

/** `*` stays inside one `separator`-delimited part, `**` crosses parts, `?` is one character. */
function globToRegExpSource(glob: string, separator: string): string {
  const sep = escapeRegExp(separator);
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === "*" && glob[i + 1] === "*") {
      source += ".*";
      i++;
    } else if (ch === "*") {
      source += `[^${sep}]*`;
    } else if (ch === "?") {
      source += `[^${sep}]`;
    } else {
      source += escapeRegExp(ch);
    }
  }
  return source;
}

const pathRegExps = new Map<string, RegExp>();

function pathMatches(patternPath: string, path: string): boolean {
  if (patternPath === "" || patternPath === "/") return true;
  const normalized = path === "" ? "/" : path;
  return remember(pathRegExps, patternPath, () => new RegExp(`^${globToRegExpSource(patternPath, "/")}$`)).test(normalized);
}

function sameSchemeFamily(a: string, b: string): boolean {
  return (SCHEME_FAMILIES[a] ?? a) === (SCHEME_FAMILIES[b] ?? b);
}

/** A compiled record pattern: parse and regex work done once per distinct pattern. */
export type DestinationMatcher = (destination: DestinationParts) => boolean;

const NEVER: DestinationMatcher = () => false;
const MAX_CACHED = 10_000;
const matcherCache = new Map<string, DestinationMatcher>();
const partsCache = new Map<string, DestinationParts | undefined>();

function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  if (cache.size >= MAX_CACHED) cache.clear(); // bounded: a long-lived ESLint process sees many registries
  const value = make();
  cache.set(key, value);
  return value;
}

export function compileDestinationPattern(pattern: string): DestinationMatcher {
  return remember(matcherCache, pattern, () => {
    const want = destinationParts(pattern);
    if (!want) return NEVER;
    if (want.bucket) {
      const bucket = new RegExp(`^${globToRegExpSource(want.authority, "/")}$`);
      return (have) => have.bucket && have.scheme === want.scheme && bucket.test(have.authority) && pathMatches(want.path, have.path);
    }
    // Same host-glob grammar as the rule pack's destination table (one matcher, one meaning).
    const host = compileHostGlob(want.authority).regex;
    return (have) => {
      if (have.bucket) return false;
      if (want.scheme !== undefined && have.scheme !== undefined && !sameSchemeFamily(want.scheme, have.scheme)) return false;
      return host.test(have.authority) && pathMatches(want.path, have.path);
    };
  });
}

/** `destinationParts` with a bounded cache (flows repeat the same few destinations). */
export function cachedDestinationParts(destination: string): DestinationParts | undefined {
  return remember(partsCache, destination, () => destinationParts(destination));
}

/** Whether the flow's resolved destination (host, URL or bucket URL) falls under the record's pattern. */
export function destinationMatches(pattern: string, destination: string): boolean {
  const have = cachedDestinationParts(destination);
  return have !== undefined && compileDestinationPattern(pattern)(have);
}
