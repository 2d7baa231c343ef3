import type { TSESLint } from "@typescript-eslint/utils";
import { claimBrokenReport } from "../analysis/file-state.js";

/** Every vdx rule carries this message: why it is silent on a project whose inputs are broken. */
export const PROJECT_PROBLEM_MESSAGE = "vdx cannot analyse this file: {{problem}}";

/**
 * Reports a broken config, pack, registry or `settings.vdx` at the top of the
 * file, once per file whichever vdx rule asks first. The CLI stops with exit
 * code 2 on the same problems; staying silent here would look like a clean bill.
 */
export function reportProjectProblem(context: Readonly<TSESLint.RuleContext<"projectProblem", readonly unknown[]>>, problems: readonly string[]): void {
  if (!claimBrokenReport(context)) return;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
  context.report({
    loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } },
    messageId: "projectProblem",
    data: { problem: `${problems[0] ?? "unknown problem"}${more}` },
  });
}
