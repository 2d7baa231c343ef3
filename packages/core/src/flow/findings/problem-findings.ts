import type { Finding } from "../../model/finding.js";
import type { AnalysisProblem } from "../taint/analysis-limits.js";
import { locationOf } from "../values/source-location.js";
import { findingMessage } from "../../messages/render-message.js";

/**
 * What the engine could not analyse fully, as `invalid-input` findings at the place it stopped: a flow that
 * was not followed is reported as not followed, never left out in silence. One finding per place and kind.
 */
export function problemFindings(problems: readonly AnalysisProblem[]): Finding[] {
  const findings = new Map<string, Finding>();
  for (const problem of problems) {
    const location = locationOf(problem.node);
    const id = `${location.file}:${location.line}:${location.column}|${problem.key}`;
    if (findings.has(id)) continue;
    findings.set(id, {
      ruleId: "invalid-input",
      level: "error",
      ...findingMessage("invalid-input", "analysisProblem", { problem: problem.message }),
      location,
      fingerprint: `flow-analysis|${problem.key}`,
    });
  }
  return [...findings.values()];
}
