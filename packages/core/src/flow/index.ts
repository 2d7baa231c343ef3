export { analyzeFlows, type FlowAnalysisInput, type FlowAnalysisResult } from "./analyze-flows.js";

export { type TaintEngineResult } from "./taint/taint-engine.js";
export type { SinkCallLike } from "./taint/flow-types.js";

export { placeDestination } from "./border/place-destination.js";
export { samePlainValue } from "./taint/same-plain-value.js";
export { taintWork } from "./taint/taint.js";
