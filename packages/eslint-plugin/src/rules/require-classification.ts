import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Finding, RulePack } from "@vdx/core";
import { createRule } from "../create-rule.js";
import { findingsOfRule, readyStateFor } from "./rule-findings.js";
import { addAnnotationFix } from "../report/annotation-edit.js";
import { describeCategories } from "../report/category-titles.js";
import { annotationTarget, declarationAt, fieldPathOf, nameLocation } from "../report/declaration-path.js";
import { fieldPathAt } from "../report/field-path-at.js";
import { toEslintLocation, toIndex } from "../report/finding-location.js";
import { PROJECT_PROBLEM_MESSAGE } from "../report/project-problem.js";
import { recordReport, startReports } from "../report/reported-findings.js";

type Options = [{ ignore?: readonly string[] }];
type MessageIds = "unclassified" | "classifiedBySignal" | "annotate" | "confirm" | "annotateNone" | "projectProblem";

/**
 * A field that looks like a vehicle signal (by the rule pack's signals) but
 * carries no `@vdx` classification: the CLI's `unclassified-signal` for
 * TypeScript and JavaScript files — type properties, enum members, schema
 * keys and the other declarations the core reads. A strong signal already
 * classifies the field for flow analysis: the message says so and the
 * suggestion confirms it. A weak one only suggests ids. Suggestions add the
 * annotation with each suggested id (all of them when several apply) or
 * `@vdx none`.
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
      unclassified: "{{field}} looks like vehicle data ({{candidates}}) but has no @vdx classification, so vdx cannot tell what leaves the country through it.",
      classifiedBySignal:
        "{{field}} is classified by signal as {{candidates}}, and flow analysis treats it so: confirm with @vdx {{ids}}, or mark it @vdx none if it is not export-relevant.",
      annotate: "Annotate {{field}} with @vdx {{ids}}",
      confirm: "Confirm the classification of {{field}}: @vdx {{ids}}",
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
        const findings = findingsOfRule(context, state.analysis.declarationFindings(state.file), "unclassified-signal");
        if (findings.length === 0) return;
        for (const finding of findings) {
          const index = toIndex(context.sourceCode, finding.location);
          const declaration = declarationAt(context.sourceCode, index);
          // The core names the field and says whether the signal already classifies it (its message id).
          const field = finding.data?.field ?? fieldPathAt(context.sourceCode, index) ?? (declaration && fieldPathOf(declaration)) ?? "this field";
          if (ignored.some((pattern) => pattern.test(field))) continue;
          reportUnclassified(context, finding, field, declaration, state.knowledge.pack, finding.messageId === "classifiedBySignal");
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
  bySignal: boolean,
): void {
  const sourceCode = context.sourceCode;
  const ids = (finding.suggestions ?? []).filter((id) => pack.categories.has(id));
  const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
  if (declaration) {
    const target = annotationTarget(declaration);
    // A strong signal is confirmed all at once (it already classifies the field with every id); a weak one is picked from.
    if (bySignal) suggest.push({ messageId: "confirm", data: { field, ids: ids.join(" ") }, fix: addAnnotationFix(sourceCode, target, ids) });
    else {
      for (const id of ids) suggest.push({ messageId: "annotate", data: { field, ids: id }, fix: addAnnotationFix(sourceCode, target, [id]) });
      if (ids.length > 1) suggest.push({ messageId: "annotate", data: { field, ids: ids.join(" ") }, fix: addAnnotationFix(sourceCode, target, ids) });
    }
    suggest.push({ messageId: "annotateNone", data: { field }, fix: addAnnotationFix(sourceCode, target, ["none"]) });
  }
  const loc = locationOf(sourceCode, declaration, finding);
  const candidates = ids.length > 0 ? describeCategories(pack, ids) : "by name";
  context.report({ loc, messageId: bySignal ? "classifiedBySignal" : "unclassified", data: { field, candidates, ids: ids.join(" ") }, suggest });
  recordReport(context, loc, finding);
}

/** The CLI's line (parity), squiggling the field's name: the name token the core located, else the declaration's name on that line. */
function locationOf(sourceCode: Readonly<TSESLint.SourceCode>, declaration: TSESTree.Node | undefined, finding: Finding): TSESTree.SourceLocation {
  const at = sourceCode.getNodeByRangeIndex(toIndex(sourceCode, finding.location));
  if (at && NAME_TOKENS.has(at.type) && at.loc.start.line === finding.location.line && at.loc.start.column === finding.location.column - 1) return at.loc;
  const key = declaration ? nameLocation(declaration) : undefined;
  return key?.start.line === finding.location.line ? key : toEslintLocation(sourceCode, finding.location);
}

const NAME_TOKENS = new Set(["Identifier", "Literal", "PrivateIdentifier"]);

function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^.]*");
  return new RegExp(`^${escaped}$`);
}
