import type { RulePack } from "@vdx/core";

const matchers = new WeakMap<RulePack, (name: string) => boolean>();

/**
 * Whether a package (or Node built-in module) is one the rule pack's sink
 * or remote-access catalogues name. Catalogue package fields are globs with braces and stars
 * (`@aws-sdk/{client-dynamodb,lib-dynamodb}`, `@sentry/*`,
 * `firebase-admin{,/firestore}`); a package matches when it equals an
 * expansion or is its root (`firebase-admin` for `firebase-admin/firestore`).
 */
export function sinkPackageMatcherOf(pack: RulePack): (name: string) => boolean {
  let matcher = matchers.get(pack);
  if (!matcher) {
    const remote = pack.remote;
    const packages = [
      ...pack.sinks.map((sink) => sink.package),
      // Remote access: store readers, replication calls, route frameworks, controllers, CORS/auth exposures.
      ...(remote
        ? [...remote.stores, ...remote.replications, ...remote.frameworks, ...remote.controllers, ...remote.exposures].map((entry) => entry.package)
        : []),
    ];
    const patterns = packages
      .filter((name) => name !== "global")
      .flatMap((name) => expandBraces(name))
      .map((expanded) => {
        const root = /^(@[^/]+\/[^/]+|[^@/][^/]*)/.exec(expanded)?.[1] ?? expanded;
        return new RegExp(`^${root.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")}$`);
      });
    matcher = (name) => patterns.some((pattern) => pattern.test(name));
    matchers.set(pack, matcher);
  }
  return matcher;
}

/** `a{b,c}d{e,}` → abde, abd, acde, acd. */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf("{");
  if (open < 0) return [pattern];
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    if (pattern[i] === "{") depth++;
    else if (pattern[i] === "}" && --depth === 0) {
      const alternatives = splitTopLevel(pattern.slice(open + 1, i));
      const rest = pattern.slice(i + 1);
      return alternatives.flatMap((alternative) => expandBraces(pattern.slice(0, open) + alternative + rest));
    }
  }
  return [pattern];
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of body) {
    if (char === "," && depth === 0) {
      parts.push(current);
      current = "";
      continue;
    }
    if (char === "{") depth++;
    if (char === "}") depth--;
    current += char;
  }
  parts.push(current);
  return parts;
}
