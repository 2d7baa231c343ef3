export type { StaticValue } from "./static-value.js";
export { describeStaticValue, knownValue, valuesOf } from "./static-value.js";

export { createStaticEvaluator } from "./static-evaluator.js";

export { resolveDefinition, lookupPath } from "./definitions.js";
export { locationOf } from "./source-location.js";
export { unwrapExpression, accessedMemberName, isEvaluableFunction } from "./expression-shapes.js";

export type { TS } from "./typescript-module.js";
