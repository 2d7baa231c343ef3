import type { TSESLint } from "@typescript-eslint/utils";
import { renderFindingMessage, type Finding, type RuleId } from "@vdx/core";
import { fileStateOf, type FileState } from "../analysis/file-state.js";
import { reportProjectProblem } from "../report/project-problem.js";

type RuleContext = Readonly<TSESLint.RuleContext<"projectProblem", readonly unknown[]>>;
type ReadyState = Extract<FileState, { status: "ready" }>;

/**
 * The file state a vdx rule reports from, or undefined when it has nothing to
 * say: the file is out of scope or the config turns `ruleId` off. A broken
 * project is reported (once per file, whichever rule asks first) rather than
 * left looking like a clean bill.
 */
export function readyStateFor(context: RuleContext, ruleId: RuleId): ReadyState | undefined {
  const state = fileStateOf(context);
  if (state.status === "broken") {
    reportProjectProblem(context, state.problems);
    return undefined;
  }
  if (state.status !== "ready" || state.knowledge.config.rules[ruleId] === "off") return undefined;
  return state;
}

/**
 * The findings of `ruleId` among a file's core findings. An `invalid-input`
 * among them (a TypeScript file the core could not analyse, or a vdx bug) is
 * said once per file as a project problem by whichever rule meets it first.
 */
export function findingsOfRule(context: RuleContext, findings: readonly Finding[], ruleId: RuleId): Finding[] {
  const own: Finding[] = [];
  for (const finding of findings) {
    if (finding.ruleId === "invalid-input") reportProjectProblem(context, [renderFindingMessage(finding)]);
    else if (finding.ruleId === ruleId) own.push(finding);
  }
  return own;
}
