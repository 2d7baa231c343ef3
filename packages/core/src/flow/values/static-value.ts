import type ts from "typescript";
import type { SourceLocation } from "../../model/location.js";

/**
 * What static analysis knows about a string-valued expression (a URL, host,
 * bucket, DSN…).
 *
 * - `known`: the value is fixed by the code. `alternatives` lists every value
 *   when a ternary/`||` chain yields several (it includes `value`, which is the
 *   first). `overridable` says that an environment variable replaces it at run
 *   time (`process.env.X ?? "default"`): the default is what vdx judges.
 * - `parameter`: the value comes from parameter `index` of `func` (optionally a
 *   property path inside it), wrapped in `prefix`/`suffix`. Each caller decides
 *   the destination: see `bindParameterValue`.
 * - `unknown`: cannot be resolved statically; `reason` says why and `location`
 *   where analysis gave up.
 */
export type StaticValue =
  | {
      kind: "known";
      value: string;
      alternatives?: string[];
      overridable?: { env: string };
      origin: SourceLocation[];
    }
  | {
      kind: "parameter";
      func: ts.SignatureDeclaration;
      index: number;
      propertyPath: string[];
      prefix: string;
      suffix: string;
      /** A further caller-supplied part appended after `suffix` (`base + path`, both parameters of `func`). */
      next?: ParameterValue;
      /**
       * The value is computed from the parameter (`value.split(",")`, `value.trim()`): bound to an argument
       * read from the environment it is that environment read; bound to anything else it is not static.
       */
      derived?: true;
      /**
       * String methods applied to the argument, in order (`baseUrl.replace(/\/+$/, "")`): bound to a known
       * argument they are computed; bound to anything else the value is `derived`.
       */
      methods?: readonly { method: string; args: readonly ts.Expression[] }[];
      /**
       * A part not known statically follows (`${base}${path}` with a computed path): bound to a complete
       * origin (`https://api.example.de`) the destination is that origin with a dynamic path.
       */
      openEnd?: true;
      /**
       * A client's base URL the bound value is joined with as a request path, the way HTTP clients join
       * them (an absolute URL wins): `AXIOS_INSTANCE({ url })` with the url a caller supplies.
       */
      base?: string;
      /**
       * What the value is when the caller's argument visibly lacks the property: a property written before a
       * spread of the parameter (`{ url: "/vehicles/{vin}", ...options }`).
       */
      absentDefault?: ts.Expression;
    }
  | {
      kind: "unknown";
      reason: string;
      location: SourceLocation;
      /** The value is what environment variable `env` holds at run time (`process.env.X`, or computed from it). */
      env?: string;
    };

export type KnownValue = Extract<StaticValue, { kind: "known" }>;
export type ParameterValue = Extract<StaticValue, { kind: "parameter" }>;
export type UnknownValue = Extract<StaticValue, { kind: "unknown" }>;

/** A ternary chain may multiply alternatives; beyond this many the value is reported as unknown. */
const MAX_ALTERNATIVES = 16;

export function knownValue(values: readonly string[], origin: SourceLocation[], overridable?: { env: string }): KnownValue {
  const unique = [...new Set(values)];
  const result: KnownValue = { kind: "known", value: unique[0] ?? "", origin };
  if (unique.length > 1) result.alternatives = unique;
  if (overridable) result.overridable = overridable;
  return result;
}

/** Every value a known value may take (the value itself, or all alternatives). */
export function valuesOf(value: KnownValue): string[] {
  return value.alternatives ?? [value.value];
}

/** Applies a string transformation to each alternative of a known value; parameters get it on their prefix only when `onPrefix` is given. */
export function mapKnown(value: StaticValue, transform: (text: string) => string): StaticValue {
  if (value.kind !== "known") return value;
  return knownValue(valuesOf(value).map(transform), value.origin, value.overridable);
}

/**
 * Concatenation of static values (template literals, `+`). Known parts fold
 * into the prefix/suffix of a single parameter; two parameters, or any unknown,
 * make the whole unknown — unless the known head already fixes the host (or is a
 * rooted request path a base URL completes), which keeps it known as `head{…}`.
 */
export function concatValues(parts: readonly StaticValue[], location: SourceLocation): StaticValue {
  let prefixValues: string[] = [""];
  let suffixValues: string[] = [""];
  let parameter: ParameterValue | undefined;
  const origin: SourceLocation[] = [];
  let overridable: { env: string } | undefined;
  for (const [index, part] of parts.entries()) {
    if (part.kind === "parameter" && part.func === parameter?.func && suffixValues.length === 1) {
      // `base + path`: a second part the same caller supplies; each caller binds both.
      const rest = concatValues(parts.slice(index), location);
      if (rest.kind === "parameter")
        return { ...parameter, prefix: commonPrefix(prefixValues) + parameter.prefix, suffix: parameter.suffix + suffixValues[0]!, next: rest };
    }
    if (part.kind === "unknown" || (part.kind === "parameter" && parameter)) {
      // What follows a known scheme and host (or a rooted path) only fills in the path: the destination stays known.
      const heads = parameter ? [commonPrefix(prefixValues) + parameter.prefix] : prefixValues;
      if (heads.every((h) => hostIsFixed(h) || (!parameter && isRootedPath(h))))
        return knownValue(
          heads.map((h) => h + DYNAMIC_PART),
          origin,
          overridable,
        );
      // `${BASE}${path}`: a base URL that is a complete origin, then a path computed at run time.
      if (!parameter && heads.every(isCompleteOrigin))
        return knownValue(
          heads.map((h) => `${h}/${DYNAMIC_PART}`),
          origin,
          overridable,
        );
      // A caller-supplied base, then a path computed at run time or supplied elsewhere: the caller's base places it.
      if (parameter) {
        return { ...parameter, prefix: commonPrefix(prefixValues) + parameter.prefix, suffix: parameter.suffix + commonSuffix(suffixValues), openEnd: true };
      }
      return part.kind === "unknown" ? part : { kind: "unknown", reason: "concatenation of two caller-supplied values", location };
    }
    if (part.kind === "parameter") {
      // Several known heads that each fix the host (`${origin}/v${version}` with two origins): a caller's
      // part only fills in the path; one parameter prefix would keep just their common start and lose the hosts.
      if (!parameter && prefixValues.length > 1 && prefixValues.every(hostIsFixed))
        return knownValue(
          prefixValues.map((h) => h + DYNAMIC_PART),
          origin,
          overridable,
        );
      parameter = part;
      continue;
    }
    // After a caller-supplied part that already ends in a dynamic tail, the rest belongs to that tail.
    if (parameter?.openEnd) continue;
    if (parameter?.next) {
      // `base + path + "?…"`: what follows the second caller-supplied part goes after it.
      const tail = concatValues([parameter.next, part], location);
      if (tail.kind !== "parameter") return unknownValue("concatenation of caller-supplied values", location);
      parameter = { ...parameter, next: tail };
      continue;
    }
    origin.push(...part.origin);
    overridable ??= part.overridable;
    const target = parameter ? suffixValues : prefixValues;
    const next: string[] = [];
    for (const head of target) for (const tail of valuesOf(part)) next.push(head + tail);
    if (next.length > MAX_ALTERNATIVES) return { kind: "unknown", reason: `more than ${MAX_ALTERNATIVES} alternative values`, location };
    if (parameter) suffixValues = next;
    else prefixValues = next;
  }
  if (parameter) {
    // A parameter has one prefix: with several known alternatives before it, keep their common prefix.
    return {
      ...parameter,
      prefix: commonPrefix(prefixValues) + parameter.prefix,
      suffix: parameter.suffix + commonSuffix(suffixValues),
    };
  }
  return knownValue(prefixValues, origin, overridable);
}

/** How a dynamic part of a URL whose host is known is shown (`https://api.example.de/v2/packages/{…}`). */
const DYNAMIC_PART = "{…}";

/**
 * True when `prefix` already fixes scheme and host (`https://api.example.de/` or `…/v2/items?`): whatever
 * is appended lands in the path, query or fragment, so the destination's jurisdiction is known.
 */
function hostIsFixed(prefix: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s{}<>]+[/?#]/i.test(prefix);
}

/**
 * `https://api.example.de`, `http://10.0.0.5:8080`: scheme and a host that ends in a top-level domain (or is an
 * address or `localhost`), nothing after it. What a base URL usually is before a path is appended.
 */
function isCompleteOrigin(prefix: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/(?:\[[0-9a-f:.]+\]|\d{1,3}(?:\.\d{1,3}){3}|localhost|(?:[a-z0-9-]+\.)+[a-z]{2,})(?::\d{1,5})?$/i.test(prefix);
}

/** `/packages/` (not `//host`): a request path that a client's base URL completes; what follows cannot change the host. */
function isRootedPath(prefix: string): boolean {
  return /^\/(?!\/)/.test(prefix);
}

/** A caller-supplied value whose prefix fixes the host, judged by that host when no caller supplies the rest. */
export function fixedHostOfParameter(value: ParameterValue): KnownValue | undefined {
  if (value.base !== undefined && value.prefix === "") return undefined; // an absolute argument would replace the base
  return hostIsFixed(value.prefix) ? knownValue([value.prefix + DYNAMIC_PART + (value.next ? "" : value.suffix)], []) : undefined;
}

export function unknownValue(reason: string, location: SourceLocation, env?: string): UnknownValue {
  return env === undefined ? { kind: "unknown", reason, location } : { kind: "unknown", reason, location, env };
}

/** The run-time value of environment variable `env`, which the code gives no default. */
export function environmentValue(env: string, location: SourceLocation): UnknownValue {
  return unknownValue(`environment variable ${env} has no default in code`, location, env);
}

/**
 * Joins alternatives of several values (ternary branches, the returns of a function) into one known
 * value when all are known. A branch that is only an environment read (`env.HOSTS ? env.HOSTS.split(",")
 * : ["https://a.example"]`) leaves the others as the defaults that ship, overridable by that variable.
 */
export function unionValues(values: readonly StaticValue[], location: SourceLocation): StaticValue {
  const known: KnownValue[] = [];
  let environment: UnknownValue | undefined;
  for (const value of values) {
    if (value.kind === "unknown" && value.env !== undefined) environment ??= value;
    else if (value.kind !== "known") return value;
    else known.push(value);
  }
  if (known.length === 0) return environment ?? unknownValue("no value", location);
  const all = known.flatMap(valuesOf);
  if (new Set(all).size > MAX_ALTERNATIVES) return unknownValue(`more than ${MAX_ALTERNATIVES} alternative values`, location);
  const overridable = known.find((k) => k.overridable)?.overridable ?? (environment ? { env: environment.env! } : undefined);
  return knownValue(
    all,
    known.flatMap((k) => k.origin),
    overridable,
  );
}

/** A short human-readable rendering, for messages and `vdx explain`. */
export function describeStaticValue(value: StaticValue): string {
  switch (value.kind) {
    case "known": {
      const base = value.alternatives ? value.alternatives.join(" | ") : value.value;
      return value.overridable ? `${base} (default; overridable by $${value.overridable.env})` : base;
    }
    case "parameter": {
      const name = value.func.parameters[value.index]?.name.getText() ?? `#${value.index}`;
      const path = value.propertyPath.length > 0 ? "." + value.propertyPath.join(".") : "";
      const derived = value.derived ? " (computed)" : value.methods ? ` ${value.methods.map((m) => `.${m.method}(…)`).join("")}` : "";
      const base = value.base !== undefined ? `${value.base} + ` : "";
      return `${base}${value.prefix}<parameter ${name}${path}${derived}>${value.suffix}${value.next ? describeStaticValue(value.next) : ""}${value.openEnd ? DYNAMIC_PART : ""}`;
    }
    case "unknown":
      return `<unresolved: ${value.reason}>`;
  }
}

function commonPrefix(values: readonly string[]): string {
  let prefix = values[0] ?? "";
  for (const v of values) while (!v.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

function commonSuffix(values: readonly string[]): string {
  let suffix = values[0] ?? "";
  for (const v of values) while (!v.endsWith(suffix)) suffix = suffix.slice(1);
  return suffix;
}
