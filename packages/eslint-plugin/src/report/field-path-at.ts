import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { fieldPathOf } from "./declaration-path.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The field path the core gives the field whose name is at `index`
 * (`Type.property`, `Type.inline.leaf`, `Enum.Member`, `Schema.key`,
 * `LIST.value`, `Class.assigned`), for messages; undefined when the name
 * is not one of these (a JSDoc `@property` lives in a comment).
 */
export function fieldPathAt(sourceCode: SourceCode, index: number): string | undefined {
  const node = sourceCode.getNodeByRangeIndex(index);
  if (!node) return undefined;
  const parent = node.parent;
  if (node.type === "Literal" && typeof node.value === "string") {
    // A member of a string-literal union or of a declared list of names.
    const holder = parent?.type === "TSLiteralType" ? ownerOfType(parent) : parent?.type === "ArrayExpression" ? ownerOfValue(parent) : undefined;
    if (holder) return `${holder}.${node.value}`;
  }
  if (parent?.type === "TSEnumMember" || parent?.type === "TSPropertySignature" || parent?.type === "PropertyDefinition") return declaredPath(parent);
  if (parent?.type === "Property" && parent.parent?.type === "ObjectExpression") {
    const owner = ownerOfValue(parent.parent);
    const key = keyText(parent.key);
    return owner && key !== undefined ? `${owner}.${key}` : undefined;
  }
  if (parent?.type === "MemberExpression" && parent.object.type === "ThisExpression" && node.type === "Identifier") {
    const owner = enclosingClassName(parent);
    return owner ? `${owner}.${node.name}` : undefined;
  }
  return undefined;
}

/** `Type.property`, with the properties of inline literals on the way (`Req.path.vin`). */
function declaredPath(member: TSESTree.Node): string | undefined {
  const own = fieldPathOf(member);
  if (own) return own;
  const key = "key" in member && member.key ? keyText(member.key) : undefined;
  const literal = member.parent;
  if (key === undefined || literal?.type !== "TSTypeLiteral") return undefined;
  const owner = ownerOfType(literal);
  return owner ? `${owner}.${key}` : undefined;
}

/** The path of what a type node types: the alias, or the property (through arrays, unions, generics). */
function ownerOfType(type: TSESTree.Node): string | undefined {
  let node: TSESTree.Node | undefined = type;
  while (node?.parent && WRAPPERS.has(node.parent.type)) node = node.parent;
  const holder = node?.parent;
  if (holder?.type === "TSTypeAliasDeclaration") return holder.id.name;
  if (holder?.type === "TSTypeAnnotation") {
    const member = holder.parent;
    if (member && (member.type === "TSPropertySignature" || member.type === "PropertyDefinition")) return declaredPath(member);
  }
  return undefined;
}

/** The path of where an object or array value is written: `Var`, `Var.key` (nested), `exports.name`. */
function ownerOfValue(value: TSESTree.Node): string | undefined {
  let node: TSESTree.Node = value;
  for (let parent = node.parent; parent; node = parent, parent = parent.parent) {
    if (parent.type === "VariableDeclarator") return parent.id.type === "Identifier" ? parent.id.name : undefined;
    if (parent.type === "AssignmentExpression")
      return parent.left.type === "MemberExpression" && parent.left.property.type === "Identifier" ? parent.left.property.name : undefined;
    if (parent.type === "Property" && parent.value === node) {
      const outer = parent.parent?.type === "ObjectExpression" ? ownerOfValue(parent.parent) : undefined;
      const key = keyText(parent.key);
      return outer && key !== undefined ? `${outer}.${key}` : undefined;
    }
    // Builder calls and casts between the object and its name: `z.object({…}).strict()`, `{…} as const`.
    if (!VALUE_WRAPPERS.has(parent.type)) return undefined;
  }
  return undefined;
}

function enclosingClassName(node: TSESTree.Node): string | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "ClassDeclaration" || current.type === "ClassExpression") return current.id?.name;
  }
  return undefined;
}

function keyText(key: TSESTree.Node): string | undefined {
  if (key.type === "Identifier") return key.name;
  if (key.type === "Literal") return String(key.value);
  return undefined;
}

const WRAPPERS = new Set([
  "TSArrayType",
  "TSUnionType",
  "TSIntersectionType",
  "TSTypeOperator",
  "TSTupleType",
  "TSOptionalType",
  "TSRestType",
  "TSNamedTupleMember",
  "TSTypeParameterInstantiation",
  "TSTypeReference",
]);
const VALUE_WRAPPERS = new Set([
  "CallExpression",
  "NewExpression",
  "MemberExpression",
  "TSAsExpression",
  "TSSatisfiesExpression",
  "ArrayExpression",
  "ChainExpression",
  "TSNonNullExpression",
]);
