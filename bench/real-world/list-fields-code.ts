// Declared data shapes of TypeScript / JavaScript files, from the syntax tree only
// (labelling aid, not vdx). See LABELLING.md for what counts as a field.
import ts from "typescript";
import type { ListedField } from "./list-fields.js";

const SCHEMA_BUILDERS = new Set(["z", "zod", "yup", "Joi", "joi", "t", "Type", "v"]);

export function listCodeFields(file: string, text: string): ListedField[] {
  const kind = file.endsWith("x")
    ? ts.ScriptKind.TSX
    : file.endsWith(".js") || file.endsWith(".cjs") || file.endsWith(".mjs")
      ? ts.ScriptKind.JS
      : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const fields: ListedField[] = [];
  const lineOf = (node: ts.Node): number => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const nameOf = (name: ts.PropertyName | ts.BindingName): string | undefined =>
    ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name) ? name.text : undefined;
  const push = (nodes: { node: ts.Node; name: string }[], prefix: string, fieldKind: string): void => {
    const siblings = nodes.map((entry) => entry.name);
    for (const entry of nodes) fields.push({ line: lineOf(entry.node), path: `${prefix}.${entry.name}`, kind: fieldKind, siblings });
  };

  // Type literals, nested: `a: { b: string }` → prefix.a.b; arrays and unions of literals too.
  const typeMembers = (type: ts.TypeNode | undefined, prefix: string): void => {
    if (type === undefined) return;
    if (ts.isTypeLiteralNode(type)) membersOf(type.members, prefix);
    else if (ts.isArrayTypeNode(type)) typeMembers(type.elementType, prefix);
    // Generated code writes non-empty arrays as tuples: `meterValue: [{ … }, ...{ … }[]]`.
    else if (ts.isTupleTypeNode(type))
      type.elements.forEach((element) =>
        typeMembers(ts.isNamedTupleMember(element) || ts.isRestTypeNode(element) || ts.isOptionalTypeNode(element) ? element.type : element, prefix),
      );
    else if (ts.isUnionTypeNode(type) || ts.isIntersectionTypeNode(type)) {
      const literals = type.types.filter((member) => ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal));
      if (literals.length >= 2 && literals.length === type.types.length) {
        push(
          literals.map((member) => ({ node: member, name: ((member as ts.LiteralTypeNode).literal as ts.StringLiteral).text })),
          prefix,
          "literal-member",
        );
      } else type.types.forEach((member) => typeMembers(member, prefix));
    } else if (ts.isParenthesizedTypeNode(type)) typeMembers(type.type, prefix);
    else if (ts.isTypeReferenceNode(type)) type.typeArguments?.forEach((argument) => typeMembers(argument, prefix));
  };
  const membersOf = (members: ts.NodeArray<ts.TypeElement | ts.ClassElement>, prefix: string): void => {
    const named: { node: ts.Node; name: string; type?: ts.TypeNode }[] = [];
    for (const member of members) {
      if (ts.isPropertySignature(member) || ts.isPropertyDeclaration(member)) {
        const name = nameOf(member.name);
        if (name !== undefined) named.push({ node: member.name, name, ...(member.type ? { type: member.type } : {}) });
      }
      if (ts.isConstructorDeclaration(member)) {
        for (const parameter of member.parameters) {
          // A parameter property has a modifier (`private`, `readonly`…); getModifiers leaves decorators out.
          const isProperty = (ts.getModifiers(parameter)?.length ?? 0) > 0;
          const name = nameOf(parameter.name);
          if (isProperty && name !== undefined) named.push({ node: parameter.name, name, ...(parameter.type ? { type: parameter.type } : {}) });
        }
        member.body?.statements.forEach((statement) => {
          if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression)) return;
          const target = statement.expression.left;
          if (
            ts.isPropertyAccessExpression(target) &&
            target.expression.kind === ts.SyntaxKind.ThisKeyword &&
            !named.some((entry) => entry.name === target.name.text)
          ) {
            named.push({ node: target.name, name: target.name.text });
          }
        });
      }
    }
    push(named, prefix, "field");
    for (const entry of named) typeMembers(entry.type, `${prefix}.${entry.name}`);
  };

  // Object literals of schema builders (zod, yup, joi, mongoose, sequelize) and `as const` maps.
  const objectKeys = (literal: ts.ObjectLiteralExpression, prefix: string, fieldKind: string): void => {
    const named: { node: ts.Node; name: string; value?: ts.Expression }[] = [];
    for (const property of literal.properties) {
      if (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) {
        const name = nameOf(property.name);
        if (name !== undefined) named.push({ node: property.name, name, ...(ts.isPropertyAssignment(property) ? { value: property.initializer } : {}) });
      }
    }
    push(named, prefix, fieldKind);
    for (const entry of named) if (entry.value) nestedObjects(entry.value, `${prefix}.${entry.name}`, fieldKind);
  };
  const nestedObjects = (expression: ts.Expression, prefix: string, fieldKind: string): void => {
    if (ts.isObjectLiteralExpression(expression) && fieldKind === "const-key") objectKeys(expression, prefix, fieldKind);
    const literal = schemaObject(expression);
    if (literal) objectKeys(literal, prefix, "schema-key");
  };

  const visit = (node: ts.Node, owner: string | undefined): void => {
    if (ts.isInterfaceDeclaration(node)) membersOf(node.members, node.name.text);
    else if (ts.isTypeAliasDeclaration(node)) typeMembers(node.type, node.name.text);
    else if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) membersOf(node.members, node.name?.text ?? owner ?? "(class)");
    else if (ts.isEnumDeclaration(node)) {
      push(
        node.members.flatMap((member) => {
          const name = nameOf(member.name);
          return name === undefined ? [] : [{ node: member.name, name }];
        }),
        node.name.text,
        "enum-member",
      );
    } else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const init = node.initializer;
      if (
        ts.isAsExpression(init) &&
        ts.isTypeReferenceNode(init.type) &&
        init.type.typeName.getText(source) === "const" &&
        ts.isObjectLiteralExpression(init.expression)
      ) {
        objectKeys(init.expression, node.name.text, "const-key");
      } else if (
        ts.isCallExpression(init) &&
        init.expression.getText(source) === "Object.freeze" &&
        init.arguments[0] &&
        ts.isObjectLiteralExpression(init.arguments[0])
      ) {
        objectKeys(init.arguments[0], node.name.text, "const-key");
      } else {
        const literal = schemaObject(init);
        if (literal) {
          objectKeys(literal, node.name.text, "schema-key");
          return;
        }
      }
    }
    // `export default z.object({…})` (generated zod schemas): the keys of the default export.
    if (ts.isExportAssignment(node)) {
      const literal = schemaObject(node.expression);
      if (literal) objectKeys(literal, "default", "schema-key");
    }
    // Every JSDoc block before the node, not only the last one getJSDocTags reads: a typedef often
    // sits in its own comment just before the function it documents.
    const blocks = (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
    for (const tag of blocks.flatMap((block) => [...(block.tags ?? [])])) if (ts.isJSDocTypedefTag(tag)) jsdocTypedef(tag);
    if (ts.isFunctionDeclaration(node) || ts.isVariableStatement(node) || ts.isExpressionStatement(node)) jsdocParameterProperties(node);
    const list = stringList(node);
    if (list)
      push(
        list.elements.map((element) => ({ node: element, name: (element as ts.StringLiteral).text })),
        list.name,
        "literal-member",
      );
    ts.forEachChild(node, (child) => visit(child, ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) ? node.name.text : owner));
  };
  const jsdocTypedef = (tag: ts.JSDocTypedefTag): void => {
    const name = tag.name?.getText(source) ?? tag.fullName?.getText(source);
    if (name === undefined || tag.typeExpression === undefined || !ts.isJSDocTypeLiteral(tag.typeExpression)) return;
    const properties = tag.typeExpression.jsDocPropertyTags ?? [];
    push(
      properties.map((property) => ({ node: property.name, name: property.name.getText(source) })),
      name,
      "field",
    );
  };
  // `@param {string} credentials.username` declares a property of the parameter `credentials`.
  const jsdocParameterProperties = (node: ts.Node): void => {
    const owner = ts.isFunctionDeclaration(node) ? node.name?.text : undefined;
    const dotted = ts.getJSDocTags(node).filter((tag): tag is ts.JSDocParameterTag => ts.isJSDocParameterTag(tag) && ts.isQualifiedName(tag.name));
    push(
      dotted.map((tag) => ({ node: tag.name, name: tag.name.getText(source) })),
      owner ?? "(function)",
      "field",
    );
  };
  // `const COLUMNS = ["speed", "odometer", …]` and `exports.columns = [...]`: a declared list of names.
  const stringList = (node: ts.Node): { name: string; elements: readonly ts.Expression[] } | undefined => {
    let name: string | undefined;
    let value: ts.Expression | undefined;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) [name, value] = [node.name.text, node.initializer];
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left))
      [name, value] = [node.left.name.text, node.right];
    while (value !== undefined && (ts.isAsExpression(value) || ts.isSatisfiesExpression(value))) value = value.expression;
    if (name === undefined || value === undefined || !ts.isArrayLiteralExpression(value) || value.elements.length < 3) return undefined;
    return value.elements.every((element) => ts.isStringLiteral(element)) ? { name, elements: value.elements } : undefined;
  };
  ts.forEachChild(source, (child) => visit(child, undefined));
  const seen = new Set<string>();
  return fields.filter((field) => !seen.has(`${field.line}:${field.path}`) && seen.add(`${field.line}:${field.path}`)).sort((a, b) => a.line - b.line);
}

/** The object literal a schema-builder call declares: `z.object({…})`, `X.extend({…})`, `new Schema({…})`, `Model.init({…})`. */
function schemaObject(expression: ts.Expression): ts.ObjectLiteralExpression | undefined {
  let current: ts.Expression = expression;
  // Walk down modifier chains: z.object({…}).strict().optional() → z.object({…}).
  while (ts.isCallExpression(current) && ts.isPropertyAccessExpression(current.expression)) {
    const method = current.expression.name.text;
    const receiver = current.expression.expression;
    const first = current.arguments[0];
    if (
      (method === "object" || method === "strictObject" || method === "looseObject") &&
      ts.isIdentifier(receiver) &&
      SCHEMA_BUILDERS.has(receiver.text) &&
      first &&
      ts.isObjectLiteralExpression(first)
    )
      return first;
    if ((method === "extend" || method === "keys" || method === "init" || method === "define") && first) {
      const literal = current.arguments.find((argument) => ts.isObjectLiteralExpression(argument));
      if (literal && ts.isObjectLiteralExpression(literal)) return literal;
    }
    if (method === "array" && first) return schemaObject(first);
    current = receiver;
  }
  if (
    ts.isCallExpression(current) &&
    ts.isIdentifier(current.expression) &&
    current.expression.text === "object" &&
    current.arguments[0] &&
    ts.isObjectLiteralExpression(current.arguments[0])
  )
    return current.arguments[0];
  if (
    ts.isNewExpression(current) &&
    ts.isIdentifier(current.expression) &&
    current.expression.text === "Schema" &&
    current.arguments?.[0] &&
    ts.isObjectLiteralExpression(current.arguments[0])
  )
    return current.arguments[0];
  return undefined;
}
