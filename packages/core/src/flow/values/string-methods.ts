import type ts from "typescript";
import type { TS } from "./typescript-module.js";
import type { StaticValue } from "./static-value.js";
import { unwrapExpression } from "./expression-shapes.js";

/**
 * String methods applied to statically known text, as at run time: what
 * configuration code does to URLs (`base.replace(/\/+$/, "")`,
 * `template.replace("{region}", region)`, `host.trim().toLowerCase()`). Pure
 * computation on literals; a pattern vdx cannot build is not evaluated.
 */

/** The methods whose result is computed here; any other method of a known string is not static. */
export const STRING_METHODS = new Set(["replace", "replaceAll", "trim", "trimStart", "trimEnd", "toLowerCase", "toUpperCase", "slice", "substring"]);

/** A call's arguments, evaluated for a string method: literal text, a regular expression, or a number. */
export type MethodArgument = string | RegExp | number;

/** Reads the arguments of a string method call; undefined when one is not static. */
export function methodArguments(ts: TS, args: readonly ts.Expression[], evaluate: (e: ts.Expression) => StaticValue): MethodArgument[] | undefined {
  const values: MethodArgument[] = [];
  for (const argument of args) {
    const node = unwrapExpression(ts, argument);
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text;
      const end = text.lastIndexOf("/");
      try {
        values.push(new RegExp(text.slice(1, end), text.slice(end + 1)));
      } catch {
        return undefined;
      }
      continue;
    }
    if (ts.isNumericLiteral(node)) {
      values.push(Number(node.text));
      continue;
    }
    const value = evaluate(node);
    if (value.kind !== "known" || value.alternatives) return undefined;
    values.push(value.value);
  }
  return values;
}

/** `text.method(...args)`, or undefined when the method or its arguments are not supported. */
export function applyStringMethod(text: string, method: string, args: readonly MethodArgument[]): string | undefined {
  const [first, second] = args;
  switch (method) {
    case "trim":
    case "trimStart":
    case "trimEnd":
    case "toLowerCase":
    case "toUpperCase":
      return args.length === 0 ? text[method]() : undefined;
    case "replace":
    case "replaceAll":
      if ((typeof first !== "string" && !(first instanceof RegExp)) || typeof second !== "string") return undefined;
      if (method === "replaceAll" && first instanceof RegExp && !first.global) return undefined;
      return method === "replace" ? text.replace(first, second) : text.replaceAll(first, second);
    case "slice":
    case "substring":
      if (typeof first !== "number" || (second !== undefined && typeof second !== "number")) return undefined;
      return method === "slice" ? text.slice(first, second) : text.substring(first, second);
    default:
      return undefined;
  }
}
