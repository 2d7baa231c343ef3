import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Finding, RulePack } from "@vdx/core";
import { createRule } from "../create-rule.js";
import { fileStateOf } from "../analysis/file-state.js";
import { addAnnotationFix } from "../report/annotation-edit.js";
import { describeCategories } from "../report/category-titles.js";
import { toEslintLocation, toIndex } from "../report/finding-location.js";
import { PROJECT_PROBLEM_MESSAGE, reportProjectProblem } from "../report/project-problem.js";

type Options = [{ ignore?: readonly string[] }];
type MessageIds = "unclassified" | "annotate" | "annotateNone" | "projectProblem";

/** The declarations a `@vdx` tag can sit on, innermost first. */
const DECLARATIONS = new Set<string>([
  "TSPropertySignature",
  "PropertyDefinition",
  "TSAbstractPropertyDefinition",
  "AccessorProperty",
  "TSParameterProperty",
  "TSInterfaceDeclaration",
  "TSTypeAliasDeclaration",
  "ClassDeclaration",
]);

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
        const state = fileStateOf(context);
        if (state.status === "broken") return reportProjectProblem(context, state.problems);
        if (state.status !== "ready" || state.knowledge.config.rules["unclassified-signal"] === "off") return;
        for (const finding of state.analysis.declarationFindings(state.file)) {
          // invalid-input: a TypeScript file the core could not analyse (or a vdx bug): say so once per file.
          if (finding.ruleId === "invalid-input") {
            reportProjectProblem(context, [finding.message]);
            continue;
          }
          if (finding.ruleId !== "unclassified-signal") continue;
          const declaration = declarationAt(context.sourceCode, toIndex(context.sourceCode, finding.location));
          const field = (declaration && fieldPathOf(declaration)) ?? fieldOf(finding);
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
  context.report({
    loc: locationOf(sourceCode, declaration, finding),
    messageId: "unclassified",
    data: { field, candidates: ids.length > 0 ? describeCategories(pack, ids) : "by name" },
    suggest,
  });
}

/** The innermost declaration a `@vdx` tag can attach to, at `index`. */
function declarationAt(sourceCode: Readonly<TSESLint.SourceCode>, index: number): TSESTree.Node | undefined {
  for (let node = sourceCode.getNodeByRangeIndex(index) as TSESTree.Node | null; node; node = node.parent ?? null) {
    if (DECLARATIONS.has(node.type)) return node;
  }
  return undefined;
}

/** The CLI's line (parity), squiggling the property name when it sits on that line. */
function locationOf(sourceCode: Readonly<TSESLint.SourceCode>, declaration: TSESTree.Node | undefined, finding: Finding): TSESTree.SourceLocation {
  const key = declaration ? keyLocation(declaration) : undefined;
  return key && key.start.line === finding.location.line ? key : toEslintLocation(sourceCode, finding.location);
}

/** Squiggle the property name, not a whole multi-line declaration. */
function keyLocation(node: TSESTree.Node): TSESTree.SourceLocation {
  if ("key" in node && node.key && typeof node.key === "object" && "loc" in node.key) return node.key.loc;
  if ("id" in node && node.id && typeof node.id === "object" && "loc" in node.id) return node.id.loc;
  return node.loc;
}

/** `Type.property` as the inventory names TypeScript fields (contracts.md), from the AST. */
function fieldPathOf(node: TSESTree.Node): string | undefined {
  const own = nameOf(node);
  if (node.type === "TSInterfaceDeclaration" || node.type === "TSTypeAliasDeclaration" || node.type === "ClassDeclaration") return own;
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === "TSInterfaceDeclaration" || parent.type === "TSTypeAliasDeclaration" || parent.type === "ClassDeclaration") {
      const owner = nameOf(parent);
      return owner && own ? `${owner}.${own}` : undefined;
    }
  }
  return undefined;
}

function nameOf(node: TSESTree.Node): string | undefined {
  const named = node.type === "TSParameterProperty" ? node.parameter : node;
  const key = "key" in named ? named.key : "id" in named ? named.id : undefined;
  if (key && typeof key === "object" && "type" in key) {
    if (key.type === "Identifier") return key.name;
    if (key.type === "Literal") return String(key.value);
  }
  if (named.type === "AssignmentPattern" && named.left.type === "Identifier") return named.left.name;
  return undefined;
}

/** `Type.property` named by the core finding (its message starts with the field path). */
function fieldOf(finding: Finding): string {
  return /^(\S+) looks like/.exec(finding.message)?.[1] ?? /^(\S+)/.exec(finding.message)?.[1] ?? "this property";
}

function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^.]*");
  return new RegExp(`^${escaped}$`);
}
