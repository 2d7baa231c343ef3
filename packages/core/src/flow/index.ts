export { analyzeFlows, type FlowAnalysisInput, type FlowAnalysisResult } from "./analyze-flows.js";
export { flowAnalyzer } from "./flow-analyzer.js";
export { runTaintEngine, type TaintEngineInput, type TaintEngineResult } from "./taint/taint-engine.js";
export type { SinkCallLike, RawFlow, FunctionSummary, SinkReach } from "./taint/flow-types.js";
export { CodePlacements, type CodePlacement } from "./border/code-placement.js";
export { placeDestination, explainResolution, type PlacedDestination, type PlacementHints } from "./border/place-destination.js";
export { samePlainValue } from "./taint/same-plain-value.js";
export { taintWork } from "./taint/taint.js";
