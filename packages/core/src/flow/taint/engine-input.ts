import type { TypeScriptAnalysisInput } from "../../program/scan-typescript.js";
import type { StaticEvaluator } from "../values/static-evaluator.js";
import type { TaintEngineInput } from "./taint-engine.js";

/** What every taint-engine run over a scan shares; the analysers add their own sinks and parameter binding. */
export type ScanEngineInput = Pick<TaintEngineInput, "ts" | "program" | "pack" | "fields" | "files" | "sourceFiles" | "staticValue" | "sanitizers">;

/** The engine input a scan supplies (program, pack, classified fields, sanitizers), with static values from `evaluator`. */
export function scanEngineInput(input: TypeScriptAnalysisInput, evaluator: StaticEvaluator): ScanEngineInput {
  return {
    ts: input.ts,
    program: input.program,
    pack: input.pack,
    fields: input.fields,
    files: input.files,
    ...(input.sourceFiles ? { sourceFiles: input.sourceFiles } : {}),
    staticValue: (expression) => evaluator.evaluate(expression),
    sanitizers: input.config.sanitizers,
  };
}
