import type ts from "typescript";
import type { UnitAnalysis } from "./unit-analysis.js";
import { asProperty, EMPTY, flatten, hasKeyedEntry, hasOrigin, isEmpty, readField, union, type Taint } from "./taint.js";
import { isFunctionWithBody } from "./units.js";
import { payloadKeyTaint } from "./payload-keys.js";
import { untypedMemberTaint } from "./untyped-signals.js";
import { isClassFieldDeclaration } from "./cells.js";

/** The abstract value of an expression, with the side effects (assignments, sinks) recorded on the analysis. */
export function evaluateExpression(a: UnitAnalysis, node: ts.Expression): Taint {
  const ts = a.ts;
  switch (node.kind) {
    case ts.SyntaxKind.Identifier:
      return readIdentifier(a, node as ts.Identifier);
    case ts.SyntaxKind.PropertyAccessExpression:
    case ts.SyntaxKind.ElementAccessExpression:
      return readMember(a, node as ts.PropertyAccessExpression | ts.ElementAccessExpression);
    case ts.SyntaxKind.CallExpression:
    case ts.SyntaxKind.NewExpression:
      return a.evalCall(node as ts.CallExpression | ts.NewExpression);
    case ts.SyntaxKind.ObjectLiteralExpression:
      return objectLiteral(a, node as ts.ObjectLiteralExpression);
    case ts.SyntaxKind.ArrayLiteralExpression: {
      let value: Taint = EMPTY;
      for (const element of (node as ts.ArrayLiteralExpression).elements) value = union(value, a.evalExpr(element));
      return value;
    }
    case ts.SyntaxKind.TemplateExpression: {
      let value: Taint = EMPTY;
      for (const span of (node as ts.TemplateExpression).templateSpans) value = union(value, flatten(a.evalExpr(span.expression)));
      return value;
    }
    case ts.SyntaxKind.TaggedTemplateExpression: {
      const template = (node as ts.TaggedTemplateExpression).template;
      return ts.isTemplateExpression(template) ? a.evalExpr(template) : EMPTY;
    }
    case ts.SyntaxKind.BinaryExpression:
      return binary(a, node as ts.BinaryExpression);
    case ts.SyntaxKind.ConditionalExpression: {
      const conditional = node as ts.ConditionalExpression;
      a.evalExpr(conditional.condition);
      return union(a.evalExpr(conditional.whenTrue), a.evalExpr(conditional.whenFalse));
    }
    case ts.SyntaxKind.AsExpression:
    case ts.SyntaxKind.TypeAssertionExpression: {
      // `JSON.parse(body) as Trip`: the cast is the only thing that says what the data is.
      const inner = a.evalExpr((node as ts.AsExpression).expression);
      return hasOrigin(inner) ? inner : union(inner, a.typeTaintOf(node));
    }
    case ts.SyntaxKind.ParenthesizedExpression:
    case ts.SyntaxKind.AwaitExpression:
    case ts.SyntaxKind.NonNullExpression:
    case ts.SyntaxKind.SatisfiesExpression:
    case ts.SyntaxKind.SpreadElement:
      return a.evalExpr((node as ts.ParenthesizedExpression).expression);
    case ts.SyntaxKind.PrefixUnaryExpression:
    case ts.SyntaxKind.PostfixUnaryExpression: {
      const unary = node as ts.PrefixUnaryExpression;
      const value = a.evalExpr(unary.operand);
      return unary.operator === ts.SyntaxKind.ExclamationToken ? EMPTY : value;
    }
    case ts.SyntaxKind.TypeOfExpression:
    case ts.SyntaxKind.VoidExpression:
    case ts.SyntaxKind.DeleteExpression:
      a.evalExpr((node as ts.TypeOfExpression).expression);
      return EMPTY;
    case ts.SyntaxKind.YieldExpression: {
      // A generator's yielded values are what its callers iterate over: they count as returns.
      const yielded = (node as ts.YieldExpression).expression;
      if (yielded) a.recordReturn(node, a.evalExpr(yielded));
      return EMPTY;
    }
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.FunctionExpression:
      if (isFunctionWithBody(ts, node)) a.walk(node);
      return EMPTY;
    default:
      ts.forEachChild(node, (child) => {
        if (ts.isExpression(child)) a.evalExpr(child);
        else a.walk(child);
      });
      return EMPTY;
  }
}

function readIdentifier(a: UnitAnalysis, node: ts.Identifier): Taint {
  const ts = a.ts;
  if (node.text === "undefined") return EMPTY;
  const parent = node.parent;
  const symbol =
    parent && ts.isShorthandPropertyAssignment(parent) && parent.name === node
      ? a.checker.getShorthandAssignmentValueSymbol(parent)
      : a.checker.getSymbolAtLocation(node);
  if (!symbol) return EMPTY;
  // An imported binding reads the exported variable itself.
  const target = symbol.flags & ts.SymbolFlags.Alias ? a.checker.getAliasedSymbol(symbol) : symbol;
  return a.readSymbol(target, node);
}

const COUNT_PROPERTIES = new Set(["length", "size", "byteLength"]);

/** `values[VSS.VIN]` on a batch signal read: a constant key naming one of its paths reads that entry. */
function constantEntryKey(a: UnitAnalysis, receiver: Taint, argument: ts.Expression): string | undefined {
  if (!receiver.labels.some((l) => l.kind === "origin" && l.keyedBy !== undefined)) return undefined;
  const value = a.ctx.staticValue(argument);
  return value.kind === "known" && !value.alternatives && !value.overridable && hasKeyedEntry(receiver, value.value) ? value.value : undefined;
}

function readMember(a: UnitAnalysis, node: ts.PropertyAccessExpression | ts.ElementAccessExpression): Taint {
  const ts = a.ts;
  const receiverNode = node.expression;
  const receiver = receiverNode.kind === ts.SyntaxKind.ThisKeyword || receiverNode.kind === ts.SyntaxKind.SuperKeyword ? EMPTY : a.evalExpr(receiverNode);
  let key: string | undefined;
  if (ts.isPropertyAccessExpression(node)) key = node.name.text;
  else {
    const argument = node.argumentExpression;
    if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) key = argument.text;
    else if (!ts.isNumericLiteral(argument)) {
      a.evalExpr(argument);
      key = constantEntryKey(a, receiver, argument);
    }
  }
  // A count says nothing of the data it counts (`frames.length`, `points.byteLength`, `set.size`).
  if (key !== undefined && COUNT_PROPERTIES.has(key)) return EMPTY;
  // Arrays are collapsed onto their elements: `trips[0]` is what `trips` holds; a dynamic key reads anything.
  let value =
    key === undefined
      ? ts.isElementAccessExpression(node) && ts.isNumericLiteral(node.argumentExpression)
        ? receiver
        : flatten(receiver)
      : readField(receiver, key);
  const property = a.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node) ? node.name : node);
  if (property) {
    value = union(value, a.propertyOriginTaint(property, node));
    const declaration = property.valueDeclaration;
    if (isClassFieldDeclaration(ts, declaration)) {
      value = union(value, a.cellLabel(declaration, node));
    }
    // Data whose source is not visible here (a repository result, a field set elsewhere) is judged by its type.
    const isValueProperty = !!(property.flags & (ts.SymbolFlags.Property | ts.SymbolFlags.GetAccessor)) && declaration !== undefined;
    if (isValueProperty && !hasOrigin(value) && a.ctx.isProjectFile(declaration.getSourceFile())) value = union(value, a.typeTaintOf(node));
  }
  // No type says what it is (`req.body.vin`, `JSON.parse(raw).lat` in plain JavaScript): its name does.
  if (key !== undefined && !hasOrigin(value)) value = union(value, untypedMemberTaint(a, node, key, property));
  return value;
}

function objectLiteral(a: UnitAnalysis, node: ts.ObjectLiteralExpression): Taint {
  const ts = a.ts;
  let labels: Taint = EMPTY;
  const fields = new Map<string, Taint>();
  // Later properties replace earlier ones (`{ ...clip, frame: blur(clip.frame) }`); spreads add to them.
  const put = (key: string, given: Taint, replace = true): void => {
    const value = asProperty(given);
    const current = fields.get(key);
    if (replace || !current) {
      if (isEmpty(value)) fields.delete(key);
      else fields.set(key, value);
    } else fields.set(key, asProperty(union(current, value)));
  };
  for (const property of node.properties) {
    if (ts.isPropertyAssignment(property)) {
      const value = a.evalExpr(property.initializer);
      const key = staticKey(ts, property.name);
      if (key === undefined) labels = union(labels, flatten(value));
      else put(key, union(value, payloadKeyTaint(a, node, property, key, value)));
    } else if (ts.isShorthandPropertyAssignment(property)) {
      const value = a.evalExpr(property.name);
      put(property.name.text, union(value, payloadKeyTaint(a, node, property, property.name.text, value)));
    } else if (ts.isSpreadAssignment(property)) {
      const spread = a.evalExpr(property.expression);
      const overwritten = keysAfter(ts, node, property);
      const spreadLabels =
        overwritten.length === 0
          ? spread.labels
          : spread.labels.map((l) => (l.kind === "origin" ? l : { ...l, except: [...(l.except ?? []), ...overwritten] }));
      labels = union(labels, { labels: spreadLabels });
      for (const [key, value] of spread.fields ?? []) put(key, value, false);
    } else if (ts.isMethodDeclaration(property) || ts.isGetAccessorDeclaration(property) || ts.isSetAccessorDeclaration(property)) {
      a.walk(property);
    }
  }
  return fields.size > 0 ? union(labels, { labels: [], fields }) : labels;
}

/** Static keys written after `spread` in the same literal: they overwrite what the spread brought. */
function keysAfter(ts: typeof import("typescript"), literal: ts.ObjectLiteralExpression, spread: ts.ObjectLiteralElementLike): string[] {
  const keys: string[] = [];
  for (const property of literal.properties.slice(literal.properties.indexOf(spread) + 1)) {
    if (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) {
      const key = staticKey(ts, property.name);
      if (key !== undefined) keys.push(key);
    }
  }
  return keys;
}

function staticKey(ts: typeof import("typescript"), name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteral(name.expression)) return name.expression.text;
  return undefined;
}

const NON_DATA_OPERATORS = new Set<number>();

function binary(a: UnitAnalysis, node: ts.BinaryExpression): Taint {
  const ts = a.ts;
  const operator = node.operatorToken.kind;
  if (operator === ts.SyntaxKind.EqualsToken) {
    const value = a.evalExpr(node.right);
    a.assign(node.left, value);
    return value;
  }
  if (operator >= ts.SyntaxKind.FirstCompoundAssignment && operator <= ts.SyntaxKind.LastCompoundAssignment) {
    const value = union(a.evalExpr(node.left), flatten(a.evalExpr(node.right)));
    a.assign(node.left, value);
    return value;
  }
  if (NON_DATA_OPERATORS.size === 0) {
    for (const kind of [
      ts.SyntaxKind.EqualsEqualsToken,
      ts.SyntaxKind.EqualsEqualsEqualsToken,
      ts.SyntaxKind.ExclamationEqualsToken,
      ts.SyntaxKind.ExclamationEqualsEqualsToken,
      ts.SyntaxKind.LessThanToken,
      ts.SyntaxKind.GreaterThanToken,
      ts.SyntaxKind.LessThanEqualsToken,
      ts.SyntaxKind.GreaterThanEqualsToken,
      ts.SyntaxKind.InstanceOfKeyword,
      ts.SyntaxKind.InKeyword,
    ]) {
      NON_DATA_OPERATORS.add(kind);
    }
  }
  const left = a.evalExpr(node.left);
  const right = a.evalExpr(node.right);
  if (NON_DATA_OPERATORS.has(operator)) return EMPTY;
  if (operator === ts.SyntaxKind.CommaToken) return right;
  if (operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.AmpersandAmpersandToken) {
    return union(left, right);
  }
  return union(flatten(left), flatten(right));
}
