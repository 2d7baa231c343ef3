import { vi } from "vitest";
import { FunctionAnalysis } from "../../../packages/core/src/flow/taint/function-analysis.js";
import { functionName } from "../../../packages/core/src/flow/taint/units.js";
import { morph } from "../sinks/matcher-fixture.js";

/** Names of the function units (not module units) the taint engine analyses afresh while `run` runs, sorted. */
export function analysedDuring(run: () => void): string[] {
  const names: string[] = [];
  const original = FunctionAnalysis.prototype.run;
  const spy = vi.spyOn(FunctionAnalysis.prototype, "run").mockImplementation(function (this: FunctionAnalysis) {
    if (!morph.isSourceFile(this.unit)) names.push(functionName(morph, this.unit));
    return original.call(this);
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return names.sort();
}
