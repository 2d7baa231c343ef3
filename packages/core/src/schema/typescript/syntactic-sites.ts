import type ts from "typescript";
import { site, type CollectionSite, type FieldSite, type SyntacticSites } from "./field-sites.js";
import { jsDocCommentsOf, jsDocFieldSites } from "./jsdoc-field-sites.js";
import { builderEnumLiterals, referencedSchemaNames, schemaBuilderObject, skipOuterExpressions } from "./schema-builders.js";
import { propertyNameText } from "./type-node-walk.js";

type TS = typeof ts;

/** A declared list of names is a collection from three strings up (`["a", "b"]` is more often a pair than a list). */
const MIN_STRING_LIST = 3;

/**
 * Every field site of one file that its syntax declares, in one pass over
 * the tree (no checker): named declarations for the checker-based
 * classifier, and the other shapes of field-sites.ts.
 */
export function collectSyntacticSites(tsApi: TS, file: ts.SourceFile): SyntacticSites {
  const sites: SyntacticSites = { fields: [], collections: [], declarations: [] };

  const visit = (node: ts.Node): void => {
    // `declare module "ali-oss" { … }` describes a package's API (as its own `.d.ts` in node_modules would), not the project's data.
    if (tsApi.isModuleDeclaration(node) && tsApi.isStringLiteral(node.name)) return;
    if (tsApi.isInterfaceDeclaration(node) || tsApi.isTypeAliasDeclaration(node) || (tsApi.isClassDeclaration(node) && node.name)) {
      sites.declarations.push(node);
    }
    if (tsApi.isClassLike(node)) constructorAssignments(tsApi, node, sites.fields);
    else if (tsApi.isEnumDeclaration(node)) sites.collections.push(enumCollection(tsApi, node));
    else if (tsApi.isVariableDeclaration(node) && tsApi.isIdentifier(node.name) && node.initializer) {
      if (variableSites(tsApi, node.name.text, node.initializer, statementOf(tsApi, node), sites)) return;
    } else if (tsApi.isExportAssignment(node) && !node.isExportEquals) {
      // `export default z.object({…})` (generated zod schemas, one per file): named after the file,
      // whose name is the schema's (`ChargingSession.ts`).
      if (variableSites(tsApi, defaultExportName(file), node.expression, node, sites)) return;
    } else if (tsApi.isBinaryExpression(node) && node.operatorToken.kind === tsApi.SyntaxKind.EqualsToken && tsApi.isPropertyAccessExpression(node.left)) {
      // `exports.columns = [...]`, `module.exports.FIELDS = [...]`.
      const list = stringList(tsApi, node.right);
      if (list) sites.collections.push(listCollection(tsApi, node.left.name.text, list, [node.parent]));
    }
    const comments = jsDocCommentsOf(node);
    if (comments && comments.length > 0) jsDocFieldSites(tsApi, node, comments, sites.fields);
    tsApi.forEachChild(node, visit);
  };
  tsApi.forEachChild(file, visit);
  return sites;
}

/** The name a default export goes by: its file's base name (`zod-ChargingSession.ts` → `zod-ChargingSession`). */
function defaultExportName(file: ts.SourceFile): string {
  const base = file.fileName.slice(file.fileName.lastIndexOf("/") + 1);
  return base.replace(/(\.d)?\.[cm]?[jt]sx?$/, "");
}

/** `const X = …`: `as const` / `Object.freeze` objects, string lists, schema builders. True when the initializer is fully handled. */
function variableSites(tsApi: TS, name: string, initializer: ts.Expression, statement: ts.Node, sites: SyntacticSites): boolean {
  const inner = skipOuterExpressions(tsApi, initializer);
  const frozen = isFrozenObject(tsApi, initializer);
  if (frozen) {
    constObjectCollections(tsApi, name, frozen, [statement], sites.collections);
    return true;
  }
  const list = stringList(tsApi, initializer) ?? builderEnum(tsApi, initializer);
  if (list) {
    sites.collections.push(listCollection(tsApi, name, list, [statement]));
    return true;
  }
  const literal = schemaBuilderObject(tsApi, inner);
  if (literal) {
    builderKeys(tsApi, literal, name, [name], [statement], sites);
    return false; // nested functions in the builder (refinements) may declare more
  }
  return false;
}

/** `{…} as const` or `Object.freeze({…})`: the object literal. */
function isFrozenObject(tsApi: TS, initializer: ts.Expression): ts.ObjectLiteralExpression | undefined {
  let current = initializer;
  let constAsserted = false;
  while (tsApi.isAsExpression(current) || tsApi.isSatisfiesExpression(current) || tsApi.isParenthesizedExpression(current)) {
    if (
      tsApi.isAsExpression(current) &&
      tsApi.isTypeReferenceNode(current.type) &&
      tsApi.isIdentifier(current.type.typeName) &&
      current.type.typeName.text === "const"
    )
      constAsserted = true;
    current = current.expression;
  }
  if (constAsserted && tsApi.isObjectLiteralExpression(current)) return current;
  if (tsApi.isCallExpression(current) && current.arguments.length === 1) {
    const callee = current.expression;
    const argument = current.arguments[0]!;
    const freeze =
      tsApi.isPropertyAccessExpression(callee) && tsApi.isIdentifier(callee.expression) && callee.expression.text === "Object" && callee.name.text === "freeze";
    if (freeze && tsApi.isObjectLiteralExpression(argument)) return argument;
  }
  return undefined;
}

/** Each object literal of a frozen constant is a collection of its keys; nested objects are collections of their own. */
function constObjectCollections(tsApi: TS, prefix: string, literal: ts.ObjectLiteralExpression, enclosing: ts.Node[], out: CollectionSite[]): void {
  const named = namedProperties(tsApi, literal);
  const siblings = named.map((entry) => entry.name);
  out.push({
    name: prefix,
    members: named.map((entry) => {
      const value = entry.value ? skipOuterExpressions(tsApi, entry.value) : undefined;
      const spelled =
        value && (tsApi.isStringLiteral(value) || tsApi.isNoSubstitutionTemplateLiteral(value)) && value.text !== entry.name ? [value.text] : undefined;
      return site(entry.node, `${prefix}.${entry.name}`, entry.name, siblings, prefix.split("."), prefix, enclosing, entry.property, spelled);
    }),
  });
  for (const entry of named) {
    const value = entry.value ? skipOuterExpressions(tsApi, entry.value) : undefined;
    if (value && tsApi.isObjectLiteralExpression(value)) constObjectCollections(tsApi, `${prefix}.${entry.name}`, value, [...enclosing, entry.property], out);
  }
}

/**
 * Keys of a schema-builder object are fields; a key whose value is another builder object nests (`Var.key.sub`);
 * a key whose value is a builder enum of names is a collection (`Var.key.value`).
 */
export function builderKeys(
  tsApi: TS,
  literal: ts.ObjectLiteralExpression,
  prefix: string,
  parents: string[],
  enclosing: ts.Node[],
  out: { fields: FieldSite[]; collections: CollectionSite[] },
): void {
  const named = namedProperties(tsApi, literal);
  const siblings = named.map((entry) => entry.name);
  for (const entry of named) {
    const field = site(entry.node, `${prefix}.${entry.name}`, entry.name, siblings, parents, prefix, enclosing, entry.property);
    if (entry.value) {
      const referenced = referencedSchemaNames(tsApi, entry.value);
      if (referenced.length > 0) field.typeName = referenced.join(" ");
      field.value = entry.value;
    }
    out.fields.push(field);
    if (!entry.value) continue;
    const nested = schemaBuilderObject(tsApi, entry.value);
    if (nested) builderKeys(tsApi, nested, `${prefix}.${entry.name}`, [...parents, entry.name], [...enclosing, entry.property], out);
    const names = builderEnum(tsApi, entry.value);
    if (names) out.collections.push(listCollection(tsApi, `${prefix}.${entry.name}`, names, [...enclosing, entry.property]));
  }
}

interface NamedProperty {
  node: ts.Node;
  name: string;
  property: ts.ObjectLiteralElementLike;
  value?: ts.Expression;
}

function namedProperties(tsApi: TS, literal: ts.ObjectLiteralExpression): NamedProperty[] {
  const named: NamedProperty[] = [];
  for (const property of literal.properties) {
    if (!tsApi.isPropertyAssignment(property) && !tsApi.isShorthandPropertyAssignment(property)) continue;
    const name = propertyNameText(tsApi, property.name);
    if (name === undefined) continue;
    named.push({ node: property.name, name, property, ...(tsApi.isPropertyAssignment(property) ? { value: property.initializer } : {}) });
  }
  return named;
}

function enumCollection(tsApi: TS, declaration: ts.EnumDeclaration): CollectionSite {
  const name = declaration.name.text;
  const members = declaration.members
    .map((member) => ({ member, text: propertyNameText(tsApi, member.name) }))
    .filter((entry): entry is { member: ts.EnumMember; text: string } => entry.text !== undefined);
  const siblings = members.map((entry) => entry.text);
  return {
    name,
    members: members.map(({ member, text }) => {
      const value = member.initializer && tsApi.isStringLiteral(member.initializer) && member.initializer.text !== text ? [member.initializer.text] : undefined;
      return site(member.name, `${name}.${text}`, text, siblings, [name], name, [declaration], member, value);
    }),
  };
}

/** `["speed", "soc", "odometer"]` (also `as const`): its elements, when all are string literals and there are enough. */
function stringList(tsApi: TS, value: ts.Expression): ts.StringLiteral[] | undefined {
  const inner = skipOuterExpressions(tsApi, value);
  if (!tsApi.isArrayLiteralExpression(inner) || inner.elements.length < MIN_STRING_LIST) return undefined;
  return inner.elements.every((element) => tsApi.isStringLiteral(element)) ? (inner.elements as unknown as ts.StringLiteral[]) : undefined;
}

/** `z.enum([...])` with enough names to be a list of them. */
function builderEnum(tsApi: TS, value: ts.Expression): ts.StringLiteral[] | undefined {
  const literals = builderEnumLiterals(tsApi, value);
  return literals && literals.length >= MIN_STRING_LIST ? literals : undefined;
}

function listCollection(tsApi: TS, name: string, elements: ts.StringLiteral[], enclosing: ts.Node[]): CollectionSite {
  const siblings = elements.map((element) => element.text);
  return { name, members: elements.map((element) => site(element, `${name}.${element.text}`, element.text, siblings, [name], name, enclosing)) };
}

/** `this.vin = vin` directly in a constructor, for names the class does not declare otherwise. */
function constructorAssignments(tsApi: TS, node: ts.ClassLikeDeclaration, out: FieldSite[]): void {
  const constructor = node.members.find((member): member is ts.ConstructorDeclaration => tsApi.isConstructorDeclaration(member) && member.body !== undefined);
  if (!constructor || !node.name) return;
  const declared = new Set<string>();
  for (const member of node.members) {
    const name = propertyNameText(tsApi, member.name);
    if (name !== undefined) declared.add(name);
  }
  for (const parameter of constructor.parameters) {
    if (tsApi.isIdentifier(parameter.name) && (tsApi.getModifiers(parameter)?.length ?? 0) > 0) declared.add(parameter.name.text);
  }
  const assigned: { statement: ts.ExpressionStatement; name: ts.MemberName }[] = [];
  for (const statement of constructor.body!.statements) {
    if (!tsApi.isExpressionStatement(statement) || !tsApi.isBinaryExpression(statement.expression)) continue;
    const { left, operatorToken } = statement.expression;
    if (operatorToken.kind !== tsApi.SyntaxKind.EqualsToken || !tsApi.isPropertyAccessExpression(left) || left.expression.kind !== tsApi.SyntaxKind.ThisKeyword)
      continue;
    if (declared.has(left.name.text) || assigned.some((entry) => entry.name.text === left.name.text)) continue;
    assigned.push({ statement, name: left.name });
  }
  const owner = node.name.text;
  const siblings = [...declared, ...assigned.map((entry) => entry.name.text)];
  for (const { statement, name } of assigned) out.push(site(name, `${owner}.${name.text}`, name.text, siblings, [owner], owner, [node], statement));
}

function statementOf(tsApi: TS, declaration: ts.VariableDeclaration): ts.Node {
  const list = declaration.parent;
  return list && tsApi.isVariableDeclarationList(list) && list.parent && tsApi.isVariableStatement(list.parent) ? list.parent : declaration;
}
