import type { TSESLint } from "@typescript-eslint/utils";
import { messageTemplate, messageTemplates, textMessage, type Finding, type FindingLevel, type RuleId } from "@vdx/core";
import { createRule } from "../create-rule.js";
import { EXPORT_SUFFIX, exportMessageSuffix, type ExportMessageSuffix } from "../report/export-message.js";
import { toEslintLocation } from "../report/finding-location.js";
import { PROJECT_PROBLEM_MESSAGE } from "../report/project-problem.js";
import { recordReport, startReports } from "../report/reported-findings.js";
import { findingsOfRule, readyStateFor } from "./rule-findings.js";

export type ExportRuleOptions = [{ showFlow?: boolean }];
/** The core's message ids of the rule (its table in `@vdx/core`'s `FINDING_MESSAGES`), `text`, and `projectProblem`. */
export type ExportMessageIds = string;

interface ExportRuleSpec {
  name: string;
  vdxRuleId: Exclude<RuleId, "unclassified-signal" | "unknown-category" | "invalid-input">;
  description: string;
  defaultLevel: FindingLevel;
}

/**
 * One of the four export rules. They share everything but the finding they
 * report: the whole-program flow analysis runs once per program state (the
 * first export rule to ask pays, the other three read the cache) and each
 * rule picks its own rule id from the file's findings.
 */
export function createExportRule(spec: ExportRuleSpec) {
  return createRule<ExportRuleOptions, ExportMessageIds>({
    name: spec.name,
    meta: {
      type: "problem",
      docs: {
        description: spec.description,
        recommended: true,
        requiresTypeChecking: true,
        vdxRuleId: spec.vdxRuleId,
        defaultLevel: spec.defaultLevel,
      },
      schema: [
        {
          type: "object",
          properties: {
            showFlow: {
              type: "boolean",
              description: "Append the path from the classified field to the sink (first and last steps) to the message.",
            },
          },
          additionalProperties: false,
        },
      ],
      defaultOptions: [{ showFlow: true }],
      messages: { ...editorTemplates(spec.vdxRuleId), projectProblem: PROJECT_PROBLEM_MESSAGE },
    },
    create(context, [options]) {
      return {
        // At the end of the file: the type-aware rules that ran on its nodes have already made the
        // checker resolve most of the symbols and signatures the flow analysis reads (one checker per
        // program state), so a re-lint does that work once, not first for vdx and then again.
        "Program:exit"() {
          startReports(context);
          const state = readyStateFor(context, spec.vdxRuleId);
          if (!state) return;
          for (const finding of findingsOfRule(context, state.analysis.exportFindings(state.file), spec.vdxRuleId)) {
            report(context, spec.vdxRuleId, finding, exportMessageSuffix(finding, state.knowledge, { showFlow: options.showFlow !== false }));
          }
        },
      };
    },
  });
}

/** The rule's templates as the CLI says them, each followed by what the editor adds (`EXPORT_SUFFIX`). */
function editorTemplates(rule: RuleId): Record<string, string> {
  return Object.fromEntries(Object.entries(messageTemplates(rule)).map(([id, template]) => [id, template + EXPORT_SUFFIX]));
}

function report(
  context: Readonly<TSESLint.RuleContext<ExportMessageIds, ExportRuleOptions>>,
  rule: RuleId,
  finding: Finding,
  suffix: ExportMessageSuffix,
): void {
  const loc = toEslintLocation(context.sourceCode, finding.location);
  // A finding of a producer that sets no message id (or one the rule's table does not know) is said as its text.
  const { messageId, data } = finding;
  const message =
    messageId !== undefined && data !== undefined && messageTemplate(rule, messageId) !== undefined ? { messageId, data } : textMessage(finding.message);
  context.report({ loc, messageId: message.messageId, data: { ...message.data, ...suffix } });
  recordReport(context, loc, finding);
}
