import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The declarations a `@vdx` tag can sit on: type members and types, enum
 * members, the keys of schema-builder and `as const` objects, the variable or
 * `exports.x =` statement declaring a list of names, a `this.x =` statement.
 */
const ANNOTATABLE = new Set<string>([
  "TSPropertySignature",
  "PropertyDefinition",
  "TSAbstractPropertyDefinition",
  "AccessorProperty",
  "TSParameterProperty",
  "TSInterfaceDeclaration",
  "TSTypeAliasDeclaration",
  "ClassDeclaration",
  "TSEnumDeclaration",
  "TSEnumMember",
  "Property",
  "VariableDeclaration",
  "ExpressionStatement",
]);

/** The declarations whose members the core names `Type.property`. */
const TYPES = new Set<string>(["TSInterfaceDeclaration", "TSTypeAliasDeclaration", "ClassDeclaration", "TSEnumDeclaration"]);

/** The innermost declaration a `@vdx` tag can attach to, around `index`. */
export function declarationAt(sourceCode: SourceCode, index: number): TSESTree.Node | undefined {
  for (let node = sourceCode.getNodeByRangeIndex(index); node; node = node.parent ?? null) {
    if (node.type === "Property" && node.parent?.type !== "ObjectExpression") continue; // a destructuring pattern
    if (ANNOTATABLE.has(node.type)) return node;
  }
  return undefined;
}

/** Where the JSDoc of a declaration is written: before `export` when it is exported (TypeScript reads it there). */
export function annotationTarget(node: TSESTree.Node): TSESTree.Node {
  const parent = node.parent;
  return parent && (parent.type === "ExportNamedDeclaration" || parent.type === "ExportDefaultDeclaration") ? parent : node;
}

/**
 * The declaration a comment documents: the one that starts at the first
 * token after it (`export interface …` counts as its interface).
 */
export function documentedDeclaration(sourceCode: SourceCode, comment: TSESTree.Comment): TSESTree.Node | undefined {
  const token = sourceCode.getTokenAfter(comment, { includeComments: false });
  if (!token) return undefined;
  const start = token.range[0];
  for (let node = sourceCode.getNodeByRangeIndex(start); node?.range[0] === start; node = node.parent ?? null) {
    if (ANNOTATABLE.has(node.type)) return node;
    if ((node.type === "ExportNamedDeclaration" || node.type === "ExportDefaultDeclaration") && node.declaration && ANNOTATABLE.has(node.declaration.type)) {
      return node.declaration;
    }
  }
  return undefined;
}

/**
 * The field path the core gives a declaration (contracts.md inventory names):
 * `Type.property` for a member of a named type, the type's own name for the
 * type. Members of inline type literals get no path: the core reports no
 * annotation problem on them.
 */
export function fieldPathOf(node: TSESTree.Node): string | undefined {
  const own = nameOf(node);
  if (TYPES.has(node.type)) return own;
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (TYPES.has(parent.type)) {
      const owner = nameOf(parent);
      return owner && own ? `${owner}.${own}` : undefined;
    }
    if (parent.type === "TSTypeLiteral" && parent.parent?.type !== "TSTypeAliasDeclaration") return undefined;
  }
  return undefined;
}

/** Squiggle the declared name, not a whole multi-line declaration. */
export function nameLocation(node: TSESTree.Node): TSESTree.SourceLocation {
  const named = node.type === "TSParameterProperty" ? node.parameter : node;
  if ("key" in named && named.key && typeof named.key === "object" && "loc" in named.key) return named.key.loc;
  if ("id" in named && named.id && typeof named.id === "object" && "loc" in named.id) return named.id.loc;
  if (named.type === "AssignmentPattern") return named.left.loc;
  return named.loc;
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
