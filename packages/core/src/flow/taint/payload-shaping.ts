import type ts from "typescript";
import { skipOuterExpressions } from "../../schema/typescript/schema-builders.js";
import type { TS } from "../values/typescript-module.js";
import { readField, withoutFields, type Label, type Taint } from "./taint.js";

/*
 * Payload shaping: calls that build a value from some properties of another, so that the payload
 * carries exactly the fields that survive (`pick(session, ["id", "state"])`, `omit(state, ["position"])`,
 * `const { vin, ...rest } = trip`). Like `map` and `then`, these are semantics of the language and of
 * its most used utility libraries, not sinks: they live with the engine.
 */

/** Which properties a shaping call keeps: only `keys`, or all but `keys`. */
export interface Shape {
  object: ts.Expression;
  keys: string[];
  keep: boolean;
}

interface Shaper {
  /** Module specifiers exporting `pick`/`omit` by name (`import { pick } from "lodash"`, `_.pick`). */
  modules?: RegExp;
  /** Module specifiers whose default export is one function, named by the specifier's last part (`lodash/pick`, `lodash.omit`). */
  single?: RegExp;
  /** Argument of the object; the keys are the other arguments (arrays or strings). */
  objectArgument: number;
}

const SHAPERS: readonly Shaper[] = [
  { modules: /^(lodash|lodash-es|underscore|remeda|radash|es-toolkit|es-toolkit\/compat|just-(pick|omit))$/, objectArgument: 0 },
  { single: /^(lodash|lodash-es)[./](pick|omit)$|^just-(pick|omit)$/, objectArgument: 0 },
  // ramda: the keys come first (`R.pick(["a"], obj)`).
  { modules: /^ramda$/, objectArgument: 1 },
];

const NAMES: Readonly<Record<string, boolean>> = { pick: true, omit: false };

/**
 * The shape a call makes, when it is a `pick`/`omit` of a utility library (imported by name, as a
 * namespace or default, or as the library's single-function module) and its keys are static.
 * `keyValues` gives the strings an expression may hold (the static evaluator).
 */
export function shapeOfCall(
  ts: TS,
  checker: ts.TypeChecker,
  call: ts.CallExpression | ts.NewExpression,
  keyValues: (expression: ts.Expression) => string[] | undefined,
): Shape | undefined {
  if (!ts.isCallExpression(call)) return undefined;
  if (isGlobalMethod(ts, checker, call.expression, "Object", "fromEntries")) return fromEntriesShape(ts, checker, call, keyValues);
  const imported = importOfCallee(ts, checker, call.expression);
  if (!imported) return undefined;
  for (const shaper of SHAPERS) {
    let name: string | undefined;
    if (shaper.modules?.test(imported.module) && imported.name !== undefined) name = imported.name;
    else if (shaper.single && imported.name === "default")
      name = shaper.single
        .exec(imported.module)
        ?.slice(1)
        .find((part) => part === "pick" || part === "omit");
    if (name === undefined || !(name in NAMES)) continue;
    const object = call.arguments[shaper.objectArgument];
    if (!object) return undefined;
    const keys: string[] = [];
    for (const [index, argument] of call.arguments.entries()) {
      if (index === shaper.objectArgument) continue;
      const values = keysOf(ts, checker, argument, keyValues);
      if (!values) return undefined; // a key vdx cannot read: the whole object may survive
      keys.push(...values);
    }
    return { object, keys: [...new Set(keys)], keep: NAMES[name]! };
  }
  return undefined;
}

/**
 * `Object.fromEntries` over the entries of one object, filtered by key, or over a key list:
 * `Object.fromEntries(Object.entries(trip).filter(([k]) => k !== "vin"))` drops `vin`,
 * `Object.fromEntries(Object.entries(trip).filter(([k]) => SHARED.includes(k)))` keeps SHARED,
 * `Object.fromEntries(SHARED.map((k) => [k, trip[k]]))` keeps SHARED. Other shapes are not read.
 */
function fromEntriesShape(
  ts: TS,
  checker: ts.TypeChecker,
  call: ts.CallExpression,
  keyValues: (expression: ts.Expression) => string[] | undefined,
): Shape | undefined {
  const argument = call.arguments.length === 1 ? skipOuterExpressions(ts, call.arguments[0]!) : undefined;
  if (!argument || !ts.isCallExpression(argument) || !ts.isPropertyAccessExpression(argument.expression) || argument.arguments.length !== 1) return undefined;
  const callback = skipOuterExpressions(ts, argument.arguments[0]!);
  if (!ts.isArrowFunction(callback) && !ts.isFunctionExpression(callback)) return undefined;
  const method = argument.expression.name.text;
  const receiver = skipOuterExpressions(ts, argument.expression.expression);
  const parameter = callback.parameters[0]?.name;
  const body = returnedExpression(ts, callback);
  if (!parameter || !body) return undefined;

  if (
    method === "filter" &&
    ts.isCallExpression(receiver) &&
    isGlobalMethod(ts, checker, receiver.expression, "Object", "entries") &&
    receiver.arguments.length === 1
  ) {
    // `([key]) => …` or `([key, value]) => …`: the predicate on the key decides.
    const key = ts.isArrayBindingPattern(parameter) ? parameter.elements[0] : undefined;
    if (!key || !ts.isBindingElement(key) || !ts.isIdentifier(key.name)) return undefined;
    const predicate = keyPredicate(ts, checker, body, checker.getSymbolAtLocation(key.name), keyValues);
    return predicate ? { object: receiver.arguments[0]!, keys: predicate.keys, keep: predicate.keep } : undefined;
  }
  if (method === "map" && ts.isIdentifier(parameter) && ts.isArrayLiteralExpression(body) && body.elements.length === 2) {
    // `(k) => [k, source[k]]`
    const keySymbol = checker.getSymbolAtLocation(parameter);
    const [first, second] = body.elements.map((e) => skipOuterExpressions(ts, e));
    if (!first || !second || !ts.isIdentifier(first) || checker.getSymbolAtLocation(first) !== keySymbol) return undefined;
    if (
      !ts.isElementAccessExpression(second) ||
      !ts.isIdentifier(skipOuterExpressions(ts, second.argumentExpression)) ||
      checker.getSymbolAtLocation(skipOuterExpressions(ts, second.argumentExpression)) !== keySymbol
    )
      return undefined;
    const keys = keysOf(ts, checker, receiver, keyValues);
    return keys ? { object: second.expression, keys, keep: true } : undefined;
  }
  return undefined;
}

/** What a key predicate keeps: `k === "a"`, `LIST.includes(k)` keep; `k !== "a"`, `!LIST.includes(k)` drop; `||` of keeps, `&&` of drops. */
function keyPredicate(
  ts: TS,
  checker: ts.TypeChecker,
  expression: ts.Expression,
  key: ts.Symbol | undefined,
  keyValues: (expression: ts.Expression) => string[] | undefined,
): { keys: string[]; keep: boolean } | undefined {
  const node = skipOuterExpressions(ts, expression);
  const isKey = (e: ts.Expression): boolean => {
    const n = skipOuterExpressions(ts, e);
    return ts.isIdentifier(n) && checker.getSymbolAtLocation(n) === key;
  };
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
    const inner = keyPredicate(ts, checker, node.operand, key, keyValues);
    return inner ? { keys: inner.keys, keep: !inner.keep } : undefined;
  }
  if (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === "includes" &&
    node.arguments.length === 1 &&
    isKey(node.arguments[0]!)
  ) {
    const keys = keysOf(ts, checker, node.expression.expression, keyValues);
    return keys ? { keys, keep: true } : undefined;
  }
  if (ts.isBinaryExpression(node)) {
    const operator = node.operatorToken.kind;
    const equal = operator === ts.SyntaxKind.EqualsEqualsEqualsToken || operator === ts.SyntaxKind.EqualsEqualsToken;
    const unequal = operator === ts.SyntaxKind.ExclamationEqualsEqualsToken || operator === ts.SyntaxKind.ExclamationEqualsToken;
    if (equal || unequal) {
      const other = isKey(node.left) ? node.right : isKey(node.right) ? node.left : undefined;
      const keys = other ? keyValues(other) : undefined;
      return keys ? { keys, keep: equal } : undefined;
    }
    const and = operator === ts.SyntaxKind.AmpersandAmpersandToken;
    if (and || operator === ts.SyntaxKind.BarBarToken) {
      const left = keyPredicate(ts, checker, node.left, key, keyValues);
      const right = keyPredicate(ts, checker, node.right, key, keyValues);
      // Drops joined by && drop both; keeps joined by || keep both. Mixed forms are not read.
      if (!left || left.keep !== right?.keep || left.keep === and) return undefined;
      return { keys: [...left.keys, ...right.keys], keep: left.keep };
    }
  }
  return undefined;
}

/** The array literal a `const` holds (`const KEYS = [...] as const`), followed through imports. */
function constArrayOf(ts: TS, checker: ts.TypeChecker, identifier: ts.Identifier): ts.ArrayLiteralExpression | undefined {
  let symbol = checker.getSymbolAtLocation(identifier);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  if (!(ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const)) return undefined;
  const initializer = skipOuterExpressions(ts, declaration.initializer);
  return ts.isArrayLiteralExpression(initializer) ? initializer : undefined;
}

function returnedExpression(ts: TS, fn: ts.ArrowFunction | ts.FunctionExpression): ts.Expression | undefined {
  if (!ts.isBlock(fn.body)) return fn.body;
  const statements = fn.body.statements;
  const last = statements.length === 1 ? statements[0] : undefined;
  return last && ts.isReturnStatement(last) ? last.expression : undefined;
}

/** `Object.fromEntries` of the global `Object`, not a project variable of that name. */
function isGlobalMethod(ts: TS, checker: ts.TypeChecker, callee: ts.Expression, owner: string, method: string): boolean {
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== method || !ts.isIdentifier(callee.expression) || callee.expression.text !== owner)
    return false;
  const declaration = checker.getSymbolAtLocation(callee.expression)?.declarations?.[0];
  return !declaration || declaration.getSourceFile().isDeclarationFile;
}

/** The value a shaping call returns: the kept properties of `object`, or `object` without the dropped ones. */
export function applyShape(object: Taint, shape: Shape): Taint {
  if (shape.keep) {
    // A path (`"position.lat"`) keeps its first property whole: conservative.
    const fields = new Map<string, Taint>();
    for (const key of new Set(shape.keys.map((k) => k.split(".")[0]!))) fields.set(key, readField(object, key));
    return { labels: [], fields };
  }
  return withoutProperties(
    object,
    shape.keys.filter((k) => !k.includes(".")),
  );
}

/**
 * A value without some properties: its fields are dropped, and symbolic labels (what a caller passes,
 * what a field holds) are taken without them where they are resolved. A value classified as a whole
 * stays classified.
 */
export function withoutProperties(value: Taint, names: readonly string[]): Taint {
  if (names.length === 0) return value;
  const labels = value.labels.map((l): Label => (l.kind === "origin" ? l : { ...l, except: [...new Set([...(l.except ?? []), ...names])] }));
  return withoutFields({ ...value, labels }, names);
}

function keysOf(
  ts: TS,
  checker: ts.TypeChecker,
  argument: ts.Expression,
  keyValues: (expression: ts.Expression) => string[] | undefined,
  depth = 0,
): string[] | undefined {
  const node = skipOuterExpressions(ts, argument);
  // `const SHARED = ["id", "state"] as const` in this or another module: its elements.
  const list = depth < 4 && ts.isIdentifier(node) ? constArrayOf(ts, checker, node) : undefined;
  if (list) return keysOf(ts, checker, list, keyValues, depth + 1);
  if (ts.isArrayLiteralExpression(node)) {
    const keys: string[] = [];
    for (const element of node.elements) {
      const values = ts.isSpreadElement(element) ? keysOf(ts, checker, element.expression, keyValues, depth + 1) : keyValues(element);
      if (!values) return undefined;
      keys.push(...values);
    }
    return keys;
  }
  return keyValues(node);
}

/** The module and export a callee was imported as (`pick` from "lodash", `_.omit` of `import _ from "lodash"`). */
function importOfCallee(ts: TS, checker: ts.TypeChecker, callee: ts.Expression): { module: string; name: string | undefined } | undefined {
  if (ts.isIdentifier(callee)) return importOf(ts, checker, callee);
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
    const owner = importOf(ts, checker, callee.expression);
    // `_.pick`: a namespace, default or CommonJS import of the whole library.
    return owner && (owner.name === undefined || owner.name === "default") ? { module: owner.module, name: callee.name.text } : undefined;
  }
  return undefined;
}

function importOf(ts: TS, checker: ts.TypeChecker, identifier: ts.Identifier): { module: string; name: string | undefined } | undefined {
  const symbol = checker.getSymbolAtLocation(identifier);
  const declaration = symbol?.declarations?.[0];
  if (!declaration) return undefined;
  if (ts.isImportSpecifier(declaration))
    return moduleOf(ts, declaration.parent.parent.parent.moduleSpecifier, (declaration.propertyName ?? declaration.name).text);
  if (ts.isImportClause(declaration)) return moduleOf(ts, declaration.parent.moduleSpecifier, "default");
  if (ts.isNamespaceImport(declaration)) return moduleOf(ts, declaration.parent.parent.moduleSpecifier, undefined);
  if (ts.isImportEqualsDeclaration(declaration) && ts.isExternalModuleReference(declaration.moduleReference))
    return moduleOf(ts, declaration.moduleReference.expression, undefined);
  // `const _ = require("lodash")`, `const { pick } = require("lodash")`, `const pick = require("lodash/pick")`.
  if (ts.isVariableDeclaration(declaration) && declaration.initializer && isRequire(ts, declaration.initializer)) {
    return moduleOf(ts, declaration.initializer.arguments[0]!, ts.isIdentifier(declaration.name) ? "default" : undefined);
  }
  if (ts.isBindingElement(declaration) && ts.isObjectBindingPattern(declaration.parent)) {
    const holder = declaration.parent.parent;
    const key = declaration.propertyName ?? declaration.name;
    if (ts.isVariableDeclaration(holder) && holder.initializer && isRequire(ts, holder.initializer) && ts.isIdentifier(key))
      return moduleOf(ts, holder.initializer.arguments[0]!, key.text);
  }
  return undefined;
}

function isRequire(ts: TS, expression: ts.Expression): expression is ts.CallExpression {
  return (
    ts.isCallExpression(expression) &&
    ts.isIdentifier(expression.expression) &&
    expression.expression.text === "require" &&
    expression.arguments.length === 1 &&
    ts.isStringLiteralLike(expression.arguments[0]!)
  );
}

function moduleOf(ts: TS, specifier: ts.Expression, name: string | undefined): { module: string; name: string | undefined } | undefined {
  return ts.isStringLiteralLike(specifier) ? { module: specifier.text, name } : undefined;
}
