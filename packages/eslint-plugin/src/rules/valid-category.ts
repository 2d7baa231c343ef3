import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { parseAnnotationIds, type Finding, type RulePack } from "@vdx/core";
import { createRule } from "../create-rule.js";
import { fileStateOf } from "../analysis/file-state.js";
import { describeCategory } from "../report/category-titles.js";
import { toEslintLocation, toIndex } from "../report/finding-location.js";
import { PROJECT_PROBLEM_MESSAGE, reportProjectProblem } from "../report/project-problem.js";

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
        // Unknown ids in TypeScript come only from `@vdx` tags: a file without one has nothing to check.
        if (!context.sourceCode.text.includes("@vdx")) return;
        const state = fileStateOf(context);
        if (state.status === "broken") return reportProjectProblem(context, state.problems);
        if (state.status !== "ready" || state.knowledge.config.rules["unknown-category"] === "off") return;
        const comments = context.sourceCode.getAllComments().filter((c) => c.value.includes("@vdx"));
        for (const finding of state.analysis.declarationFindings(state.file)) {
          // invalid-input: a TypeScript file the core could not analyse (or a vdx bug): say so once per file.
          if (finding.ruleId === "invalid-input") {
            reportProjectProblem(context, [finding.message]);
            continue;
          }
          if (finding.ruleId !== "unknown-category") continue;
          reportUnknownId(context, finding, comments, state.knowledge.pack, options.maxSuggestions ?? 3);
        }
      },
    };
  },
});

function reportUnknownId(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  finding: Finding,
  comments: readonly TSESTree.Comment[],
  pack: RulePack,
  maxSuggestions: number,
): void {
  const sourceCode = context.sourceCode;
  const at = toIndex(sourceCode, finding.location);
  const occurrence = findUnknownIdOccurrence(comments, finding, pack, at);
  const replacements = (finding.suggestions ?? []).filter((id) => pack.categories.has(id)).slice(0, maxSuggestions);
  const id = occurrence?.id ?? quotedId(finding.message) ?? "?";
  context.report({
    // The CLI's line (parity); the squiggle on the mistyped id itself when it is written on that line.
    loc: occurrenceLocation(sourceCode, occurrence, finding) ?? toEslintLocation(sourceCode, finding.location),
    messageId: "unknownCategory",
    data: {
      id,
      pack: `${pack.id}@${pack.version}`,
      field: fieldOf(finding.message) ?? "this declaration",
      didYouMean: replacements.length > 0 ? ` Did you mean ${replacements.map((r) => describeCategory(pack, r)).join(" or ")}?` : "",
    },
    suggest: occurrence
      ? replacements.map((replacement) => ({
          messageId: "replaceId" as const,
          data: { id, replacement },
          fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(occurrence.range, replacement),
        }))
      : [],
  });
}

function occurrenceLocation(
  sourceCode: Readonly<TSESLint.SourceCode>,
  occurrence: Occurrence | undefined,
  finding: Finding,
): TSESTree.SourceLocation | undefined {
  if (!occurrence) return undefined;
  const start = sourceCode.getLocFromIndex(occurrence.range[0]);
  if (start.line !== finding.location.line) return undefined;
  return { start, end: sourceCode.getLocFromIndex(occurrence.range[1]) };
}

interface Occurrence {
  id: string;
  range: [number, number];
}

/**
 * Where the unknown id of `finding` is written: among the `@vdx` comments,
 * an id the pack does not define that the finding names, nearest to the
 * finding's position (the comment sits just before the declaration the core
 * points at).
 */
function findUnknownIdOccurrence(comments: readonly TSESTree.Comment[], finding: Finding, pack: RulePack, at: number): Occurrence | undefined {
  let best: { occurrence: Occurrence; distance: number } | undefined;
  for (const comment of comments) {
    const unknown = parseAnnotationIds(comment.value).ids.filter((id) => !pack.categories.has(id));
    for (const id of unknown) {
      if (!finding.message.includes(`"${id}"`)) continue;
      const offset = idOffset(comment.value, id);
      if (offset < 0) continue;
      const start = comment.range[0] + 2 + offset; // `/*` or `//` precedes `value`
      const distance = Math.abs(at - start);
      if (!best || distance < best.distance) best = { occurrence: { id, range: [start, start + id.length] }, distance };
    }
  }
  return best?.occurrence;
}

/** Offset of `id` as a whole token after a `@vdx` tag in a comment's text. */
function idOffset(text: string, id: string): number {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const tag = text.indexOf("@vdx");
  const match = new RegExp(`(?<![\\w.-])${escaped}(?![\\w.-])`).exec(text.slice(tag < 0 ? 0 : tag));
  return match ? (tag < 0 ? 0 : tag) + match.index : -1;
}

function quotedId(message: string): string | undefined {
  return /"([^"]*)"/.exec(message)?.[1];
}

/** The field path the core names (`… on Trip.lat: …`). */
function fieldOf(message: string): string | undefined {
  return / on ([^\s:]+):/.exec(message)?.[1];
}
