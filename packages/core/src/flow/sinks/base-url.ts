import type { SourceLocation } from "../../model/location.js";
import type { StaticValue } from "../values/static-value.js";
import { knownValue, unknownValue, valuesOf } from "../values/static-value.js";
import { joinBaseAndPath } from "../values/url-values.js";

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * A client's base URL (axios `baseURL`, got/ky `prefixUrl`, undici `Pool`
 * origin) combined with the per-request path. An absolute request URL wins.
 */
export function combineBaseAndPath(base: StaticValue, path: StaticValue | undefined, location: SourceLocation): StaticValue {
  if (!path) return base;
  if (path.kind === "unknown") return path;
  if (path.kind === "known" && valuesOf(path).every((p) => ABSOLUTE.test(p))) return path;
  if (base.kind === "unknown") return base;
  if (base.kind === "parameter") {
    if (path.kind === "parameter") {
      // `this.http.post(\`/vehicles/${this.vin}\`)`: a client's base from its constructor, a path from elsewhere.
      if (path.func !== base.func && (path.prefix === "" || path.prefix.startsWith("/"))) {
        return { ...base, suffix: base.suffix + (path.prefix === "" ? "" : "/" + path.prefix.replace(/^\/+/, "")), openEnd: true };
      }
      // `request(options)` in a helper: `options.baseUrl` and `options.uri` of one argument. Callers of such a
      // helper almost always spell an absolute `uri` and no base; each caller's object decides (a relative `uri`
      // then stays unresolved there, never silent).
      if (path.func === base.func && path.index === base.index && path.prefix === "" && !base.derived) return path;
      return unknownValue("base URL and path both supplied by callers", location);
    }
    return path.alternatives ? base : { ...base, suffix: base.suffix + "/" + path.value.replace(/^\/+/, "") };
  }
  if (path.kind === "parameter") {
    if (base.alternatives) return unknownValue("several base URLs with a caller-supplied path", location);
    // The caller supplies the whole request path (or an absolute URL, which wins): joined at binding.
    if (path.prefix === "" && path.base === undefined) return { ...path, base: base.value };
    return { ...path, prefix: base.value.replace(/\/+$/, "") + "/" + path.prefix.replace(/^\/+/, "") };
  }
  const joined: string[] = [];
  for (const b of valuesOf(base)) for (const p of valuesOf(path)) joined.push(joinBaseAndPath(b, p));
  return knownValue(joined, [...base.origin, ...path.origin], base.overridable ?? path.overridable);
}
