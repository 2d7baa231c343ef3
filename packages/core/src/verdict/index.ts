export { evaluateFlow, isDomestic, type EvaluationContext } from "./evaluate-flow.js";

