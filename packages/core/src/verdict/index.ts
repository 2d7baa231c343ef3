export { evaluateFlow, type EvaluationContext } from "./evaluate-flow.js";
