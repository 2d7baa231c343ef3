import type { StaticValue } from "../values/static-value.js";

/** A dedupe key for a destination: same value, same caller-supplied parameter, or same reason it is unknown. */
export function destinationKey(value: StaticValue): string {
  switch (value.kind) {
    case "known":
      return `k:${(value.alternatives ?? [value.value]).join("|")}`;
    case "parameter":
      return `p:${value.func.pos}:${value.index}:${value.propertyPath.join(".")}:${value.prefix}:${value.suffix}${value.next ? "+" + destinationKey(value.next) : ""}${value.derived ? ":d" : ""}${value.methods ? `:m${value.methods.map((m) => m.method + m.args.map((a) => a.pos).join("/")).join(",")}` : ""}${value.openEnd ? ":o" : ""}${value.base !== undefined ? `:b${value.base}` : ""}${value.absentDefault ? `:a${value.absentDefault.pos}` : ""}`;
    case "unknown":
      return `u:${value.reason}`;
  }
}
