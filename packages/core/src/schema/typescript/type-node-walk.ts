import type ts from "typescript";

type TS = typeof ts;

/**
 * Type nodes that only wrap another type without naming a field:
 * `{…}[]`, `Array<{…}>`, `Promise<{…}>`, `{…} | null`, `({…})`, `readonly {…}[]`, tuples.
 */
export function isTypeWrapper(tsApi: TS, node: ts.Node): boolean {
  return (
    tsApi.isArrayTypeNode(node) ||
    tsApi.isUnionTypeNode(node) ||
    tsApi.isIntersectionTypeNode(node) ||
    tsApi.isParenthesizedTypeNode(node) ||
    tsApi.isTypeOperatorNode(node) ||
    tsApi.isTupleTypeNode(node) ||
    tsApi.isNamedTupleMember(node) ||
    tsApi.isOptionalTypeNode(node) ||
    tsApi.isRestTypeNode(node) ||
    (tsApi.isTypeReferenceNode(node) && node.typeArguments !== undefined)
  );
}

/** The first ancestor of `node` that is not a type wrapper: what holds the type (a property, an alias…). */
export function holderOf(tsApi: TS, node: ts.Node): ts.Node | undefined {
  let current = node.parent;
  while (current && isTypeWrapper(tsApi, current)) current = current.parent;
  return current;
}

/**
 * The type literals written in a type, through wrappers but not into function
 * types or nested literals' members (`{ a: { b: … } }[] | null` → the outer literal).
 */
export function typeLiteralsIn(tsApi: TS, type: ts.TypeNode | undefined): ts.TypeLiteralNode[] {
  const found: ts.TypeLiteralNode[] = [];
  const visit = (node: ts.Node): void => {
    if (tsApi.isTypeLiteralNode(node)) found.push(node);
    else if (isTypeWrapper(tsApi, node)) tsApi.forEachChild(node, visit);
  };
  if (type) visit(type);
  return found;
}

/**
 * The members of a union made only of string literals, at least two
 * (`"speed" | "soc" | "odometer"`), through wrappers; each such union once.
 */
export function stringLiteralUnionsIn(tsApi: TS, type: ts.TypeNode | undefined): ts.LiteralTypeNode[][] {
  const found: ts.LiteralTypeNode[][] = [];
  const visit = (node: ts.Node): void => {
    if (tsApi.isUnionTypeNode(node)) {
      const literals = node.types.filter((member): member is ts.LiteralTypeNode => tsApi.isLiteralTypeNode(member) && tsApi.isStringLiteral(member.literal));
      if (literals.length >= 2 && literals.length === node.types.length) {
        found.push(literals);
        return;
      }
    }
    if (isTypeWrapper(tsApi, node)) tsApi.forEachChild(node, visit);
  };
  if (type) visit(type);
  return found;
}

/** The text of a property name that is written literally (`vin`, `"vin"`, `0`), else undefined. */
export function propertyNameText(tsApi: TS, name: ts.Node | undefined): string | undefined {
  if (!name) return undefined;
  if (
    tsApi.isIdentifier(name) ||
    tsApi.isStringLiteral(name) ||
    tsApi.isNumericLiteral(name) ||
    tsApi.isPrivateIdentifier(name) ||
    tsApi.isNoSubstitutionTemplateLiteral(name)
  ) {
    return name.text;
  }
  return undefined;
}
