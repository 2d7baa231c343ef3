import type ts from "typescript";
import type { SourceLocation } from "../../model/location.js";
import type { TS } from "./typescript-module.js";
import type { ParameterValue, StaticValue } from "./static-value.js";
import { concatValues, knownValue, unknownValue, valuesOf } from "./static-value.js";
import { applyStringMethod, methodArguments } from "./string-methods.js";
import { joinBaseAndPath } from "./url-values.js";

/*
 * What a callee did to a caller-supplied value, redone on the value one caller
 * supplies (`StaticEvaluator.bindParameter`).
 */

/** String methods the callee applied to its parameter (`base.trim().replace(/\/+$/, "")`). */
export function applyMethods(
  ts: TS,
  inner: StaticValue,
  methods: NonNullable<ParameterValue["methods"]>,
  here: SourceLocation,
  evaluate: (expression: ts.Expression) => StaticValue,
): StaticValue {
  if (inner.kind === "parameter") return { ...inner, methods: [...(inner.methods ?? []), ...methods] };
  if (inner.kind === "unknown") return inner;
  let texts = valuesOf(inner);
  for (const { method, args } of methods) {
    const values = methodArguments(ts, args, evaluate);
    const next = values ? texts.map((text) => applyStringMethod(text, method, values)) : [];
    if (!values || next.some((t) => t === undefined)) return unknownValue(`.${method}(…) of a caller's value is not static`, here);
    texts = next as string[];
  }
  return knownValue(texts, inner.origin, inner.overridable);
}

/** A request path (or absolute URL) a caller supplies, joined with the client's base URL as the client does. */
export function joinToBase(base: string, path: StaticValue, here: SourceLocation): StaticValue {
  if (path.kind === "known")
    return knownValue(
      valuesOf(path).map((p) => joinBaseAndPath(base, p)),
      path.origin,
      path.overridable,
    );
  if (path.kind === "parameter") return { ...path, base: path.base ?? base };
  return concatValues([knownValue([base.replace(/\/+$/, "") + "/"], []), path], here);
}
