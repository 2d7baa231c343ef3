import type ts from "typescript";
import type { FlowStep } from "../../model/finding.js";
import { locationOf } from "../values/source-location.js";
import { describeStaticValue, fixedHostOfParameter, type ParameterValue, type StaticValue } from "../values/static-value.js";
import type { EngineContext } from "./engine-context.js";
import type { SinkCallLike } from "./flow-types.js";

/**
 * A helper's parameter destination as one caller supplies it (the argument or
 * the default value, a property path inside it, the helper's prefix and
 * suffix), with the step that explains it.
 */
export function resolveDestinationAtCall(
  ctx: EngineContext,
  sink: SinkCallLike,
  parameter: ParameterValue,
  call: ts.CallExpression | ts.NewExpression,
): { value: StaticValue; step: FlowStep } {
  const location = locationOf(call);
  const bound = ctx.bindParameter(sink, parameter, call);
  // A caller whose argument is not static still cannot move a destination whose host the helper fixes.
  const value = bound.kind === "unknown" ? (fixedHostOfParameter(parameter) ?? bound) : bound;
  const callee = call.expression.getText().slice(0, 60);
  return {
    value,
    step: { location, message: `${callee}(…) is given destination ${describeStaticValue(value)} for its parameter ${parameterName(parameter)}` },
  };
}

function parameterName(parameter: ParameterValue): string {
  const name = parameter.func.parameters[parameter.index]?.name.getText() ?? `#${parameter.index}`;
  return parameter.propertyPath.length > 0 ? `${name}.${parameter.propertyPath.join(".")}` : name;
}
