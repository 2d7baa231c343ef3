import { domainToASCII } from "node:url";

/**
 * Host globs of the rule pack and of config `hosts`:
 *   `example.cn`      only that host
 *   `*.example.cn`    any subdomain, any depth, not the apex
 *   `**.example.cn`   the apex and any subdomain
 *   `api-*.example.cn` inside a label, `*` is any run of characters except a dot
 *   `{region}`        (cloud patterns) one of the provider's region codes
 * Matching is anchored at both ends and label-aware, so `*.cn` never matches
 * `example.com.cn.evil.io` and `**.sentry.io` never matches `notsentry.io`.
 */
export interface CompiledHostGlob {
  pattern: string;
  regex: RegExp;
  /** Characters of the host that literal pattern text must cover (wildcards excluded). */
  literalLength: number;
  /** No wildcard at all: an exact host beats a glob of the same length. */
  exact: boolean;
}

const ESCAPE = /[.+?^$()|[\]\\]/g;

/** Lower-cases and punycode-encodes the plain labels of a glob (`*.中国` → `*.xn--fiqs8s`). */
export function normaliseGlob(pattern: string): string {
  return pattern
    .trim()
    .toLowerCase()
    .replace(/\.+$/, "")
    .split(".")
    .map((label) => (/[^\x00-\x7f]/.test(label) && !/[*{}]/.test(label) ? domainToASCII(label) || label : label))
    .join(".");
}

/**
 * @param regionAlternatives region codes `{region}` may stand for (cloud patterns);
 *        longest first so that `europe-west10` is tried before `europe-west1`.
 */
export function compileHostGlob(pattern: string, regionAlternatives?: string[]): CompiledHostGlob {
  let body = normaliseGlob(pattern);
  let prefix = "";
  if (body.startsWith("**.")) {
    prefix = "(?:[^.]+\\.)*";
    body = body.slice(3);
  } else if (body.startsWith("*.")) {
    prefix = "(?:[^.]+\\.)+";
    body = body.slice(2);
  }
  const regions = regionAlternatives ? [...regionAlternatives].sort((a, b) => b.length - a.length || a.localeCompare(b)) : [];
  const source = body
    .replace(ESCAPE, "\\$&")
    .replace(/\*/g, "[^.]*")
    .replace(/\{region\}/g, () => `(?<region>${regions.map((r) => r.replace(ESCAPE, "\\$&")).join("|") || "(?!)"})`);
  return {
    pattern,
    regex: new RegExp(`^${prefix}${source}$`),
    literalLength: body.replace(/\*|\{region\}/g, "").length,
    exact: prefix === "" && !body.includes("*") && !body.includes("{region}"),
  };
}

/**
 * How specific a match is: literal characters (plus the region code a cloud
 * pattern captured) count twice, an exact host gets one more. The most
 * specific match wins, so `**.de.sentry.io` beats `**.sentry.io`, and
 * `{region}-*.googleapis.com` beats `**.googleapis.com`.
 */
export function matchSpecificity(glob: CompiledHostGlob, host: string): { score: number; region?: string } | undefined {
  const match = glob.regex.exec(host);
  if (!match) return undefined;
  const region = match.groups?.region;
  const literal = glob.literalLength + (region?.length ?? 0);
  return { score: literal * 2 + (glob.exact ? 1 : 0), ...(region !== undefined ? { region } : {}) };
}

/**
 * URL-form globs of config `hosts` (`s3://example-eu-logs`, `s3://acme-*`,
 * `https://api.example.com/eu/**`): `*` stays within one path segment or host
 * label run, `**` crosses `/`. A glob matches the URL or any URL below it.
 */
export function compileUrlGlob(pattern: string): CompiledHostGlob {
  const trimmed = pattern.trim().toLowerCase().replace(/\/+$/, "");
  const source = trimmed
    .replace(ESCAPE, "\\$&")
    .replace(/\*\*/g, "\u0000")
    .replace(/\*/g, "[^/]*")
    .replace(/\u0000/g, ".*");
  return {
    pattern,
    regex: new RegExp(`^${source}(?:[/?#].*)?$`),
    literalLength: trimmed.replace(/\*/g, "").length,
    exact: !trimmed.includes("*"),
  };
}
