import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Finding, RulePack } from "@vdx/core";
import { createRule } from "../create-rule.js";
import { findingsOfRule, readyStateFor } from "./rule-findings.js";
import { describeCategory } from "../report/category-titles.js";
import { documentedDeclaration, fieldPathOf } from "../report/declaration-path.js";
import { toEslintLocation, toIndex } from "../report/finding-location.js";
import { recordReport, startReports } from "../report/reported-findings.js";
import { locateFindingIds, unknownIdOccurrences, type UnknownIdOccurrence } from "../report/unknown-ids.js";
import { PROJECT_PROBLEM_MESSAGE } from "../report/project-problem.js";

type Options = [{ maxSuggestions?: number }];
type MessageIds = "unknownCategory" | "replaceId" | "projectProblem";

/**
 * `@vdx` ids in TypeScript JSDoc that the rule pack does not define. The
 * finding comes from the core's declaration classifier (the CLI's
 * `unknown-category` on the same line); this rule adds the edit: the mistyped
 * id replaced by each did-you-mean candidate, as suggestions.
 */
export const validCategory = createRule<Options, MessageIds>({
  name: "valid-category",
  meta: {
    type: "problem",
    docs: {
      description: "Require every `@vdx` category id in a JSDoc annotation to exist in the rule pack",
      recommended: true,
      requiresTypeChecking: false,
      vdxRuleId: "unknown-category",
      defaultLevel: "error",
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: { maxSuggestions: { type: "integer", minimum: 0, maximum: 10, description: "How many did-you-mean replacements to offer." } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ maxSuggestions: 3 }],
    messages: {
      unknownCategory: '"{{id}}" is not a category of rule pack {{pack}}, so this annotation classifies nothing on {{field}}.{{didYouMean}}',
      replaceId: 'Replace "{{id}}" with "{{replacement}}"',
      projectProblem: PROJECT_PROBLEM_MESSAGE,
    },
  },
  create(context, [options]) {
    return {
      Program() {
        startReports(context);
        // Unknown ids in TypeScript come only from `@vdx` tags: a file without one has nothing to check.
        if (!context.sourceCode.text.includes("@vdx")) return;
        const state = readyStateFor(context, "unknown-category");
        if (!state) return;
        const comments = context.sourceCode.getAllComments().filter((c) => c.value.includes("@vdx"));
        const unknown = findingsOfRule(context, state.analysis.declarationFindings(state.file), "unknown-category").map((finding) => ({
          finding,
          index: toIndex(context.sourceCode, finding.location),
        }));
        if (unknown.length === 0) return;
        const pack = state.knowledge.pack;
        const located = locateFindingIds(unknown, unknownIdOccurrences(comments, pack));
        for (const { finding, index } of unknown) {
          reportUnknownId(context, finding, located.get(finding), fieldAt(context.sourceCode, comments, index), pack, options.maxSuggestions ?? 3);
        }
      },
    };
  },
});

function reportUnknownId(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  finding: Finding,
  occurrence: UnknownIdOccurrence | undefined,
  field: string | undefined,
  pack: RulePack,
  maxSuggestions: number,
): void {
  const sourceCode = context.sourceCode;
  const replacements = (finding.suggestions ?? []).filter((id) => pack.categories.has(id)).slice(0, maxSuggestions);
  const id = finding.data?.id ?? "?";
  // The CLI's line (parity); the squiggle on the mistyped id itself when it is written on that line.
  const loc = occurrenceLocation(sourceCode, occurrence, finding) ?? toEslintLocation(sourceCode, finding.location);
  context.report({
    loc,
    messageId: "unknownCategory",
    data: {
      id,
      pack: `${pack.id}@${pack.version}`,
      field: field ?? "this declaration",
      didYouMean: replacements.length > 0 ? ` Did you mean ${replacements.map((r) => describeCategory(pack, r)).join(" or ")}?` : "",
    },
    suggest:
      occurrence && occurrence.id !== ""
        ? replacements.map((replacement) => ({
            messageId: "replaceId" as const,
            data: { id, replacement },
            fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(occurrence.range, replacement),
          }))
        : [],
  });
  recordReport(context, loc, finding);
}

/** `Type.property` (or `Type`) of the declaration whose JSDoc holds the annotation at `index`, as the core names it. */
function fieldAt(sourceCode: Readonly<TSESLint.SourceCode>, comments: readonly TSESTree.Comment[], index: number): string | undefined {
  const comment = comments.find((c) => c.range[0] <= index && index < c.range[1]);
  const declaration = comment ? documentedDeclaration(sourceCode, comment) : undefined;
  return declaration ? fieldPathOf(declaration) : undefined;
}

function occurrenceLocation(
  sourceCode: Readonly<TSESLint.SourceCode>,
  occurrence: UnknownIdOccurrence | undefined,
  finding: Finding,
): TSESTree.SourceLocation | undefined {
  if (!occurrence || occurrence.id === "") return undefined;
  const start = sourceCode.getLocFromIndex(occurrence.range[0]);
  if (start.line !== finding.location.line) return undefined;
  return { start, end: sourceCode.getLocFromIndex(occurrence.range[1]) };
}
