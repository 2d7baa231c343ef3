import type { StaticValue } from "../values/static-value.js";
import type { CallNode } from "./api-path.js";

/** Ranking and wording of resolved values, for choosing among selectors and for codeFlow messages. */

/** Known beats caller-supplied beats unknown; among equals the first selector wins. */
export function better(candidate: StaticValue, current: StaticValue | undefined): boolean {
  if (!current) return true;
  const rank = (v: StaticValue): number => (v.kind === "known" ? 2 : v.kind === "parameter" ? 1 : 0);
  return rank(candidate) > rank(current);
}

export function describeCallee(call: CallNode): string {
  const text = call.expression.getText().replace(/\s+/g, " ");
  const short = text.length > 60 ? text.slice(0, 57) + "…" : text;
  const isNew = call.getText().trimStart().startsWith("new ");
  return `${isNew ? "new " : ""}${short}(…)`;
}

export function describeShort(value: StaticValue): string {
  if (value.kind === "known") return value.alternatives ? value.alternatives.join(" | ") : value.value;
  if (value.kind === "parameter") return `${value.prefix}<caller-supplied>${value.suffix}`;
  return `<unresolved: ${value.reason}>`;
}
