import type ts from "typescript";
import type { TS } from "./typescript-module.js";
import type { ParameterValue, UnknownValue } from "./static-value.js";
import { environmentValue, unknownValue } from "./static-value.js";
import { locationOf } from "./source-location.js";
import { accessedMemberName, functionOrFileAround, propertyNameText, unwrapExpression } from "./expression-shapes.js";
import { mayBeReassigned, valueDeclarationOf } from "./declarations.js";
import { writesOn } from "./value-writes.js";
import { isEnvironmentObject } from "./environment.js";

/**
 * Following a value back to where it is written: through variables, imports,
 * destructuring, object properties (`config.api.baseUrl`, spreads), class
 * fields and parameters. Shared by the string evaluator and the sink matcher
 * (client options, command inputs).
 */
export type Definition =
  /** `overridableBy`: the expression is the default of an environment variable (`const { X = "…" } = process.env`). */
  | { kind: "expression"; expression: ts.Expression; overridableBy?: string; appendedTo?: true }
  | { kind: "declaration"; declaration: ts.Declaration }
  | { kind: "parameter"; value: ParameterValue }
  | { kind: "unknown"; value: UnknownValue };

export type PropertyLookup =
  { kind: "found"; expression: ts.Expression } | { kind: "absent" } | { kind: "opaque"; definition: Extract<Definition, { kind: "parameter" | "unknown" }> };

export interface DefinitionContext {
  ts: TS;
  checker: ts.TypeChecker;
}

const MAX_DEPTH = 48;

/** `(0)` in a property path steps into argument 0 of the call or `new` that created the value. */
const CALL_ARGUMENT_SEGMENT = /^\((\d+)\)$/;
/** `setServerVariables(0)`: argument 0 of the last such method call made on the value after it was created. */
const METHOD_CALL_SEGMENT = /^([A-Za-z_$][\w$]*)\((\d+)\)$/;
/** `=defaults.baseURL`: the value last assigned to that member path of the value. */
const ASSIGNMENT_SEGMENT = /^=([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)$/;

export function resolveDefinition(context: DefinitionContext, expression: ts.Expression, depth = 0): Definition {
  const { ts } = context;
  const node = unwrapExpression(ts, expression);
  if (depth > MAX_DEPTH) return unknown("definition chain too deep", node);
  if (ts.isIdentifier(node)) return resolveIdentifier(context, node, depth);
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
    const name = accessedMemberName(ts, node);
    if (name === undefined) return { kind: "expression", expression: node };
    const lookup = lookupPath(context, node.expression, [name], depth + 1);
    if (lookup.kind === "found") return resolveDefinition(context, lookup.expression, depth + 1);
    // A caller-supplied object stays the caller's question even when its type names a declaration.
    if (lookup.kind === "opaque" && lookup.definition.kind === "parameter") return lookup.definition;
    const declared = propertyDeclarationDefinition(context, node, depth);
    if (declared) return declared;
    if (lookup.kind === "opaque") return lookup.definition;
    return { kind: "expression", expression: node };
  }
  return { kind: "expression", expression: node };
}

/**
 * The expression at `path` inside `expression` (an object literal reached
 * through variables, imports, spreads; `(n)` enters a call's argument n).
 */
export function lookupPath(context: DefinitionContext, expression: ts.Expression, path: readonly string[], depth = 0): PropertyLookup {
  const { ts } = context;
  if (path.length === 0) return { kind: "found", expression };
  const written = lookupWrite(context, expression, path[0]!);
  if (written) return written.kind === "found" ? lookupPath(context, written.expression, path.slice(1), depth + 1) : written;
  // `env.X`, `const { X } = process.env`: what the deployment sets.
  if (isEnvironmentObject(ts, context.checker, expression)) {
    return { kind: "opaque", definition: { kind: "unknown", value: environmentValue(path[0]!, locationOf(expression)) } };
  }
  const definition = resolveDefinition(context, expression, depth + 1);
  if (definition.kind === "parameter") {
    return { kind: "opaque", definition: { kind: "parameter", value: { ...definition.value, propertyPath: [...definition.value.propertyPath, ...path] } } };
  }
  if (definition.kind === "unknown") return { kind: "opaque", definition };
  if (definition.kind === "declaration") {
    return {
      kind: "opaque",
      definition: unknown(`cannot read .${path.join(".")} of ${declarationKindName(context, definition.declaration)}`, definition.declaration),
    };
  }
  const target = definition.expression;
  const [head, ...rest] = path as [string, ...string[]];
  const callArgument = CALL_ARGUMENT_SEGMENT.exec(head);
  if (callArgument) {
    if (!ts.isCallExpression(target) && !ts.isNewExpression(target)) {
      return { kind: "opaque", definition: unknown("value is not created by a visible call", target) };
    }
    const argument = target.arguments?.[Number(callArgument[1])];
    return argument ? lookupPath(context, argument, rest, depth + 1) : { kind: "absent" };
  }
  if (ts.isObjectLiteralExpression(target)) {
    // Later properties win, as at run time; a spread may supply the property.
    for (let i = target.properties.length - 1; i >= 0; i--) {
      const property = target.properties[i]!;
      if (ts.isSpreadAssignment(property)) {
        const inner = lookupPath(context, property.expression, path, depth + 1);
        if (inner.kind === "opaque" && inner.definition.kind === "parameter" && path.length === 1) {
          // `{ url: "/vehicles/{vin}", ...options }`: the caller's options may hold `url`; if not, the one written before.
          const written = writtenBefore(ts, target, i, head);
          if (written) return { kind: "opaque", definition: { kind: "parameter", value: { ...inner.definition.value, absentDefault: written } } };
        }
        if (inner.kind !== "absent") return inner;
        continue;
      }
      if (!property.name || propertyNameText(ts, property.name) !== head) continue;
      if (ts.isPropertyAssignment(property)) return lookupPath(context, property.initializer, rest, depth + 1);
      if (ts.isShorthandPropertyAssignment(property)) return lookupPath(context, property.name, rest, depth + 1);
      return { kind: "opaque", definition: unknown(`property ${head} is computed by a method or accessor`, property) };
    }
    return { kind: "absent" };
  }
  if (ts.isArrayLiteralExpression(target) && /^\d+$/.test(head)) {
    const element = target.elements[Number(head)];
    return element && !ts.isSpreadElement(element) ? lookupPath(context, element, rest, depth + 1) : { kind: "absent" };
  }
  return { kind: "opaque", definition: unknown(`cannot see property ${head} of this expression`, target) };
}

/** The value of property `name` written before position `end` of an object literal, if any. */
function writtenBefore(ts: DefinitionContext["ts"], literal: ts.ObjectLiteralExpression, end: number, name: string): ts.Expression | undefined {
  for (let i = end - 1; i >= 0; i--) {
    const property = literal.properties[i]!;
    if (ts.isSpreadAssignment(property) || !property.name || propertyNameText(ts, property.name) !== name) continue;
    if (ts.isPropertyAssignment(property)) return property.initializer;
    if (ts.isShorthandPropertyAssignment(property)) return property.name;
    return undefined;
  }
  return undefined;
}

/**
 * A path segment that reads what was written on the value after it was created (value-writes.ts):
 * `name(n)` or `=a.b`. Undefined when `segment` is an ordinary property name.
 */
function lookupWrite(context: DefinitionContext, expression: ts.Expression, segment: string): PropertyLookup | undefined {
  const method = METHOD_CALL_SEGMENT.exec(segment);
  const assigned = ASSIGNMENT_SEGMENT.exec(segment);
  if (!method && !assigned) return undefined;
  const writes = writesOn(context.ts, context.checker, expression);
  for (let i = writes.length - 1; i >= 0; i--) {
    const write = writes[i]!;
    if (method && write.kind === "call" && write.method === method[1]) {
      const argument = write.call.arguments[Number(method[2])];
      return argument ? { kind: "found", expression: argument } : { kind: "absent" };
    }
    if (assigned && write.kind === "assignment" && write.path.join(".") === assigned[1]) return { kind: "found", expression: write.value };
  }
  return { kind: "absent" };
}

function resolveIdentifier(context: DefinitionContext, identifier: ts.Identifier, depth: number): Definition {
  const { ts, checker } = context;
  if (identifier.text === "undefined") return unknown("undefined", identifier);
  const lookup = valueDeclarationOf(ts, checker, identifier);
  if (lookup.kind === "unresolved-import")
    return unknown(`${identifier.text} is imported from "${lookup.module}", which is not part of the program`, identifier);
  if (lookup.kind === "none") return unknown(`no declaration found for ${identifier.text}`, identifier);
  return definitionOfDeclaration(context, lookup.declaration, identifier, depth);
}

/** Every write to the variable after its declaration is `name += …`, in the function (or file) that declares it. */
function onlyAppendedTo(ts: TS, declaration: ts.VariableDeclaration): boolean {
  if (!ts.isIdentifier(declaration.name)) return false;
  const name = declaration.name.text;
  const scope = functionOrFileAround(ts, declaration);
  let appended = false;
  let other = false;
  const visit = (node: ts.Node): void => {
    if (other) return;
    if (ts.isBinaryExpression(node) && ts.isIdentifier(node.left) && node.left.text === name) {
      const operator = node.operatorToken.kind;
      if (operator === ts.SyntaxKind.PlusEqualsToken) appended = true;
      else if (operator >= ts.SyntaxKind.FirstAssignment && operator <= ts.SyntaxKind.LastAssignment) other = true;
    }
    if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && ts.isIdentifier(node.operand) && node.operand.text === name) other = true;
    ts.forEachChild(node, visit);
  };
  visit(scope);
  // Writes elsewhere in the file (another function's variable of the same name) keep the old answer.
  return appended && !other && (ts.isSourceFile(scope) || !writtenOutside(ts, scope, name));
}

function writtenOutside(ts: TS, scope: ts.Node, name: string): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || node === scope) return;
    if (ts.isBinaryExpression(node) && ts.isIdentifier(node.left) && node.left.text === name) {
      const operator = node.operatorToken.kind;
      if (operator >= ts.SyntaxKind.FirstAssignment && operator <= ts.SyntaxKind.LastAssignment) found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(scope.getSourceFile());
  return found;
}

function definitionOfDeclaration(context: DefinitionContext, declaration: ts.Declaration, at: ts.Node, depth: number): Definition {
  const { ts } = context;
  if (ts.isVariableDeclaration(declaration)) {
    // `for (const host of HOSTS)`: any one element of the list.
    const loop = declaration.parent?.parent;
    if (!declaration.initializer && loop && ts.isForOfStatement(loop) && ts.isIdentifier(declaration.name))
      return resolveDefinition(context, loop.expression, depth + 1);
    if (!declaration.initializer) return unknown(`${declaration.name.getText()} is declared without a value`, declaration);
    if (mayBeReassigned(ts, declaration)) {
      // `let url = `${origin}/v2/vehicles`; if (id) url += `/${id}`;`: later writes only append (a path), the start stays.
      if (onlyAppendedTo(ts, declaration)) return { kind: "expression", expression: declaration.initializer, appendedTo: true };
      return unknown(`${declaration.name.getText()} is reassigned`, declaration);
    }
    return resolveDefinition(context, declaration.initializer, depth + 1);
  }
  if (ts.isParameter(declaration)) return parameterDefinition(context, declaration, [], at);
  if (ts.isBindingElement(declaration)) return bindingElementDefinition(context, declaration, at, depth);
  if (ts.isPropertyAssignment(declaration)) return resolveDefinition(context, declaration.initializer, depth + 1);
  if (ts.isShorthandPropertyAssignment(declaration)) return resolveDefinition(context, declaration.name, depth + 1);
  if (ts.isExportAssignment(declaration)) return resolveDefinition(context, declaration.expression, depth + 1);
  if (ts.isPropertyDeclaration(declaration)) return classFieldDefinition(context, declaration, depth);
  return { kind: "declaration", declaration };
}

function parameterDefinition(context: DefinitionContext, parameter: ts.ParameterDeclaration, propertyPath: string[], at: ts.Node): Definition {
  const func = parameter.parent;
  if (!context.ts.isFunctionLike(func)) return unknown("parameter outside a function", at);
  return {
    kind: "parameter",
    value: { kind: "parameter", func, index: func.parameters.indexOf(parameter), propertyPath, prefix: "", suffix: "" },
  };
}

/** `const { api: { baseUrl } } = config` → config.api.baseUrl; in a parameter → the caller's argument path. */
function bindingElementDefinition(context: DefinitionContext, element: ts.BindingElement, at: ts.Node, depth: number): Definition {
  const { ts } = context;
  const path: string[] = [];
  let node: ts.Node = element;
  while (ts.isBindingElement(node)) {
    const pattern: ts.BindingPattern = node.parent;
    if (ts.isObjectBindingPattern(pattern)) {
      const key = node.propertyName ?? node.name;
      const text = propertyNameText(ts, key);
      if (text === undefined) return unknown("computed destructuring key", node);
      path.unshift(text);
    } else {
      path.unshift(String(pattern.elements.indexOf(node)));
    }
    node = pattern.parent;
  }
  if (ts.isParameter(node)) return parameterDefinition(context, node, path, at);
  if (ts.isVariableDeclaration(node) && node.initializer) {
    const lookup = lookupPath(context, node.initializer, path, depth + 1);
    if (lookup.kind === "found") return resolveDefinition(context, lookup.expression, depth + 1);
    // `const { API_URL = "https://…" } = process.env`: the default ships, the environment may replace it.
    if (lookup.kind === "opaque" && lookup.definition.kind === "unknown" && lookup.definition.value.env !== undefined && element.initializer) {
      return { kind: "expression", expression: element.initializer, overridableBy: lookup.definition.value.env };
    }
    if (lookup.kind === "opaque") return lookup.definition;
    if (element.initializer) return resolveDefinition(context, element.initializer, depth + 1);
    return unknown(`property ${path.join(".")} does not exist`, element);
  }
  return unknown("destructuring without a visible source", element);
}

/** A class field: its initializer, or what the class assigns to `this.<field>` (constructor first). */
function classFieldDefinition(context: DefinitionContext, field: ts.PropertyDeclaration, depth: number): Definition {
  const ts = context.ts;
  // `server: string | null = null` is a placeholder the constructor or a method replaces.
  const placeholder =
    field.initializer !== undefined &&
    (field.initializer.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(field.initializer) && field.initializer.text === "undefined"));
  if (field.initializer && !placeholder) return resolveDefinition(context, field.initializer, depth + 1);
  const assigned = thisAssignments(context.ts, field.parent, propertyNameText(context.ts, field.name));
  if (placeholder && assigned.length === 0) return resolveDefinition(context, field.initializer, depth + 1);
  const first = assigned[0];
  if (!first) return unknown(`field ${field.name.getText()} is never assigned in its class`, field);
  return resolveDefinition(context, first, depth + 1);
}

/** Right-hand sides of `this.name = …` in a class, constructor assignments first. */
export function thisAssignments(ts: TS, owner: ts.Node, name: string | undefined): ts.Expression[] {
  if (name === undefined) return [];
  if (isConstructorFunction(ts, owner)) return functionThisAssignments(ts, owner, name);
  if (!ts.isClassLike(owner)) return [];
  const inConstructor: ts.Expression[] = [];
  const elsewhere: ts.Expression[] = [];
  for (const member of owner.members) {
    const bucket = ts.isConstructorDeclaration(member) ? inConstructor : elsewhere;
    const visit = (node: ts.Node): void => {
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        const left = unwrapExpression(ts, node.left);
        if (
          (ts.isPropertyAccessExpression(left) || ts.isElementAccessExpression(left)) &&
          left.expression.kind === ts.SyntaxKind.ThisKeyword &&
          accessedMemberName(ts, left) === name
        ) {
          bucket.push(node.right);
        }
      }
      if (ts.isClassLike(node)) return;
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(member, visit);
  }
  return [...inConstructor, ...elsewhere];
}

/** `obj.prop` whose symbol the checker knows: a property written in an object literal, a class field, a parameter property. */
function propertyDeclarationDefinition(
  context: DefinitionContext,
  access: ts.PropertyAccessExpression | ts.ElementAccessExpression,
  depth: number,
): Definition | undefined {
  const { ts, checker } = context;
  const symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(access) ? access.name : access.argumentExpression);
  const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (!declaration) return undefined;
  // A VariableDeclaration is reached as a member of a namespace import (`hosts.EU_HOST`) or a `namespace`.
  if (
    ts.isPropertyAssignment(declaration) ||
    ts.isShorthandPropertyAssignment(declaration) ||
    ts.isPropertyDeclaration(declaration) ||
    ts.isEnumMember(declaration) ||
    ts.isVariableDeclaration(declaration) ||
    (ts.isParameter(declaration) && ts.isConstructorDeclaration(declaration.parent))
  ) {
    if (declaration.getSourceFile().isDeclarationFile) return undefined;
    return definitionOfDeclaration(context, declaration, access, depth + 1);
  }
  // JavaScript declares a field by assigning it (`this.baseUrl = …` in the constructor).
  const target = ts.isBinaryExpression(declaration) ? declaration.left : declaration;
  if (ts.isPropertyAccessExpression(target) && target.expression.kind === ts.SyntaxKind.ThisKeyword) {
    let owner: ts.Node | undefined = target.parent;
    while (owner && !ts.isClassLike(owner) && !isConstructorFunction(ts, owner)) owner = owner.parent;
    const first = owner ? thisAssignments(ts, owner, target.name.text)[0] : undefined;
    return first ? resolveDefinition(context, first, depth + 1) : undefined;
  }
  return undefined;
}

/** A JavaScript constructor function (`function Client(options) { this.baseUrl = … }`): a named `function`, not an arrow. */
export function isConstructorFunction(ts: TS, node: ts.Node): node is ts.FunctionDeclaration | ts.FunctionExpression {
  return (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)) && node.body !== undefined && /^[A-Z]/.test(node.name?.text ?? "");
}

/** `this.name = …` written directly in a constructor function's body (not in nested functions). */
function functionThisAssignments(ts: TS, owner: ts.FunctionDeclaration | ts.FunctionExpression, name: string): ts.Expression[] {
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = unwrapExpression(ts, node.left);
      if (ts.isPropertyAccessExpression(left) && left.expression.kind === ts.SyntaxKind.ThisKeyword && left.name.text === name) found.push(node.right);
    }
    if (ts.isFunctionLike(node) && !ts.isArrowFunction(node)) return;
    ts.forEachChild(node, visit);
  };
  if (owner.body) ts.forEachChild(owner.body, visit);
  return found;
}

function declarationKindName(context: DefinitionContext, declaration: ts.Declaration): string {
  return context.ts.SyntaxKind[declaration.kind] ?? "declaration";
}

function unknown(reason: string, node: ts.Node): Extract<Definition, { kind: "unknown" }> {
  return { kind: "unknown", value: unknownValue(reason, locationOf(node)) };
}
