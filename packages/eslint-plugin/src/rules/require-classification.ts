import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Finding, RulePack } from "@vdx/core";
import { createRule } from "../create-rule.js";
import { findingsOfRule, readyStateFor } from "./rule-findings.js";
import { addAnnotationFix } from "../report/annotation-edit.js";
import { describeCategories } from "../report/category-titles.js";
import { declarationAt, fieldPathOf, nameLocation } from "../report/declaration-path.js";
import { toEslintLocation, toIndex } from "../report/finding-location.js";
import { PROJECT_PROBLEM_MESSAGE } from "../report/project-problem.js";
import { recordReport, startReports } from "../report/reported-findings.js";

type Options = [{ ignore?: readonly string[] }];
type MessageIds = "unclassified" | "annotate" | "annotateNone" | "projectProblem";

/**
 * A TypeScript property that looks like a vehicle signal (by the rule pack's
 * signals) but carries no `@vdx` classification: the CLI's
 * `unclassified-signal` for TypeScript files. Suggestions add the annotation
 * with each suggested id (all of them when several apply) or `@vdx none`.
 */
export const requireClassification = createRule<Options, MessageIds>({
  name: "require-classification",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require a `@vdx` classification on type properties that look like vehicle signals",
      recommended: true,
      requiresTypeChecking: false,
      vdxRuleId: "unclassified-signal",
      defaultLevel: "warn",
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          ignore: {
            type: "array",
            items: { type: "string", minLength: 1 },
            uniqueItems: true,
            description: "`Type.property` patterns (`*` matches within a name) to leave unclassified, e.g. `*Dto.*`.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ ignore: [] }],
    messages: {
      unclassified:
        "{{field}} looks like vehicle data ({{candidates}}) but has no @vdx classification, so vdx cannot tell what leaves the country through it.",
      annotate: "Annotate {{field}} with @vdx {{ids}}",
      annotateNone: "Mark {{field}} as reviewed and not export-relevant (@vdx none)",
      projectProblem: PROJECT_PROBLEM_MESSAGE,
    },
  },
  create(context, [options]) {
    const ignored = (options.ignore ?? []).map(patternToRegExp);
    return {
      Program() {
        startReports(context);
        const state = readyStateFor(context, "unclassified-signal");
        if (!state) return;
        for (const finding of findingsOfRule(context, state.analysis.declarationFindings(state.file), "unclassified-signal")) {
          const declaration = declarationAt(context.sourceCode, toIndex(context.sourceCode, finding.location));
          const field = (declaration && fieldPathOf(declaration)) ?? "this property";
          if (ignored.some((pattern) => pattern.test(field))) continue;
          reportUnclassified(context, finding, field, declaration, state.knowledge.pack);
        }
      },
    };
  },
});

function reportUnclassified(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  finding: Finding,
  field: string,
  declaration: TSESTree.Node | undefined,
  pack: RulePack,
): void {
  const sourceCode = context.sourceCode;
  const ids = (finding.suggestions ?? []).filter((id) => pack.categories.has(id));
  const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
  if (declaration) {
    for (const id of ids) suggest.push({ messageId: "annotate", data: { field, ids: id }, fix: addAnnotationFix(sourceCode, declaration, [id]) });
    if (ids.length > 1) suggest.push({ messageId: "annotate", data: { field, ids: ids.join(" ") }, fix: addAnnotationFix(sourceCode, declaration, ids) });
    suggest.push({ messageId: "annotateNone", data: { field }, fix: addAnnotationFix(sourceCode, declaration, ["none"]) });
  }
  const loc = locationOf(sourceCode, declaration, finding);
  context.report({ loc, messageId: "unclassified", data: { field, candidates: ids.length > 0 ? describeCategories(pack, ids) : "by name" }, suggest });
  recordReport(context, loc, finding);
}

/** The CLI's line (parity), squiggling the property name when it sits on that line. */
function locationOf(sourceCode: Readonly<TSESLint.SourceCode>, declaration: TSESTree.Node | undefined, finding: Finding): TSESTree.SourceLocation {
  const key = declaration ? nameLocation(declaration) : undefined;
  return key && key.start.line === finding.location.line ? key : toEslintLocation(sourceCode, finding.location);
}

function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^.]*");
  return new RegExp(`^${escaped}$`);
}
