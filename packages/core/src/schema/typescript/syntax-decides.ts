import type ts from "typescript";
import type { Declaration } from "./declaration-members.js";

type TS = typeof ts;

/**
 * Questions about a declaration that its syntax answers, so the classifier need not ask the checker for
 * a type it would only look through (`getTypeAtLocation` of every member was 16 % of a scan of a back end).
 * Each answer is the one the checker's would lead to; when the syntax does not decide, the answer is "ask".
 */

/**
 * Whether a property written with this type carries no classified field whatever its name: primitives,
 * literals, `object`, `any`/`unknown`, and arrays, unions and intersections of those (`carriedByType`
 * only looks into the properties of the user's object types). False when there is no written type.
 */
export function typeCarriesNoFields(tsApi: TS, type: ts.TypeNode | undefined): boolean {
  if (!type) return false;
  switch (type.kind) {
    case tsApi.SyntaxKind.StringKeyword:
    case tsApi.SyntaxKind.NumberKeyword:
    case tsApi.SyntaxKind.BooleanKeyword:
    case tsApi.SyntaxKind.BigIntKeyword:
    case tsApi.SyntaxKind.SymbolKeyword:
    case tsApi.SyntaxKind.UndefinedKeyword:
    case tsApi.SyntaxKind.VoidKeyword:
    case tsApi.SyntaxKind.NeverKeyword:
    case tsApi.SyntaxKind.AnyKeyword:
    case tsApi.SyntaxKind.UnknownKeyword:
    case tsApi.SyntaxKind.ObjectKeyword:
    case tsApi.SyntaxKind.LiteralType:
    case tsApi.SyntaxKind.TemplateLiteralType:
      return true;
    case tsApi.SyntaxKind.ArrayType:
      return typeCarriesNoFields(tsApi, (type as ts.ArrayTypeNode).elementType);
    case tsApi.SyntaxKind.ParenthesizedType:
      return typeCarriesNoFields(tsApi, (type as ts.ParenthesizedTypeNode).type);
    case tsApi.SyntaxKind.TypeOperator:
      return (type as ts.TypeOperatorNode).operator === tsApi.SyntaxKind.ReadonlyKeyword && typeCarriesNoFields(tsApi, (type as ts.TypeOperatorNode).type);
    case tsApi.SyntaxKind.UnionType:
    case tsApi.SyntaxKind.IntersectionType:
      return (type as ts.UnionTypeNode).types.every((part) => typeCarriesNoFields(tsApi, part));
    default:
      return false;
  }
}

/** Members whose written type is the type of their symbol: a property signature, property or parameter property. */
export function isTypedByItsAnnotation(tsApi: TS, member: ts.Declaration): boolean {
  return tsApi.isPropertySignature(member) || tsApi.isPropertyDeclaration(member) || tsApi.isParameter(member);
}

/**
 * Whether every property of the declared type is written inside the declaration itself: the only
 * declaration of its symbol (no merging, no augmentation), TypeScript (JavaScript classes gain members by
 * assignments elsewhere), and nothing inherited or computed — an interface or class without heritage
 * clauses, or an alias of an object literal type. Then the classifier's pass over the declared type's
 * properties (inherited and derived fields) has nothing to find.
 */
export function declaresAllItsProperties(tsApi: TS, declaration: Declaration, symbol: ts.Symbol): boolean {
  if (symbol.declarations?.length !== 1 || (declaration.getSourceFile().flags & tsApi.NodeFlags.JavaScriptFile) !== 0) return false;
  if (tsApi.isTypeAliasDeclaration(declaration)) return tsApi.isTypeLiteralNode(declaration.type);
  return (declaration.heritageClauses?.length ?? 0) === 0;
}

/**
 * Whether a type alias names a type the checker cannot resolve or knows only as `any`
 * (`type Config = z.infer<typeof schema>` when `zod` is not installed): its declared type is then the error
 * type or `any` (instantiating `any` with type arguments gives `any`), which has no properties. Asking for it
 * would still make the checker build the type arguments — type-check the whole schema expression of
 * `typeof schema` — for a type the classifier would only find empty.
 */
export function aliasesUnresolvedType(tsApi: TS, checker: ts.TypeChecker, declaration: Declaration, symbol: ts.Symbol): boolean {
  if (!tsApi.isTypeAliasDeclaration(declaration) || symbol.declarations?.length !== 1 || !tsApi.isTypeReferenceNode(declaration.type)) return false;
  const target = checker.getSymbolAtLocation(declaration.type.typeName);
  if (!target) return true;
  return (target.flags & tsApi.SymbolFlags.TypeAlias) !== 0 && (checker.getDeclaredTypeOfSymbol(target).flags & tsApi.TypeFlags.Any) !== 0;
}
